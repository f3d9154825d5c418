/**
 * `kontext <namespace> <method> [ids…] [flags]`: parses a command's arguments against its entry in
 * the command table, calls the client method, and writes the answer.
 * @module
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { KontextError } from "../errors.js";
import type { KontextManagementClient } from "../management.js";
import { commonOptions } from "./client.js";
import { type CommandSpec, commandTable, type Flag, kebab, loadSpec } from "./commands.js";
import { type CliContext, EXIT, type OutputFormat, UsageError } from "./context.js";
import { commandHelp, namespaceHelp } from "./help.js";
import type { GlobalFlags } from "./main.js";
import { itemsOf, lines, maskSecrets, render, SECRET_FIELDS, secretPaths, write } from "./output.js";

export interface ParsedCommand {
  ids: string[];
  /** The query parameters object, when any query flag was given. */
  query: Record<string, unknown> | undefined;
  /** The body, when the operation takes one. */
  body: Record<string, unknown> | undefined;
  all: boolean;
  dryRun: boolean;
  help: boolean;
}

interface Definition {
  flag?: Flag;
  negated?: boolean;
  special?: "data" | "all" | "dry-run" | "help";
}

function definitions(command: CommandSpec): Map<string, Definition> {
  const defs = new Map<string, Definition>();
  for (const flag of command.flags) {
    defs.set(flag.name, { flag });
    for (const alias of flag.aliases) defs.set(alias, { flag });
    if (flag.type === "boolean") defs.set(`no-${flag.name}`, { flag, negated: true });
  }
  if (command.body) defs.set("data", { special: "data" });
  if (command.list) defs.set("all", { special: "all" });
  defs.set("dry-run", { special: "dry-run" });
  defs.set("help", { special: "help" });
  defs.set("h", { special: "help" });
  return defs;
}

function convert(flag: Flag, raw: string): unknown {
  const name = `--${flag.name}`;
  if (flag.enum && !flag.enum.includes(raw)) {
    throw new UsageError(`${name} must be one of ${flag.enum.join(", ")} (got ${JSON.stringify(raw)})`);
  }
  if (flag.type === "integer" || flag.type === "number") {
    const pattern = flag.type === "integer" ? /^-?\d+$/ : /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
    const value = Number(raw);
    const range =
      flag.minimum !== undefined && flag.maximum !== undefined
        ? ` from ${flag.minimum} to ${flag.maximum}`
        : flag.minimum !== undefined
          ? ` of at least ${flag.minimum}`
          : flag.maximum !== undefined
            ? ` of at most ${flag.maximum}`
            : "";
    if (
      !pattern.test(raw) ||
      !Number.isFinite(value) ||
      (flag.minimum !== undefined && value < flag.minimum) ||
      (flag.maximum !== undefined && value > flag.maximum)
    ) {
      throw new UsageError(
        `${name} must be ${flag.type === "integer" ? "an integer" : "a number"}${range} (got ${JSON.stringify(raw)})`,
      );
    }
    return value;
  }
  return raw;
}

