/**
 * `kontext plan`, `kontext apply` and `kontext export`: thin glue over loadConfig, readState,
 * computePlan, applyPlan and exportConfig.
 * @module
 */
import { chmod, readFile, writeFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { type CliContext, type Command, UsageError } from "../context.js";
import { errorLine } from "../errors.js";
import { readInput } from "../input.js";
import { type ApplyResult, applyPlan, type NewSecret } from "./apply.js";
import { exportConfig, exportYaml } from "./export.js";
import { ConfigFileError, type LoadedConfig, loadConfig } from "./load.js";
import { computePlan, type Plan, summarize } from "./plan.js";
import { planJson, renderPlan } from "./render.js";
import { readState } from "./state.js";

const PLAN_HELP = `Usage: kontext plan -f kontext.yaml [--prune] [--force-write-only] [--detailed-exitcode] [--output json]

Shows what kontext apply would change, keyed by name: + create, ~ update (old → new), attach/detach,
- archive/revoke (only with --prune). Reads lists page by page at 200 a page; sends no write.

  -f, --file FILE        the config file (YAML or JSON; - for stdin)  [default: kontext.yaml]
  --prune                archive applications and integrations, and revoke service accounts, not in the file
  --force-write-only     send write-only fields (server tokens) to existing resources too
  --detailed-exitcode    exit 0 with no changes, 2 with changes pending, 1 on error
  --output json          the machine-readable plan

Exit codes: 0 success (with --detailed-exitcode: no changes), 2 changes pending (only with
--detailed-exitcode), 1 any error.
`;

const APPLY_HELP = `Usage: kontext apply -f kontext.yaml [--auto-approve] [--parallelism N] [--secrets-out FILE] [--prune] [--force-write-only]

Computes the plan and carries it out in dependency order. Stops starting new steps on a failure;
running it again finishes the job. New secrets go only to --secrets-out (mode 0600), or to stdout
with a warning.

  -f, --file FILE        the config file (YAML or JSON; - for stdin)  [default: kontext.yaml]
  --auto-approve         do not ask for confirmation (required without a terminal)
  --parallelism N        steps in flight at once  [default: 4]
  --secrets-out FILE     write new client secrets and credentials here (JSON, mode 0600, merged)
  --prune                archive applications and integrations, and revoke service accounts, not in the file
  --force-write-only     send write-only fields (server tokens) to existing resources too

Exit codes: 0 done (or nothing to do), 1 any error, a failed step, or an interrupted run.
`;

const EXPORT_HELP = `Usage: kontext export [--output json] > kontext.yaml

Writes the organization as a config file. Write-only values become \${env:…} placeholders.
`;

function parse(ctx: CliContext, options: Record<string, { type: "string" | "boolean"; short?: string }>) {
  try {
    return parseArgs({
      args: ctx.argv,
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: false,
      strict: true,
    }).values as Record<string, string | boolean | undefined>;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The global --output, as this command takes it: its "table" is the human format, each command's default. */
function outputOf(ctx: CliContext, allowed: string[]): string {
  const output = ctx.output === undefined || ctx.output === "table" ? allowed[0] : ctx.output;
  if (output === undefined || !allowed.includes(output)) {
    throw new UsageError(`--output must be ${allowed.join(" or ")} here (got ${JSON.stringify(output)})`);
  }
  return output;
}

async function readConfig(ctx: CliContext, file: string): Promise<LoadedConfig> {
  const text = await readInput(file, "--file", ctx.stdin);
  const loaded = loadConfig(text, { file: file === "-" ? "<stdin>" : file, env: ctx.env });
  for (const w of loaded.warnings) ctx.stderr.write(`Warning: ${w}\n`);
  return loaded;
}

async function planFor(ctx: CliContext, flags: Record<string, unknown>): Promise<{ plan: Plan; loaded: LoadedConfig }> {
  const loaded = await readConfig(ctx, (flags.file as string | undefined) ?? "kontext.yaml");
  const declared = new Set(loaded.desired.applications.map((a) => a.name));
  const state = await readState(ctx.client(), { oauthFor: (name) => declared.has(name) });
  const plan = computePlan(loaded.desired, state, {
    prune: flags.prune === true,
    forceWriteOnly: flags["force-write-only"] === true,
    selfClientId: ctx.env.KONTEXT_CLIENT_ID,
  });
  return { plan, loaded };
}

/** Every error of plan, apply and export exits 1 (Terraform's convention, which --detailed-exitcode needs). */
function fail(ctx: CliContext, command: string, error: unknown): number {
  if (error instanceof ConfigFileError) {
    for (const w of error.warnings) ctx.stderr.write(`Warning: ${w}\n`);
    ctx.stderr.write(`kontext ${command}: ${error.message}\n`);
  } else ctx.stderr.write(`${errorLine(error).replace(/^kontext:/, `kontext ${command}:`)}\n`);
  return 1;
}

const FILE_FLAGS = {
  file: { type: "string", short: "f" },
  prune: { type: "boolean" },
  "force-write-only": { type: "boolean" },
} as const;

/** `kontext plan -f kontext.yaml` */
export const plan: Command = async (ctx) => {
  try {
    const flags = parse(ctx, { ...FILE_FLAGS, "detailed-exitcode": { type: "boolean" } });
    if (flags.help) {
      ctx.stdout.write(PLAN_HELP);
      return 0;
    }
    const detailed = flags["detailed-exitcode"] === true;
    const output = outputOf(ctx, ["text", "json"]);
    const { plan, loaded } = await planFor(ctx, flags);
    if (output === "json") ctx.stdout.write(`${JSON.stringify(planJson(plan, loaded.warnings), null, 2)}\n`);
    else ctx.stdout.write(renderPlan(plan));
    if (plan.errors.length > 0) {
      for (const e of plan.errors) ctx.stderr.write(`kontext plan: ${e}\n`);
      return 1;
    }
    return detailed && summarize(plan).total > 0 ? 2 : 0;
  } catch (error) {
    return fail(ctx, "plan", error);
  }
};

async function confirm(ctx: CliContext): Promise<boolean> {
  ctx.stdout.write("\nApply these changes? Only 'yes' is accepted: ");
  const rl = createInterface({ input: ctx.stdin, terminal: false });
  const answer = await new Promise<string>((resolve) => {
    rl.once("line", resolve);
    rl.once("close", () => resolve(""));
  });
  rl.close();
  return answer.trim() === "yes";
}

/** Writes new secrets to FILE (mode 0600) as they arrive, merged with what the file already holds. */
async function secretsFile(path: string): Promise<(secret: NewSecret) => Promise<void>> {
  let secrets: NewSecret[] = [];
  try {
    const parsed = JSON.parse(await readFile(path, "utf8")) as { secrets?: NewSecret[] };
    if (!Array.isArray(parsed.secrets)) throw new Error("no secrets list");
    secrets = parsed.secrets;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
      throw new UsageError(
        `--secrets-out ${path} exists and is not a secrets file written by kontext apply; choose another path`,
      );
    }
  }
  const save = async () => {
    await writeFile(path, `${JSON.stringify({ secrets }, null, 2)}\n`, { mode: 0o600 });
    await chmod(path, 0o600);
  };
  await save(); // fails now, before any write, if the path cannot be written
  let queue = Promise.resolve();
  return (secret) => {
    secrets = [...secrets.filter((s) => !(s.kind === secret.kind && s.name === secret.name)), secret];
    queue = queue.then(save);
    return queue;
  };
}

function report(ctx: CliContext, result: ApplyResult, interrupted: boolean): void {
  const { done, failed, notStarted } = result;
  if (failed.length === 0 && notStarted.length === 0) {
    ctx.stdout.write(`\nApply complete: ${done.length} step${done.length === 1 ? "" : "s"} done.\n`);
    return;
  }
  ctx.stdout.write(
    `\nApply ${interrupted ? "interrupted" : "stopped"}: ${done.length} done, ${failed.length} failed, ${notStarted.length} not started. Run kontext apply again to finish.\n`,
  );
  for (const f of failed)
    ctx.stdout.write(`  failed: ${f.step.label}: ${f.error instanceof Error ? f.error.message : String(f.error)}\n`);
  for (const s of notStarted) ctx.stdout.write(`  not started: ${s.label}\n`);
}

/** `kontext apply -f kontext.yaml` */
export const apply: Command = async (ctx) => {
  let flags: Record<string, string | boolean | undefined>;
  let parallelism = 4;
  try {
    flags = parse(ctx, {
      ...FILE_FLAGS,
      "auto-approve": { type: "boolean" },
      parallelism: { type: "string" },
      "secrets-out": { type: "string" },
    });
    if (flags.help) {
      ctx.stdout.write(APPLY_HELP);
      return 0;
    }
    outputOf(ctx, ["text"]);
    if (flags.parallelism !== undefined) {
      parallelism = Number(flags.parallelism);
      if (!Number.isInteger(parallelism) || parallelism < 1 || parallelism > 64) {
        throw new UsageError(
          `--parallelism must be a whole number from 1 to 64 (got ${JSON.stringify(flags.parallelism)})`,
        );
      }
    }
    if (flags["auto-approve"] !== true && !ctx.stdinIsTTY) {
      throw new UsageError("stdin is not a terminal: pass --auto-approve to apply without confirmation");
    }
  } catch (error) {
    return fail(ctx, "apply", error);
  }

  let plan: Plan;
  let onSecret: (secret: NewSecret) => void | Promise<void>;
  const shown: NewSecret[] = [];
  try {
    const secretsOut = flags["secrets-out"] as string | undefined;
    ({ plan } = await planFor(ctx, flags));
    ctx.stdout.write(renderPlan(plan));
    if (plan.errors.length > 0) {
      for (const e of plan.errors) ctx.stderr.write(`kontext apply: ${e}\n`);
      return 1;
    }
    if (summarize(plan).total === 0) return 0;
    if (flags["auto-approve"] !== true && !(await confirm(ctx))) {
      ctx.stdout.write("Apply cancelled: nothing was changed.\n");
      return 1;
    }
    onSecret = secretsOut ? await secretsFile(secretsOut) : (secret) => void shown.push(secret);
  } catch (error) {
    return fail(ctx, "apply", error);
  }

  ctx.stdout.write("\n");
  // Ctrl-C (or SIGTERM from CI) stops starting steps and lets those in flight finish, so the
  // report is true and no secret of a finished create is lost; a second signal ends at once.
  let interrupted = false;
  const interrupt = (signal: NodeJS.Signals) => {
    if (interrupted) process.exit(130);
    interrupted = true;
    ctx.stderr.write(`kontext apply: ${signal}: finishing the steps in flight, starting no new one\n`);
  };
  process.on("SIGINT", interrupt).on("SIGTERM", interrupt);
  const result = await applyPlan(ctx.client(), plan, {
    parallelism,
    onSecret,
    stopped: () => interrupted,
    onEvent: ({ type, step, error }) => {
      if (type === "done") ctx.stdout.write(`done: ${step.label}\n`);
      if (type === "failed") {
        ctx.stdout.write(`failed: ${step.label}: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    },
  });
  process.off("SIGINT", interrupt).off("SIGTERM", interrupt);
  report(ctx, result, interrupted);
  if (shown.length > 0) {
    ctx.stderr.write(
      "Warning: new secrets are printed to stdout below, once; pass --secrets-out FILE to write them to a file (mode 0600) instead.\n",
    );
    ctx.stdout.write(`\nNew secrets (shown once, store them now):\n${JSON.stringify({ secrets: shown }, null, 2)}\n`);
  }
  return result.failed.length === 0 && result.notStarted.length === 0 ? 0 : 1;
};

/** `kontext export > kontext.yaml` */
const exportCommand: Command = async (ctx) => {
  try {
    const flags = parse(ctx, {});
    if (flags.help) {
      ctx.stdout.write(EXPORT_HELP);
      return 0;
    }
    const output = outputOf(ctx, ["yaml", "json"]);
    const config = exportConfig(await readState(ctx.client()));
    ctx.stdout.write(output === "json" ? `${JSON.stringify(config, null, 2)}\n` : exportYaml(config));
    return 0;
  } catch (error) {
    return fail(ctx, "export", error);
  }
};

export { exportCommand as export };
