/**
 * The global flags of `kontext`: one table that the parser, `kontext --help` and the reserved
 * names of the generated command flags all read.
 * @module
 */
import { parseArgs } from "node:util";
import { type OutputFormat, UsageError } from "./context.js";

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

export const OUTPUTS: readonly OutputFormat[] = ["json", "jsonl", "table"];

interface GlobalFlag {
  /** The flag's name without dashes. */
  name: string;
  /** The GlobalFlags field it fills; none for flags the dispatcher handles itself. */
  key?: keyof GlobalFlags;
  short?: string;
  /** What help shows as its value (`<url>`); none for a boolean flag. */
  value?: string;
  /** Checks and converts the value; throws UsageError. */
  parse?: (value: string, flag: string) => unknown;
  help: string;
}

function wholeNumber(unit: string) {
  return (value: string, flag: string) => {
    if (!/^\d+$/.test(value))
      throw new UsageError(`${flag} must be a whole number${unit} (got ${JSON.stringify(value)})`);
    return Number(value);
  };
}

/** Every global flag, in the order `kontext --help` lists them. */
export const GLOBAL_FLAGS: readonly GlobalFlag[] = [
  {
    name: "base-url",
    key: "baseUrl",
    value: "<url>",
    help: "API origin (default KONTEXT_BASE_URL, else https://api.kontext.security)",
  },
  {
    name: "client-id",
    key: "clientId",
    value: "<id>",
    help: "service account client id (default KONTEXT_CLIENT_ID)",
  },
  {
    name: "client-secret-file",
    key: "clientSecretFile",
    value: "<path>",
    help: "file holding the client secret (default KONTEXT_CLIENT_SECRET)",
  },
  {
    name: "access-token-file",
    key: "accessTokenFile",
    value: "<path>",
    help: "file holding an access token (default KONTEXT_ACCESS_TOKEN)",
  },
  {
    name: "output",
    key: "output",
    short: "o",
    value: "<format>",
    parse: (value) => {
      if (OUTPUTS.includes(value as OutputFormat)) return value;
      throw new UsageError(`--output must be one of ${OUTPUTS.join(", ")} (got ${JSON.stringify(value)})`);
    },
    help: "json (default when stdout is not a terminal), jsonl, or table (default on a terminal)",
  },
  {
    name: "verbose",
    key: "verbose",
    short: "v",
    help: "log requests, responses and retries to stderr, secrets masked",
  },
  {
    name: "timeout",
    key: "timeout",
    value: "<ms>",
    parse: wholeNumber(" of milliseconds"),
    help: "milliseconds one attempt may take (default 30000)",
  },
  {
    name: "max-retries",
    key: "maxRetries",
    value: "<n>",
    parse: wholeNumber(""),
    help: "retries after a retryable failure (default 2)",
  },
  {
    name: "allow-insecure-http",
    key: "allowInsecureHttp",
    help: "allow plain http to a host that is not loopback (KONTEXT_ALLOW_INSECURE_HTTP=1)",
  },
  { name: "help", short: "h", help: "help for kontext, a namespace or a command" },
  { name: "version", short: "V", help: "the package version" },
];

/** Flags every namespace command has besides its generated ones. */
export const COMMAND_FLAGS = ["all", "data", "dry-run"] as const;

/** Flag names a generated flag may not take; a parameter of the same name gets a prefix (`--query-all`). */
export const RESERVED_FLAGS: ReadonlySet<string> = new Set([...GLOBAL_FLAGS.map((f) => f.name), ...COMMAND_FLAGS]);

/** Secrets never come as flag values: they would show in `ps` and in shell history. */
const REFUSED: Record<string, string> = {
  "client-secret": "set KONTEXT_CLIENT_SECRET or pass --client-secret-file <path>",
  "access-token": "set KONTEXT_ACCESS_TOKEN or pass --access-token-file <path>",
};

/** Splits the global flags from the rest of the arguments (the command, its ids and its own flags). */
export function parseGlobals(argv: string[]): { globals: GlobalFlags; rest: string[] } {
  const globals: GlobalFlags = { verbose: false, allowInsecureHttp: false };
  const options = Object.fromEntries(
    GLOBAL_FLAGS.filter((f) => f.key).map((f) => [
      f.name,
      { type: f.value ? ("string" as const) : ("boolean" as const), ...(f.short && { short: f.short }) },
    ]),
  );
  const { tokens } = parseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  const taken = new Set<number>();
  for (const token of tokens) {
    if (token.kind === "option-terminator") break;
    if (token.kind !== "option") continue;
    if (token.name in REFUSED) {
      throw new UsageError(
        `--${token.name} is not accepted: a secret in a flag shows in process lists and shell history; ${REFUSED[token.name]}`,
      );
    }
    const flag = GLOBAL_FLAGS.find((f) => f.name === token.name && f.key);
    if (!flag?.key) continue;
    taken.add(token.index);
    if (!flag.value) {
      if (token.value !== undefined) throw new UsageError(`--${flag.name} takes no value`);
      (globals as unknown as Record<string, unknown>)[flag.key] = true;
      continue;
    }
    const value = token.value;
    // `--output -x` is a missing value, not the value "-x"; "-" alone (stdin) is a value.
    if (value === undefined || (!token.inlineValue && value.startsWith("-") && value !== "-")) {
      throw new UsageError(`--${flag.name} needs a value`);
    }
    if (!token.inlineValue) taken.add(token.index + 1);
    (globals as unknown as Record<string, unknown>)[flag.key] = flag.parse
      ? flag.parse(value, `--${flag.name}`)
      : value;
  }
  return { globals, rest: argv.filter((_, i) => !taken.has(i)) };
}
