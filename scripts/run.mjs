// Tiny helpers for the other scripts: run a local binary, fail loudly.
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("..", import.meta.url));

/** Runs a command from node_modules/.bin (or any command) in the repo root; exits on failure. */
export function run(command, args, { quiet = false, env } = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    env: { ...process.env, ...env, PATH: `${root}node_modules/.bin:${process.env.PATH}` },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    if (quiet) process.stderr.write(`${result.stdout ?? ""}${result.stderr ?? ""}`);
    console.error(`\n${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
  return result;
}

/**
 * Runs commands at the same time (each as `run` would), with their output kept apart and printed
 * when each ends (a `quiet` one's only if it fails); exits on a failure. `[label, command, args, { quiet }]` each.
 */
export async function runAll(commands) {
  const results = await Promise.all(
    commands.map(
      ([label, command, args, { quiet = false } = {}]) =>
        new Promise((resolve) => {
          const child = spawn(command, args, {
            cwd: root,
            stdio: ["ignore", "pipe", "pipe"],
            env: { ...process.env, PATH: `${root}node_modules/.bin:${process.env.PATH}` },
          });
          let output = "";
          child.stdout.on("data", (chunk) => {
            output += chunk;
          });
          child.stderr.on("data", (chunk) => {
            output += chunk;
          });
          child.on("close", (status, signal) => {
            if (!quiet || status !== 0) process.stdout.write(`\n> ${label}\n${output}`);
            resolve({ label, command, args, status: status ?? signal });
          });
        }),
    ),
  );
  const failed = results.find((r) => r.status !== 0);
  if (failed) {
    console.error(`\n${failed.command} ${failed.args.join(" ")} failed (exit ${failed.status})`);
    process.exit(typeof failed.status === "number" ? failed.status : 1);
  }
}