/** Parses a command's arguments: ids, query or body, --all, --dry-run; throws UsageError on bad input. */
export async function parseCommand(
  command: CommandSpec,
  argv: string[],
  readData: (source: string) => Promise<string>,
): Promise<ParsedCommand> {
  const hint = `kontext ${command.namespace} ${command.name} --help`;
  const defs = definitions(command);
  const options: Record<string, { type: "string" | "boolean"; multiple?: boolean; short?: string }> = {};
  for (const [name, def] of defs) {
    if (name === "h") continue;
    const flag = def.flag;
    const isString = def.special === "data" || (flag !== undefined && flag.type !== "boolean" && !def.negated);
    options[name] = { type: isString ? "string" : "boolean", ...(flag?.type === "string[]" && { multiple: true }) };
  }
  options.help = { type: "boolean", short: "h" };
  const { tokens } = parseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });

  const ids: string[] = [];
  const values = new Map<Flag, unknown>();
  let data: string | undefined;
  let all = false;
  let dryRun = false;
  let help = false;
  for (const token of tokens) {
    if (token.kind === "positional") {
      ids.push(token.value);
      continue;
    }
    if (token.kind === "option-terminator") continue;
    const def = defs.get(token.name);
    if (!def) {
      const secret = command.body?.dataOnly.find((f) => f.secret && kebab(f.key) === token.name);
      if (secret) {
        throw new UsageError(
          `--${token.name} is not accepted: ${secret.key} is a secret, and a flag shows in process lists and shell history; put it in --data @file or --data -`,
          hint,
        );
      }
      const known = [...defs.keys()].filter((n) => n !== "h" && !n.startsWith("no-")).map((n) => `--${n}`);
      throw new UsageError(
        `unknown flag ${token.rawName} for kontext ${command.namespace} ${command.name}; flags: ${known.join(", ")}`,
        hint,
      );
    }
    const isString = options[token.name]?.type === "string";
    if (!isString) {
      if (token.value !== undefined) throw new UsageError(`${token.rawName} takes no value`, hint);
    } else if (
      token.value === undefined ||
      (!token.inlineValue && /^-./.test(token.value) && !/^-\d/.test(token.value))
    ) {
      throw new UsageError(`${token.rawName} needs a value`, hint);
    }
    if (def.special === "help") help = true;
    else if (def.special === "all") all = true;
    else if (def.special === "dry-run") dryRun = true;
    else if (def.special === "data") {
      if (data !== undefined) throw new UsageError("--data given twice", hint);
      data = token.value;
    } else if (def.flag) {
      const flag = def.flag;
      if (flag.type === "boolean") values.set(flag, !def.negated);
      else if (flag.type === "string[]") {
        const list = (values.get(flag) as string[] | undefined) ?? [];
        list.push(convert(flag, token.value as string) as string);
        values.set(flag, list);
      } else {
        if (values.has(flag)) throw new UsageError(`--${flag.name} given twice`, hint);
        values.set(flag, convert(flag, token.value as string));
      }
    }
  }
  if (help) return { ids, query: undefined, body: undefined, all, dryRun, help };

  const wanted = command.pathArgs;
  if (ids.length < wanted.length) {
    const missing = wanted.slice(ids.length).map((a) => `<${a.placeholder}>`);
    throw new UsageError(
      `missing ${missing.join(" ")}: kontext ${command.namespace} ${command.name} ${wanted.map((a) => `<${a.placeholder}>`).join(" ")}`,
      hint,
    );
  }
  if (ids.length > wanted.length) {
    throw new UsageError(
      `unexpected argument ${JSON.stringify(ids[wanted.length])}: kontext ${command.namespace} ${command.name} takes ${wanted.length || "no"} id${wanted.length === 1 ? "" : "s"}`,
      hint,
    );
  }

  const queryFlags = [...values].filter(([flag]) => flag.in === "query");
  const query = queryFlags.length
    ? Object.fromEntries(queryFlags.map(([flag, value]) => [flag.key, value]))
    : undefined;
  let body: Record<string, unknown> | undefined;
  if (command.body) {
    body = data === undefined ? {} : parseData(data, await readData(data), hint);
    for (const [flag, value] of values) if (flag.in === "body") body[flag.key] = value;
    const spec = command.body;
    const missing = spec.requiredFields.filter((key) => body?.[key] === undefined);
    if (missing.length) {
      const named = missing.map((key) => {
        const flag = command.flags.find((f) => f.in === "body" && f.key === key);
        return flag ? `--${flag.name}` : `"${key}" in --data`;
      });
      throw new UsageError(`missing ${named.join(", ")} (required)`, hint);
    }
    if (Object.keys(body).length < spec.minProperties) {
      const flags = command.flags.filter((f) => f.in === "body").map((f) => `--${f.name}`);
      throw new UsageError(`nothing to send: give at least one of ${[...flags, "--data"].join(", ")}`, hint);
    }
  }
  return { ids, query, body, all, dryRun, help };
}

function parseData(source: string, text: string, hint: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const where = source === "-" ? "stdin" : source.startsWith("@") ? source.slice(1) : "the argument";
    throw new UsageError(`--data from ${where} is not valid JSON (${(error as Error).message})`, hint);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new UsageError("--data must be a JSON object", hint);
  }
  return value as Record<string, unknown>;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

/** Stops a dry run at the moment the client hands its request to fetch. */
class DryRunStop extends KontextError {}

interface Recorded {
  method: string;
  url: string;
  body?: unknown;
}

type Method = (...args: unknown[]) => unknown;

function call(client: KontextManagementClient, command: CommandSpec, parsed: ParsedCommand): unknown {
  const namespace = client[command.clientNamespace] as unknown as Record<string, Method>;
  const method = namespace[command.method];
  if (typeof method !== "function") throw new Error(`client.${command.clientNamespace}.${command.method} is missing`);
  const args: unknown[] = [...parsed.ids];
  if (command.body) args.push(parsed.body);
  else if (command.flags.some((f) => f.in === "query")) args.push(parsed.query);
  return method.apply(namespace, args);
}

