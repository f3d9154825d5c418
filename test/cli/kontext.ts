// Runs the built `kontext`, and checks every run's stdout and stderr for the secrets the run was given:
// `kontext` calls the built CLI's `main` in this process (what the bin does, less its process wiring),
// `kontextBin` runs the bin as a child process, the way a shell does, for what only a process shows.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { pathToFileURL } from "node:url";
import { expect } from "vitest";
import { commandTable, type Namespaces } from "../../src/cli/commands.js";
import { assertBuilt, root } from "../package/built.js";

export const BIN = join(root, "dist/src/cli/bin.js");
const MAIN = join(root, "dist/src/cli/main.js");

/** Fails early, saying to build, when the bin is missing or older than src/cli. */
export function assertBinBuilt(): void {
  assertBuilt();
  if (!existsSync(BIN)) throw new Error(`${BIN} missing: run \`npm run build\` first`);
  if (statSync(join(root, "src/cli/run.ts")).mtimeMs > statSync(BIN).mtimeMs) {
    throw new Error("dist/src/cli is older than src/cli: run `npm run build`");
  }
}

/** The command table of the built package, from the spec it ships. */
export function builtTable(): Namespaces {
  return commandTable(JSON.parse(readFileSync(join(root, "dist/openapi.json"), "utf8")));
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  /** Written to stdin, which is then closed. */
  input?: string;
  /** Strings that must appear in neither stdout nor stderr (the env's secrets are added). */
  secrets?: string[];
}

/** Every secret a test has handed to a run or seen issued: none may ever be printed. */
export const knownSecrets = new Set<string>();

/** The environment of a run: only PATH, HOME and `env`. */
function environment(options: RunOptions): Record<string, string> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp" };
  for (const [name, value] of Object.entries(options.env ?? {})) if (value !== undefined) env[name] = value;
  return env;
}

/** Fails the test when stdout or stderr shows a known secret, one given in `options`, or one in `env`. */
function scan(args: string[], run: Run, env: Record<string, string>, options: RunOptions): Run {
  const secrets = [...knownSecrets, ...(options.secrets ?? [])];
  for (const name of ["KONTEXT_CLIENT_SECRET", "KONTEXT_ACCESS_TOKEN"]) {
    const value = env[name];
    if (value) secrets.push(value);
  }
  for (const secret of secrets) {
    expect(run.stdout, `stdout of kontext ${args.join(" ")}`).not.toContain(secret);
    expect(run.stderr, `stderr of kontext ${args.join(" ")}`).not.toContain(secret);
  }
  return run;
}

/** A pipe's end that keeps what is written to it. */
function collector(): { stream: Writable; text: () => string } {
  let text = "";
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, text: () => text };
}

/**
 * `kontext …args` in this process: the built CLI's `main` with stdout, stderr and stdin as pipes (no
 * terminal) and only PATH, HOME and `env` as its environment. Its requests are real ones, over sockets.
 */
export async function kontext(args: string[], options: RunOptions = {}): Promise<Run> {
  const { main } = (await import(pathToFileURL(MAIN).href)) as typeof import("../../src/cli/main.js");
  const env = environment(options);
  const stdout = collector();
  const stderr = collector();
  const code = await main({
    argv: args,
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin: Readable.from(options.input === undefined || options.input === "" ? [] : [options.input]),
    stdoutIsTTY: false,
    stdinIsTTY: false,
    stderrIsTTY: false,
    env,
  });
  return scan(args, { code, stdout: stdout.text(), stderr: stderr.text() }, env, options);
}

/** `kontext …args` as a child process of the built bin, with only PATH, HOME and `env` in its environment. */
export function kontextBin(args: string[], options: RunOptions = {}): Promise<Run> {
  const env = environment(options);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: root, env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve(scan(args, { code: code ?? -1, stdout, stderr }, env, options)));
    child.stdin.on("error", () => {}); // a command that never reads stdin may exit before it is written
    child.stdin.end(options.input ?? "");
  });
}

/** Parses stdout as one JSON document. */
export function parsed(run: Run): unknown {
  try {
    return JSON.parse(run.stdout);
  } catch {
    throw new Error(`stdout is not JSON (exit ${run.code}):\n${run.stdout}\nstderr:\n${run.stderr}`);
  }
}

/** Parses stdout as JSON lines. */
export function jsonLines(run: Run): unknown[] {
  return run.stdout
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line));
}

/** Runs `fn` over `items` with at most `limit` in flight (child processes share two cores). */
export async function pool<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i] as T);
      }
    }),
  );
  return results;
}
