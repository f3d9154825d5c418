/**
 * What every `kontext` command receives, and the contract between the dispatcher and the command
 * modules (the namespace commands here, `plan` / `apply` / `export` in `./config/`).
 * @module
 */
import type { KontextManagementClient } from "../management.js";
import type { KontextManagementClientOptions } from "../options.js";

/** The output formats of `--output`. */
export type OutputFormat = "json" | "jsonl" | "table";

/** The process around the command line; tests and the bin pass their own. */
export interface Io {
  argv: string[];
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  stdoutIsTTY: boolean;
  stdinIsTTY: boolean;
  stderrIsTTY: boolean;
  /** The terminal's width when stdout is one (table output fits it); undefined in a pipe. */
  columns?: number | undefined;
  env: Record<string, string | undefined>;
}

export interface CliContext extends Io {
  /** The arguments after the command name (global flags already removed). */
  argv: string[];
  /**
   * The client from the environment and the global flags, built once; with `overrides`, a new one
   * with those options on top (an `accessToken` there stands in for the credentials). Throws
   * `ConfigError` when credentials are missing.
   */
  client(overrides?: Partial<KontextManagementClientOptions>): KontextManagementClient;
  /** `--verbose`: the client's requests and retries are logged to stderr, masked. */
  verbose: boolean;
  /** `--output` when given (a global flag); `undefined` means each command picks its default. */
  output: OutputFormat | undefined;
}

/** The declarative configuration commands, in ./config/ (loaded only when one of them runs). */
export const CONFIG_COMMANDS = ["plan", "apply", "export"] as const;

/** A command: resolves to the exit code; a thrown error is mapped to its exit code by main. */
export type Command = (ctx: CliContext) => Promise<number>;

/** Exit codes of `kontext`, documented in `kontext --help` and the README. */
export const EXIT = {
  ok: 0,
  other: 1,
  usage: 2,
  auth: 3,
  notFound: 4,
  conflict: 5,
  rateLimited: 6,
  network: 7,
  server: 8,
} as const;

/** Bad command-line input (unknown command or flag, a bad value): exit code 2, nothing sent. */
export class UsageError extends Error {
  /** The help to point at, e.g. `kontext applications create --help`. */
  readonly hint: string | undefined;

  constructor(message: string, hint?: string) {
    super(message);
    this.hint = hint;
  }
}
Object.defineProperty(UsageError.prototype, "name", { value: "UsageError" });
