// Starts Prism on openapi.yaml: the mock the tests, `npm run mock` and users' own tests run against.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Finds a free loopback port. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs `prism mock` with request validation and `--errors` (an example that breaks its own schema
 * becomes a 500), and resolves once it answers. Returns its URL and a stop function.
 */
export async function startPrism({ port, spec = "openapi.yaml", quiet = true } = {}) {
  const p = port ?? (await freePort());
  const child = spawn(
    process.execPath,
    [
      `${root}node_modules/@stoplight/prism-cli/dist/index.js`,
      "mock",
      spec,
      "--errors",
      "--host",
      "127.0.0.1",
      "--port",
      String(p),
    ],
    { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
  );
  let log = "";
  const collect = (chunk) => {
    log += chunk;
    if (!quiet) process.stderr.write(chunk);
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  const url = `http://127.0.0.1:${p}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Prism exited with ${child.exitCode}:\n${log}`);
    if (/Prism is listening/.test(log)) break;
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`Prism did not start within 30 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return { url, port: p, stop, log: () => log };
}
