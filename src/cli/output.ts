/**
 * What `kontext` prints: JSON, JSON lines, or a table that fits the terminal; secrets masked by the
 * client's rule (`isSecretKey`); `--all` streamed page by page.
 * @module
 */
import { once } from "node:events";
import { isSecretKey } from "../core/redact.js";
import type { CommandSpec } from "./commands.js";
import { type CliContext, EXIT, type OutputFormat } from "./context.js";

/** Writes and waits for the stream to drain when its buffer is full, so --all never piles pages up in memory. */
export async function write(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (chunk !== "" && !stream.write(chunk)) await once(stream, "drain");
}

/** Paths of the non-empty secret fields in an answer. */
export function secretPaths(value: unknown, path = ""): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => secretPaths(v, `${path}[${i}]`));
  if (value === null || typeof value !== "object") return [];
  const found: string[] = [];
  for (const [key, inner] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key;
    if (isSecretKey(key) && typeof inner === "string" && inner !== "") found.push(here);
    else found.push(...secretPaths(inner, here));
  }
  return found;
}

/** A copy with the non-empty secret values replaced by `[REDACTED]`. */
export function maskSecrets<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => maskSecrets(v)) as T;
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = isSecretKey(key) && typeof inner === "string" && inner !== "" ? "[REDACTED]" : maskSecrets(inner);
  }
  return out as T;
}

/**
 * `json`: exactly the SDK's answer, indented; `jsonl`: one line per item of a list, else one line;
 * `table`: fitted to `columns` when given (a terminal), whole otherwise (a pipe).
 */
export function render(value: unknown, format: OutputFormat, columns?: number): string {
  if (value === undefined) return "";
  if (format === "json") return `${JSON.stringify(value, null, 2)}\n`;
  if (format === "jsonl") {
    const items = itemsOf(value);
    return items ? lines(items) : `${JSON.stringify(value)}\n`;
  }
  return table(value, columns);
}

/** The items of a list answer: `{ items }`, or a bare array (listPolicyRules). */
export function itemsOf(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  const items = (value as { items?: unknown } | null)?.items;
  return Array.isArray(items) ? items : undefined;
}

export function lines(items: unknown[]): string {
  let out = "";
  for (const item of items) out += `${JSON.stringify(item)}\n`;
  return out;
}

/** The longest cell a terminal shows; in a pipe (no `columns`) cells are whole. */
const MAX_CELL = 48;

function isScalar(value: unknown): boolean {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}

/** A value a cell shows as text: a scalar, or an array of scalars. */
function isFlat(value: unknown): boolean {
  return isScalar(value) || (Array.isArray(value) && value.every(isScalar));
}

function cell(value: unknown, columns: number | undefined): string {
  let text: string;
  if (value === undefined || value === null) text = "";
  else if (Array.isArray(value) && value.every(isScalar)) text = value.join(", ");
  else if (typeof value === "object") text = JSON.stringify(value);
  else text = String(value);
  text = text.replace(/\s+/g, " ");
  return columns !== undefined && text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
}

/** Cuts a line to `columns` characters, marking the cut. */
function cutTo(line: string, columns: number | undefined): string {
  return columns !== undefined && line.length > columns ? `${line.slice(0, Math.max(columns - 1, 0))}…` : line;
}

/**
 * Rows of objects as aligned columns, id and name first. In a pipe (no `columns`), every field of
 * every row, whole. Within `columns` (a terminal), the fields that are flat in every row, as many as fit.
 */
export function grid(rows: unknown[], columns?: number): string {
  if (rows.length === 0) return "(none)\n";
  const fields: string[] = [];
  const nested = new Set<string>();
  for (const row of rows) {
    if (row === null || typeof row !== "object") continue;
    for (const [key, value] of Object.entries(row)) {
      if (!fields.includes(key)) fields.push(key);
      if (!isFlat(value)) nested.add(key);
    }
  }
  const kept = columns === undefined ? fields : fields.filter((key) => !nested.has(key));
  if (kept.length === 0) return lines(rows);
  const rank = (key: string) => (key === "id" ? 0 : key === "name" ? 1 : 2);
  const shown = kept.sort((a, b) => rank(a) - rank(b));
  let cells = rows.map((row) => shown.map((key) => cell((row as Record<string, unknown>)?.[key], columns)));
  let widths = shown.map((key, i) => Math.max(key.length, ...cells.map((r) => (r[i] as string).length)));
  // On a terminal, the fields on the right give way until a row fits; a last one too wide is cut.
  const total = () => widths.reduce((sum, w) => sum + w, 0) + 2 * (widths.length - 1);
  while (columns !== undefined && shown.length > 1 && total() > columns) {
    shown.pop();
    widths = widths.slice(0, shown.length);
    cells = cells.map((r) => r.slice(0, shown.length));
  }
  const line = (parts: string[]) =>
    `${cutTo(
      parts
        .map((part, i) => part.padEnd(widths[i] as number))
        .join("  ")
        .trimEnd(),
      columns,
    )}\n`;
  return line(shown) + cells.map(line).join("");
}

function keyValues(value: Record<string, unknown>, columns: number | undefined, prefix = ""): string[] {
  const out: string[] = [];
  for (const [key, inner] of Object.entries(value)) {
    const name = prefix + key;
    if (inner !== null && typeof inner === "object" && !Array.isArray(inner)) {
      out.push(...keyValues(inner as Record<string, unknown>, columns, `${name}.`));
    } else {
      out.push(`${name}: ${cell(inner, columns)}`);
    }
  }
  return out;
}

/** What a terminal shows: lists as columns, single resources as `field: value` lines, each within `columns` when given. */
export function table(value: unknown, columns?: number): string {
  if (value === null || typeof value !== "object") return `${cutTo(cell(value, columns), columns)}\n`;
  if (Array.isArray(value)) return grid(value, columns);
  let out = "";
  const entries = Object.entries(value as Record<string, unknown>);
  for (const [key, inner] of entries) {
    if (Array.isArray(inner) && inner.some((v) => v !== null && typeof v === "object")) {
      out += `${key === "items" ? "" : `${key}:\n`}${grid(inner, columns)}`;
    } else if (inner !== null && typeof inner === "object" && !Array.isArray(inner)) {
      // `{ application }` reads best unprefixed; `{ serviceAccount, credentials }` needs the names.
      const prefix = entries.length > 1 ? `${key}.` : "";
      out += `${keyValues(inner as Record<string, unknown>, columns, prefix)
        .map((line) => cutTo(line, columns))
        .join("\n")}\n`;
    } else if (key === "nextCursor") {
      if (inner) out += `\nmore: --cursor ${String(inner)}\n`;
    } else if (key === "items") {
      out += "(none)\n";
    } else {
      out += `${cutTo(`${key}: ${cell(inner, columns)}`, columns)}\n`;
    }
  }
  return out;
}

const CLEAR_LINE = "\r\x1b[K";

/** `--all`: every page's items as JSON lines as they arrive, with progress on stderr on a terminal. */
export async function streamAll(ctx: CliContext, command: CommandSpec, result: unknown): Promise<number> {
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