async function dryRun(
  ctx: CliContext,
  command: CommandSpec,
  parsed: ParsedCommand,
  globals: GlobalFlags,
  format: OutputFormat,
): Promise<number> {
  const { KontextManagementClient } = await import("../management.js");
  let recorded: Recorded | undefined;
  const client = new KontextManagementClient({
    ...commonOptions(globals, ctx.env, ctx.stderr),
    // No token is fetched: the request is stopped before it leaves, so a placeholder serves.
    accessToken: "dry-run",
    maxRetries: 0,
    fetch: async (input, init) => {
      const body = typeof init?.body === "string" ? JSON.parse(init.body) : undefined;
      recorded = { method: init?.method ?? "GET", url: String(input), ...(body !== undefined && { body }) };
      throw new DryRunStop("dry run", { code: "kontext_dry_run" });
    },
  });
  try {
    await call(client, command, parsed);
  } catch (error) {
    if (!(error instanceof DryRunStop)) throw error;
  }
  if (!recorded) throw new Error("the dry run recorded no request");
  // The body's secrets (write-only fields such as serverToken) are masked, like everything else printed.
  const keys = new Set([...SECRET_FIELDS, ...(command.body?.dataOnly.filter((f) => f.secret).map((f) => f.key) ?? [])]);
  const request = { ...recorded, ...(recorded.body !== undefined && { body: maskSecrets(recorded.body, keys) }) };
  if (format === "table") {
    await write(
      ctx.stdout,
      `${request.method} ${request.url}\n${request.body === undefined ? "" : `${JSON.stringify(request.body, null, 2)}\n`}`,
    );
  } else {
    await write(
      ctx.stdout,
      format === "json" ? `${JSON.stringify(request, null, 2)}\n` : `${JSON.stringify(request)}\n`,
    );
  }
  if (ctx.stderrIsTTY) await write(ctx.stderr, "kontext: dry run, nothing sent\n");
  return EXIT.ok;
}

const CLEAR_LINE = "\r\x1b[K";

async function streamAll(ctx: CliContext, command: CommandSpec, result: unknown): Promise<number> {
  const progress = ctx.stderrIsTTY;
  let items = 0;
  let pages = 0;
  const pager = (result as { pages?: () => AsyncIterable<unknown> }).pages;
  const source: AsyncIterable<unknown> =
    typeof pager === "function"
      ? pager.call(result)
      : (async function* () {
          yield await result;
        })();
  // The progress line is cleared before each page so that, when stdout is the same terminal, the
  // items do not start in the middle of it.
  const status = () => `kontext: ${items} items, ${pages} page${pages === 1 ? "" : "s"}`;
  for await (const page of source) {
    const pageItems = itemsOf(page);
    if (!pageItems) throw new Error(`${command.namespace} ${command.name} answered without items`);
    pages++;
    items += pageItems.length;
    if (progress && pages > 1) await write(ctx.stderr, CLEAR_LINE);
    await write(ctx.stdout, lines(maskSecrets(pageItems)));
    if (progress) await write(ctx.stderr, `${status()}…`);
  }
  if (progress) await write(ctx.stderr, `${CLEAR_LINE}${status()}\n`);
  return EXIT.ok;
}

/** Runs `kontext <namespace> …`. */
export async function runNamespace(ctx: CliContext, name: string, globals: GlobalFlags): Promise<number> {
  const { namespaces } = commandTable(loadSpec());
  const ns = namespaces.get(name);
  if (!ns) {
    throw new UsageError(
      `unknown command ${JSON.stringify(name)}; commands: ${[...namespaces.keys(), "plan", "apply", "export"].join(", ")}`,
      "kontext --help",
    );
  }
  const [methodName, ...rest] = ctx.argv;
  if (methodName === undefined || methodName === "--help" || methodName === "-h") {
    (methodName === undefined ? ctx.stderr : ctx.stdout).write(namespaceHelp(name));
    return methodName === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = ns.commands.get(methodName);
  if (!command) {
    throw new UsageError(
      `unknown method ${JSON.stringify(methodName)} for ${name}; methods: ${[...ns.commands.keys()].join(", ")}`,
      `kontext ${name} --help`,
    );
  }
  const parsed = await parseCommand(command, rest, async (source) => {
    if (source === "-") return readStream(ctx.stdin);
    if (!source.startsWith("@")) return source;
    try {
      return readFileSync(source.slice(1), "utf8");
    } catch (error) {
      throw new UsageError(`--data ${source} cannot be read (${(error as { code?: string }).code ?? "unreadable"})`);
    }
  });
  if (parsed.help) {
    ctx.stdout.write(commandHelp(command));
    return EXIT.ok;
  }
  const format: OutputFormat = ctx.output ?? (ctx.stdoutIsTTY ? "table" : "json");
  if (parsed.all && ctx.output === "table")
    throw new UsageError("--all streams JSON lines; it does not take --output table");
  if (parsed.dryRun) return dryRun(ctx, command, parsed, globals, format);

  const client = ctx.client();
  const pending = call(client, command, parsed);
  if (parsed.all) return streamAll(ctx, command, pending);
  let result = await pending;
  const secrets = secretPaths(result);
  if (secrets.length) {
    if (command.newSecret) {
      await write(
        ctx.stderr,
        `kontext: warning: the answer holds a new secret (${secrets.join(", ")}), shown only this once; store it now and keep it out of logs\n`,
      );
    } else {
      result = maskSecrets(result);
      await write(ctx.stderr, `kontext: masked a secret the API returned (${secrets.join(", ")})\n`);
    }
  }
  if (result === undefined && format === "table" && ctx.stderrIsTTY) {
    await write(ctx.stderr, `kontext: ${command.summary.toLowerCase()}: done\n`);
  }
  await write(ctx.stdout, render(result, format));
  return EXIT.ok;
}
