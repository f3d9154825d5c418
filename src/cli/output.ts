import { once } from "node:events";
import type { OutputFormat } from "./context.js";

/** Writes and waits for the stream to drain when its buffer is full, so --all never piles pages up in memory. */
export async function write(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (chunk !== "" && !stream.write(chunk)) await once(stream, "drain");
}

/** Field names whose string values are secrets, in answers and in printed request bodies. */
export const SECRET_FIELDS = new Set([
  "clientSecret",
  "client_secret",
  "serverToken",
  "accessToken",
  "access_token",
  "refreshToken",
  "refresh_token",
  "token",
  "password",
]);

/** Paths of the non-empty secret fields in an answer. */
export function secretPaths(value: unknown, path = ""): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => secretPaths(v, `${path}[${i}]`));
  if (value === null || typeof value !== "object") return [];
  const found: string[] = [];
  for (const [key, inner] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key;
    if (SECRET_FIELDS.has(key) && typeof inner === "string" && inner !== "") found.push(here);
    else found.push(...secretPaths(inner, here));
  }
  return found;
}

/** A copy with the non-empty values of `keys` replaced by `[REDACTED]`. */
export function maskSecrets<T>(value: T, keys: ReadonlySet<string> = SECRET_FIELDS): T {
  if (Array.isArray(value)) return value.map((v) => maskSecrets(v, keys)) as T;
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = keys.has(key) && typeof inner === "string" && inner !== "" ? "[REDACTED]" : maskSecrets(inner, keys);
  }
  return out as T;
}

/** `json`: exactly the SDK's answer, indented; `jsonl`: one line per item of a list, else one line. */
export function render(value: unknown, format: OutputFormat): string {
  if (value === undefined) return "";
  if (format === "json") return `${JSON.stringify(value, null, 2)}\n`;
  if (format === "jsonl") {
    const items = itemsOf(value);
    return items ? lines(items) : `${JSON.stringify(value)}\n`;
  }
  return table(value);
}

export function itemsOf(value: unknown): unknown[] | undefined {
  const items = (value as { items?: unknown } | null)?.items;
  return Array.isArray(items) ? items : undefined;
}

export function lines(items: unknown[]): string {
  let out = "";
  for (const item of items) out += `${JSON.stringify(item)}\n`;
  return out;
}

const MAX_COLUMNS = 8;
const MAX_CELL = 48;

function isScalar(value: unknown): boolean {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}

function cell(value: unknown): string {
  let text: string;
  if (value === undefined || value === null) text = "";
  else if (Array.isArray(value) && value.every(isScalar)) text = value.join(", ");
  else if (typeof value === "object") text = JSON.stringify(value);
  else text = String(value);
  text = text.replace(/\s+/g, " ");
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
}

/** Rows of objects as aligned columns: the scalar fields of the first rows, id and name first. */
export function grid(rows: unknown[]): string {
  if (rows.length === 0) return "(none)\n";
  const columns: string[] = [];
  for (const row of rows.slice(0, 50)) {
    if (row === null || typeof row !== "object") continue;
    for (const [key, value] of Object.entries(row)) {
      if (!columns.includes(key) && (isScalar(value) || (Array.isArray(value) && value.every(isScalar)))) {
        columns.push(key);
      }
    }
  }
  if (columns.length === 0) return lines(rows);
  const rank = (key: string) => (key === "id" ? 0 : key === "name" ? 1 : 2);
  const shown = columns.sort((a, b) => rank(a) - rank(b)).slice(0, MAX_COLUMNS);
  const cells = rows.map((row) => shown.map((key) => cell((row as Record<string, unknown>)?.[key])));
  const widths = shown.map((key, i) => Math.max(key.length, ...cells.map((r) => (r[i] as string).length)));
  const line = (parts: string[]) =>
    `${parts
      .map((part, i) => part.padEnd(widths[i] as number))
      .join("  ")
      .trimEnd()}\n`;
  return line(shown) + cells.map(line).join("");
}

function keyValues(value: Record<string, unknown>, prefix = ""): string[] {
  const out: string[] = [];
  for (const [key, inner] of Object.entries(value)) {
    const name = prefix + key;
    if (inner !== null && typeof inner === "object" && !Array.isArray(inner)) {
      out.push(...keyValues(inner as Record<string, unknown>, `${name}.`));
    } else {
      out.push(`${name}: ${cell(inner)}`);
    }
  }
  return out;
}

/** What a terminal shows: lists as columns, single resources as `field: value` lines. */
export function table(value: unknown): string {
  if (value === null || typeof value !== "object") return `${cell(value)}\n`;
  let out = "";
  const entries = Object.entries(value as Record<string, unknown>);
  for (const [key, inner] of entries) {
    if (Array.isArray(inner) && inner.some((v) => v !== null && typeof v === "object")) {
      out += `${key === "items" ? "" : `${key}:\n`}${grid(inner)}`;
    } else if (inner !== null && typeof inner === "object" && !Array.isArray(inner)) {
      // `{ application }` reads best unprefixed; `{ serviceAccount, credentials }` needs the names.
      out += `${keyValues(inner as Record<string, unknown>, entries.length > 1 ? `${key}.` : "").join("\n")}\n`;
    } else if (key === "nextCursor") {
      if (inner) out += `\nmore: --cursor ${String(inner)}\n`;
    } else if (key === "items") {
      out += "(none)\n";
    } else {
      out += `${key}: ${cell(inner)}\n`;
    }
  }
  return out;
}
