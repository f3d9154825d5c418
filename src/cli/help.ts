/**
 * Help at three levels (`kontext --help`, `kontext <namespace> --help`,
 * `kontext <namespace> <method> --help`), generated from the spec's tags, summaries,
 * descriptions and parameter docs.
 * @module
 */
import type { CommandSpec, Flag } from "./commands.js";
import { CONFIG_COMMANDS } from "./context.js";
import { EXIT_TABLE } from "./errors.js";
import { GLOBAL_FLAGS } from "./flags.js";
import { table } from "./table.js";

function indent(text: string, by = "  "): string {
  return text
    .split("\n")
    .map((line) => (line.trim() ? by + line : ""))
    .join("\n");
}

function columns(rows: [string, string][], by = "  "): string {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows
    .map(([left, right]) => {
      const [first = "", ...more] = right.split("\n");
      const pad = " ".repeat(width + 2);
      return `${by}${left.padEnd(width)}  ${first}${more.map((line) => `\n${by}${pad}${line}`).join("")}`.trimEnd();
    })
    .join("\n");
}

function globalFlagRows(): [string, string][] {
  return GLOBAL_FLAGS.map((f) => [
    `${f.short ? `-${f.short}, ` : ""}--${f.name}${f.value ? ` ${f.value}` : ""}`,
    f.help,
  ]);
}

export function topHelp(version: string): string {
  const { namespaces, title } = table();
  const rows: [string, string][] = [...namespaces].map(([name, ns]) => [
    name,
    ns.description.split("\n").join(" ").replace(/\. .*/, "."),
  ]);
  rows.push([CONFIG_COMMANDS.join(" | "), "declarative configuration: diff, apply or export a config file"]);
  return `kontext ${version}: the ${title || "Kontext Management API"} from the command line

Usage:
  kontext <namespace> <method> [ids…] [flags]
  kontext <namespace> --help
  kontext <namespace> <method> --help

Namespaces:
${columns(rows)}

Global flags (before or after the command):
${columns(globalFlagRows())}

Credentials: KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET (a service account, OAuth2 client
credentials), or KONTEXT_ACCESS_TOKEN. A secret is never accepted as a flag value; use the
environment or a --*-file flag. Plain http is allowed to loopback hosts (localhost, 127.*, [::1])
only, unless --allow-insecure-http is given.

Input: ids are positional; query parameters and body fields are flags, nested fields joined by dots
(--oauth.type public), a list by repeating the flag, false by --no-<flag>; --data '{…}', @file or -
gives the rest of the body, and the flags win over it.

Output: --output json prints exactly what the SDK method returns ({ items, nextCursor },
{ application }, …); jsonl prints one line per list item; --all follows every page and streams
items as JSON lines. Errors go to stderr: one line, or {code,statusCode,message,requestId} with
--output json. --dry-run prints the request (method, URL, body) and sends nothing.

Exit codes:
${columns(EXIT_TABLE.map(([code, meaning]) => [String(code), meaning]))}
`;
}

function usageLine(command: CommandSpec): string {
  const ids = command.pathArgs.map((a) => `<${a.placeholder}>`);
  return ["kontext", command.namespace, command.name, ...ids, "[flags]"].join(" ");
}

export function namespaceHelp(name: string): string {
  const ns = table().namespaces.get(name);
  if (!ns) return "";
  const rows: [string, string][] = [...ns.commands.values()].map((c) => [
    [c.name, ...c.pathArgs.map((a) => `<${a.placeholder}>`)].join(" "),
    c.summary,
  ]);
  return `kontext ${name}: ${ns.description.split("\n").join(" ")}

Usage:
  kontext ${name} <method> [ids…] [flags]
  kontext ${name} <method> --help

Methods:
${columns(rows)}
`;
}

function flagLeft(flag: Flag): string {
  const value =
    flag.type === "boolean"
      ? ""
      : ` <${flag.enum ? flag.enum.join("|") : flag.type === "string[]" ? "value" : flag.type}>`;
  return `--${flag.name}${value}`;
}

function flagRight(flag: Flag): string {
  const facts: string[] = [];
  if (flag.required) facts.push("required");
  if (flag.type === "string[]") facts.push("repeatable");
  if (flag.type === "boolean") facts.push(`--no-${flag.name} sends false`);
  if (flag.minimum !== undefined || flag.maximum !== undefined) {
    facts.push(`${flag.minimum ?? "…"} to ${flag.maximum ?? "…"}`);
  }
  if (flag.default !== undefined) facts.push(`default ${JSON.stringify(flag.default)}`);
  const where = flag.in === "query" ? `query parameter ${flag.key}` : `body field ${flag.key}`;
  facts.push(where);
  if (flag.aliases.length) facts.push(`also --${flag.aliases.join(", --")}`);
  const description = flag.description.split("\n").join(" ");
  return `${description ? `${description} ` : ""}(${facts.join("; ")})`;
}

export function commandHelp(command: CommandSpec): string {
  let out = `${usageLine(command)}

${command.summary}${command.description ? `\n\n${indent(command.description)}` : ""}

Request: ${command.httpMethod} ${command.path}  (operation ${command.operationId}, client.${command.clientNamespace}.${command.method})
`;
  if (command.pathArgs.length) {
    out += `\nArguments:\n${columns(command.pathArgs.map((a) => [`<${a.placeholder}>`, a.description || a.name]))}\n`;
  }
  const flags: [string, string][] = command.flags.map((f) => [flagLeft(f), flagRight(f)]);
  if (command.body) {
    const body = command.body;
    const name = body.schemaName ? ` (${body.schemaName})` : "";
    flags.push([
      "--data <json|@file|->",
      `the whole request body${name} as JSON, from a file (@path) or stdin (-); flags override its fields`,
    ]);
    for (const field of body.dataOnly) {
      const required = body.requiredFields.includes(field.key) ? "required; " : "";
      const why = field.secret ? "a secret, so never a flag" : "an object";
      flags.push([
        `  ${field.key}`,
        `${field.description ? `${field.description.split("\n").join(" ")} ` : ""}(${required}only in --data: ${why})`,
      ]);
    }
  }
  if (command.list) {
    flags.push([
      "--all",
      command.paginated
        ? "follow every page, streaming items as JSON lines (progress on stderr on a terminal)"
        : "stream the items as JSON lines (this list has a single page)",
    ]);
  }
  flags.push(["--dry-run", "print the request (method, URL, body) instead of sending it; no token is fetched"]);
  out += `\nFlags:\n${columns(flags)}\n`;
  if (command.newSecret) {
    out += "\nThe answer holds a new secret, shown only once: store it at once; a warning goes to stderr.\n";
  }
  out += "\nGlobal flags: see kontext --help.\n";
  return out;
}
