/**
 * `kontext`: the dispatcher. Pulls the global flags out of the arguments (before or after the
 * command), then hands the rest to a namespace command or to `plan` / `apply` / `export`. Modules
 * load lazily so that `kontext --version` starts as fast as Node does.
 * @module
 */
import { readFileSync } from "node:fs";
import type { KontextManagementClient } from "../management.js";
import { type CliContext, type Command, EXIT, type Io, type OutputFormat, UsageError } from "./context.js";

export type { Io };

/** Global flags: accepted anywhere before `--`, removed before the command sees its arguments. */
export interface GlobalFlags {
  baseUrl?: string;
  clientId?: string;
  clientSecretFile?: string;
  accessTokenFile?: string;
  output?: OutputFormat;
  timeout?: number;
  maxRetries?: number;
  verbose: boolean;
  allowInsecureHttp: boolean;
}

const VALUE_FLAGS = {
  "base-url": "baseUrl",
  "client-id": "clientId",
  "client-secret-file": "clientSecretFile",
  "access-token-file": "accessTokenFile",
  output: "output",
  timeout: "timeout",
  "max-retries": "maxRetries",
} as const;
const BOOLEAN_FLAGS = { verbose: "verbose", "allow-insecure-http": "allowInsecureHttp" } as const;
const SHORT: Record<string, string> = { "-o": "output", "-v": "verbose" };
// Secrets never come as flag values: they would show in `ps` and in shell history.
const REFUSED: Record<string, string> = {
  "client-secret": "set KONTEXT_CLIENT_SECRET or pass --client-secret-file <path>",
  "access-token": "set KONTEXT_ACCESS_TOKEN or pass --access-token-file <path>",
};
export const OUTPUTS: readonly OutputFormat[] = ["json", "jsonl", "table"];
const CONFIG_COMMANDS = new Set(["plan", "apply", "export"]);

/** Splits the global flags from the rest of the arguments. */
export function parseGlobals(argv: string[]): { globals: GlobalFlags; rest: string[] } {
  const globals: GlobalFlags = { verbose: false, allowInsecureHttp: false };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      rest.push(...argv.slice(i));
      break;
    }
    const long = SHORT[arg] ?? (arg.startsWith("--") ? arg.slice(2) : undefined);
    if (long === undefined) {
      rest.push(arg);
      continue;
    }
    const eq = long.indexOf("=");
    const name = eq < 0 ? long : long.slice(0, eq);
    const inline = eq < 0 ? undefined : long.slice(eq + 1);
    if (name in REFUSED) {
      throw new UsageError(
        `--${name} is not accepted: a secret in a flag shows in process lists and shell history; ${REFUSED[name]}`,
      );
    }
    if (name in BOOLEAN_FLAGS) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      globals[BOOLEAN_FLAGS[name as keyof typeof BOOLEAN_FLAGS]] = true;
      continue;
    }
    if (!(name in VALUE_FLAGS)) {
      rest.push(arg);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith("-") && next !== "-")) throw new UsageError(`--${name} needs a value`);
      value = next;
      i++;
    }
    const key = VALUE_FLAGS[name as keyof typeof VALUE_FLAGS];
    if (key === "output") {
      if (!OUTPUTS.includes(value as OutputFormat)) {
        throw new UsageError(`--output must be one of ${OUTPUTS.join(", ")} (got ${JSON.stringify(value)})`);
      }
      globals.output = value as OutputFormat;
    } else if (key === "timeout" || key === "maxRetries") {
      if (!/^\d+$/.test(value)) {
        throw new UsageError(
          `--${name} must be a whole number${key === "timeout" ? " of milliseconds" : ""} (got ${JSON.stringify(value)})`,
        );
      }
      globals[key] = Number(value);
    } else {
      globals[key] = value;
    }
  }
  return { globals, rest };
}

/** The package version, read from the package.json beside dist/. */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

/** Runs one command line; resolves to the exit code. */
export async function main(io: Io): Promise<number> {
  let json = false;
  try {
    const { globals, rest } = parseGlobals(io.argv);
    json = globals.output === "json";
    const first = rest[0];
    if (first === "--version" || first === "-V") {
      io.stdout.write(`${version()}\n`);
      return EXIT.ok;
    }
    if (first === undefined || first === "--help" || first === "-h" || first === "help") {
      const { topHelp } = await import("./help.js");
      const target = first === undefined ? io.stderr : io.stdout;
      if (first === "help" && rest.length > 1) return await main({ ...io, argv: [...rest.slice(1), "--help"] });
      target.write(topHelp(version()));
      return first === undefined ? EXIT.usage : EXIT.ok;
    }
    if (first.startsWith("-")) throw new UsageError(`unknown flag ${first.replace(/=.*/s, "")}`, "kontext --help");
    const { createClient } = await import("./client.js");
    let client: KontextManagementClient | undefined;
    const ctx: CliContext = {
      argv: rest.slice(1),
      stdout: io.stdout,
      stderr: io.stderr,
      stdin: io.stdin,
      stdoutIsTTY: io.stdoutIsTTY,
      stdinIsTTY: io.stdinIsTTY,
      stderrIsTTY: io.stderrIsTTY,
      env: io.env,
      verbose: globals.verbose,
      output: globals.output,
      client() {
        client ??= createClient(globals, io.env, io.stderr);
        return client;
      },
    };
    if (CONFIG_COMMANDS.has(first)) {
      const config = (await import("./config/index.js")) as unknown as Record<string, Command>;
      const command = config[first === "export" ? "export" : first];
      if (typeof command !== "function") throw new UsageError(`${first} is not available`);
      return await command(ctx);
    }
    const { runNamespace } = await import("./run.js");
    return await runNamespace(ctx, first, globals);
  } catch (error) {
    const { errorFacts, errorLine, exitCodeOf } = await import("./errors.js");
    io.stderr.write(json ? `${JSON.stringify(errorFacts(error))}\n` : `${errorLine(error)}\n`);
    return exitCodeOf(error);
  }
}
