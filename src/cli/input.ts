/**
 * Where a command reads a file or stdin (`--data @file`, `--data -`, `plan -f`, the `--*-file`
 * secrets), with one error shape for a file that cannot be read.
 * @module
 */
import { readFileSync } from "node:fs";
import { UsageError } from "./context.js";

/** The text of the file at `path`; `flag` names where the path came from in the error. */
export function readFileInput(path: string, flag: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new UsageError(
      `${flag} ${JSON.stringify(path)} cannot be read (${(error as { code?: string }).code ?? "unreadable"})`,
    );
  }
}

/** The text of `source`: stdin for `-`, else the file at that path. */
export async function readInput(source: string, flag: string, stdin: NodeJS.ReadableStream): Promise<string> {
  if (source !== "-") return readFileInput(source, flag);
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}
