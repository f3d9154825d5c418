/// <reference types="node" />
// startSandbox: the sandbox's handler behind a node:http server, for tools that need a real URL
// (another process, the kontext CLI, curl). Everything the sandbox answers comes from handler.ts.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { MAX_BODY } from "./handler.js";
import { openSandbox, type Sandbox, type SandboxOptions } from "./sandbox.js";

/**
 * Starts a sandbox on 127.0.0.1 (a free port unless `port` is given).
 *
 * @example
 * const sandbox = await startSandbox({ seed: true });
 * const client = new KontextManagementClient({ baseUrl: sandbox.url, credentials: sandbox.credentials });
 * await client.applications.create({ name: "Support Agent", oauth: { type: "public", redirectUris: [] } });
 * await sandbox.close();
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new TypeError(`startSandbox: port must be an integer from 0 to 65535 (got ${String(port)})`);
  }
  const { handler, credentials } = openSandbox(options, "startSandbox");
  const host = options.host ?? "127.0.0.1";
  let origin = "";
  const server = createServer((req, res) => {
    readBody(req)
      .then((body) =>
        handler.answer({
          method: req.method ?? "GET",
          url: new URL(req.url ?? "/", origin),
          header: headerOf(req),
          body,
        }),
      )
      .then((answer) => {
        res.writeHead(answer.status, answer.headers).end(answer.body);
      })
      .catch((error: unknown) => res.destroy(error instanceof Error ? error : undefined));
  });
  // Longer than clients keep idle sockets (undici: 4 s), so a client never reuses one the sandbox is closing.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  origin = `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`;
  let closed: Promise<void> | undefined;
  return {
    url: origin,
    credentials,
    violations: handler.violations,
    fetch: (input, init) => fetch(typeof input === "string" ? new URL(input, origin) : input, init),
    failNext: (fault = {}) => handler.failNext(fault),
    reset: () => handler.reset(),
    close() {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

function headerOf(req: IncomingMessage): (name: string) => string | undefined {
  return (name) => {
    const value = req.headers[name];
    return Array.isArray(value) ? value.join(", ") : value;
  };
}

/** The body, read up to just past MAX_BODY (the handler answers 413 then); the rest is drained unread. */
function readBody(req: IncomingMessage): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      if (size > MAX_BODY) return;
      size += chunk.length;
      chunks.push(chunk);
    });
    req.on("end", () => resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
