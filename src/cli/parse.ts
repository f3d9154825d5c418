/**
 * A namespace command's own arguments, parsed against its entry in the command table: the ids, the
 * query and body flags (nested body fields as `--oauth.type`), `--data`, `--all`, `--dry-run`. Bad
 * input is refused here, before any request. `commandLine` is the way back, for the samples.
 * @module
 */
import { parseArgs } from "node:util";
import { type CommandSpec, type Flag, kebab } from "./commands.js";
import { UsageError } from "./context.js";

type Json = Record<string, unknown>;

export interface ParsedCommand {
  ids: string[];
  /** The query parameters object, when any query flag was given. */
  query: Json | undefined;
  /** The body, when the operation takes one. */
  body: Json | undefined;
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

/** The value of `raw` for `flag`, checked against the spec's enum, type and range. */
function convert(flag: Flag, raw: string): unknown {
  const name = `--${flag.name}`;
  if (flag.enum && !flag.enum.includes(raw)) {
    throw new UsageError(`${name} must be one of ${flag.enum.join(", ")} (got ${JSON.stringify(raw)})`);
  }
  if (flag.type === "integer" || flag.type === "number") {
    const pattern = flag.type === "integer" ? /^-?\d+$/ : /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
    const value = Number(raw);
    const { minimum: min, maximum: max } = flag;
    const range =
      min !== undefined && max !== undefined
        ? ` from ${min} to ${max}`
        : min !== undefined
          ? ` of at least ${min}`
          : max !== undefined
            ? ` of at most ${max}`
            : "";
    if (
      !pattern.test(raw) ||
      !Number.isFinite(value) ||
      (min !== undefined && value < min) ||
      (max !== undefined && value > max)
    ) {
      throw new UsageError(
        `${name} must be ${flag.type === "integer" ? "an integer" : "a number"}${range} (got ${JSON.stringify(raw)})`,
      );
    }
    return value;
  }
  return raw;
}

/** Sets `value` at `path` in `target`, making the objects on the way (a --data value that is not one is replaced). */
function setIn(target: Json, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== "object" || Array.isArray(next)) node[key] = {};
    node = node[key] as Json;
  }
  node[path[path.length - 1] as string] = value;
}

function getIn(source: unknown, path: string[]): unknown {
  let node = source;
  for (const key of path) node = node !== null && typeof node === "object" ? (node as Json)[key] : undefined;
  return node;
}

/** The flags that name a required field the body lacks: `--oauth.type`, or `"x" in --data`. */
function missingFields(command: CommandSpec, body: Json): string[] {
  const spec = command.body;
  if (!spec) return [];
  const named = (path: string[]): string[] => {
    const dotted = path.join(".");
    const flag = command.flags.find((f) => f.in === "body" && f.key === dotted);
    if (flag) return [`--${flag.name}`];
    // A required object with flags of its own is named by its required flags.
    const object = spec.objects.find((o) => o.path.join(".") === dotted);
    if (object?.required.length) return object.required.flatMap((key) => named([...path, key]));
    return [`"${dotted}" in --data`];
  };
  const missing: string[] = [];
  for (const object of spec.objects) {
    const value = getIn(body, object.path);
    // An absent object is reported by its parent, if that requires it.
    if (value === null || typeof value !== "object") continue;
    for (const key of object.required) {
      if ((value as Json)[key] === undefined) missing.push(...named([...object.path, key]));
    }
  }
  return missing;
}

function parseData(source: string, text: string, hint: string): Json {
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
  return value as Json;
}

/**
 * Parses a command's arguments; throws UsageError on bad input. `readData` turns `--data`'s
 * argument into its text (the JSON itself, `@file` or `-`).
 */
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
      const secret = command.body?.dataOnly.find(
        (f) => f.secret && f.key.split(".").map(kebab).join(".") === token.name,
      );
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
  let body: Json | undefined;
  if (command.body) {
    body = data === undefined ? {} : parseData(data, await readData(data), hint);
    // Flags win over --data, field by field, nested ones too.
    for (const [flag, value] of values) if (flag.in === "body") setIn(body, flag.path, value);
    const missing = missingFields(command, body);
    if (missing.length) throw new UsageError(`missing ${missing.join(", ")} (required)`, hint);
    if (Object.keys(body).length < command.body.minProperties) {
      const flags = command.flags.filter((f) => f.in === "body").map((f) => `--${f.name}`);
      throw new UsageError(`nothing to send: give at least one of ${[...flags, "--data"].join(", ")}`, hint);
    }
  }
  return { ids, query, body, all, dryRun, help };
}

/**
 * The arguments that send `ids`, `query` and `body` (after `kontext`): flags where the command has
 * them, the rest in `--data`. The inverse of parseCommand, for the samples and the tests.
 */
export function commandLine(command: CommandSpec, call: { ids: unknown[]; query?: Json; body?: Json }): string[] {
  const words = [command.namespace, command.name, ...call.ids.map(String)];
  const flagFor = (where: Flag["in"], path: string[]) =>
    command.flags.find((f) => f.in === where && f.path.join(".") === path.join("."));
  const push = (flag: Flag, value: unknown) => {
    if (flag.type === "boolean") words.push(value ? `--${flag.name}` : `--no-${flag.name}`);
    else if (Array.isArray(value)) for (const item of value) words.push(`--${flag.name}`, String(item));
    else words.push(`--${flag.name}`, String(value));
  };
  for (const [key, value] of Object.entries(call.query ?? {})) {
    const flag = flagFor("query", [key]);
    if (!flag) throw new Error(`${command.namespace} ${command.name} has no flag for query parameter ${key}`);
    push(flag, value);
  }
  const rest: Json = {};
  const walk = (value: Json, path: string[]) => {
    for (const [key, inner] of Object.entries(value)) {
      const here = [...path, key];
      const flag = flagFor("body", here);
      // An empty list cannot be spelled with a repeatable flag.
      if (flag && !(Array.isArray(inner) && inner.length === 0)) push(flag, inner);
      else if (inner !== null && typeof inner === "object" && !Array.isArray(inner) && Object.keys(inner).length) {
        walk(inner as Json, here);
      } else setIn(rest, here, inner);
    }
  };
  if (call.body) walk(call.body, []);
  if (Object.keys(rest).length > 0) words.push("--data", JSON.stringify(rest));
  return words;
}
