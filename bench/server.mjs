// The bench's API server: a keep-alive node:http server on 127.0.0.1, run in its own process
// (`startBenchServer()` forks this file) so that its work does not share an event loop with the
// client being measured.
//   POST /oauth2/token              a bearer token with expires_in 3600 (counted)
//   GET  /api/v1/applications/{id}  a fixed { application } body
//   GET  /api/v1/applications       pages of `limit` applications made on the fly, cursors c1..c{pages-1}
//   GET  /__bench/stats, POST /__bench/reset   the token request count, for bench/tokens.mjs
import { fork } from "node:child_process";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import { ACCESS_TOKEN, APP_ID, application } from "./fixtures.mjs";

/** Starts the server in a child process; resolves to its origin and a `stop()`. */
export function startBenchServer() {
  const child = fork(fileURLToPath(import.meta.url), { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("message", ({ port }) =>
      resolve({ port, origin: `http://127.0.0.1:${port}`, stop: () => child.disconnect() }),
    );
  });
}

const PAGES = 1_000;
const JSON_TYPE = "application/json";
const appBody = Buffer.from(JSON.stringify({ application: application() }));
const tokenBody = Buffer.from(
  JSON.stringify({ access_token: ACCESS_TOKEN, token_type: "Bearer", expires_in: 3600, scope: "management:all" }),
);
// One item as JSON with a placeholder id, so that a page is built by string concatenation.
const ITEM = JSON.stringify(application("__ID__", "__N__")).split(/__ID__|__N__/);
let tokenRequests = 0;

function item(n) {
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
  // ITEM alternates id and n slots in the order they appear in the object.
  let out = ITEM[0];
  for (let i = 1; i < ITEM.length; i++) out += (i === 2 ? n : id) + ITEM[i];
  return out;
}

function page(pageIndex, limit) {
  let body = '{"items":[';
  const first = pageIndex * limit;
  for (let i = 0; i < limit; i++) body += (i ? "," : "") + item(first + i);
  const next = pageIndex + 1 < PAGES ? `"c${pageIndex + 1}"` : "null";
  return `${body}],"nextCursor":${next}}`;
}

function send(res, status, body) {
  res.writeHead(status, { "content-type": JSON_TYPE, "content-length": Buffer.byteLength(body) });
  res.end(body);
}

function serve() {
  const server = createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
    const url = req.url ?? "/";
    if (req.method === "POST" && url === "/oauth2/token") {
      tokenRequests++;
      req.resume();
      req.on("end", () => send(res, 200, tokenBody));
      return;
    }
    if (url.startsWith("/__bench/")) {
      if (url === "/__bench/reset") tokenRequests = 0;
      send(res, 200, JSON.stringify({ tokenRequests }));
      return;
    }
    if (req.headers.authorization !== `Bearer ${ACCESS_TOKEN}`) {
      send(res, 401, '{"error":"unauthorized","message":"Missing or invalid bearer token"}');
      return;
    }
    if (url === `/api/v1/applications/${APP_ID}`) {
      send(res, 200, appBody);
      return;
    }
    if (url.startsWith("/api/v1/applications?")) {
      const query = new URLSearchParams(url.slice(url.indexOf("?") + 1));
      const limit = Math.min(200, Number(query.get("limit") ?? 20));
      const cursor = query.get("cursor");
      send(res, 200, page(cursor ? Number(cursor.slice(1)) : 0, limit));
      return;
    }
    send(res, 404, '{"error":"not_found","message":"No such route"}');
  });
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 61_000;
  server.listen(0, "127.0.0.1", () => {
    process.send?.({ port: server.address().port });
  });
  process.on("disconnect", () => process.exit(0));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) serve();
