// The sandbox behind a counting proxy, and the built `kontext` (dist/) run against it: its `main` in
// this process, or the bin as a child process where a signal has to reach it.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Seen, startProxy } from "../../scripts/proxy.mjs";
import { KontextManagementClient } from "../../src/management.js";
import { type Sandbox, startSandbox } from "../../src/sandbox/index.js";
import { kontext as inProcess } from "../cli/kontext.js";
import { root } from "../package/built.js";

export type { Seen };

export interface Harness {
  sandbox: Sandbox;
  /** The proxy's origin: what the bin talks to. */
  url: string;
  /** Every request the bin sent through the proxy, in order. */
  seen: Seen[];
  /** Milliseconds the proxy holds a request before forwarding it (latency neither the sandbox nor Prism has). */
  delay: ((request: Seen) => number) | undefined;
  /** A client straight to the sandbox, to arrange and to check state (not counted). */
  client: KontextManagementClient;
  dir: string;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const sandbox = await startSandbox({ strict: true });
  const harness = { delay: undefined } as Pick<Harness, "delay">;
  const proxy = await startProxy(sandbox.url, async (entry) => {
    const ms = harness.delay?.(entry) ?? 0;
    if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
    return false;
  });
  const client = new KontextManagementClient({ baseUrl: sandbox.url, credentials: sandbox.credentials, maxRetries: 0 });
  return Object.assign(harness, {
    sandbox,
    url: proxy.url,
    seen: proxy.seen,
    client,
    dir: mkdtempSync(join(tmpdir(), "kontext-config-")),
    async close() {
      await proxy.close();
      await sandbox.close();
    },
  });
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `kontext …args` against the harness's proxy, with the sandbox's credentials in the environment:
 * in this process, or with `interruptAt` as the bin, sent SIGINT once its stdout shows that text.
 */
export function kontext(
  h: Harness,
  args: string[],
  options: { env?: Record<string, string>; input?: string; interruptAt?: string } = {},
): Promise<Run> {
  const env = {
    KONTEXT_BASE_URL: h.url,
    KONTEXT_CLIENT_ID: h.sandbox.credentials.clientId,
    KONTEXT_CLIENT_SECRET: h.sandbox.credentials.clientSecret,
    ...options.env,
  };
  const { interruptAt } = options;
  if (interruptAt === undefined) return inProcess(args, { env, input: options.input });
  const child = spawn(process.execPath, [join(root, "dist/src/cli/bin.js"), ...args], {
    cwd: h.dir,
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  let interrupted = false;
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
    // Ctrl-C once the output shows `interruptAt`.
    if (!interrupted && stdout.includes(interruptAt)) {
      interrupted = true;
      child.kill("SIGINT");
    }
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdin.end(options.input ?? "");
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Writes `text` to FILE in the harness's directory and returns its path. */
export function file(h: Harness, name: string, text: string): string {
  const path = join(h.dir, name);
  writeFileSync(path, text);
  return path;
}
