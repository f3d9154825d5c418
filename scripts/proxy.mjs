// A counting proxy in front of a local server (the sandbox): it records every request and forwards
// it, unless `intercept` answers it first (an injected fault) or holds it (latency). Used by the
// config tests (test/cli-config/harness.ts) and the config bench (bench/config.mjs).
import { createServer, request } from "node:http";

/** Starts the proxy to `origin` on 127.0.0.1 at a free port. */
export async function startProxy(origin, intercept) {
  const target = new URL(origin);
  const seen = [];
  const forwarded = [];
  const server = createServer(async (req, res) => {
    const entry = { method: req.method ?? "", path: req.url ?? "" };
    seen.push(entry);
    if (intercept && (await intercept(entry, res))) {
      req.resume();
      return;
    }
    forwarded.push(entry);
    const upstream = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    seen,
    forwarded,
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
