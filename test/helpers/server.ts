// A node:http server with node-style handlers (`res.writeHead`, `json(res, …)`), kept for test/cli,
// which runs the command line in a child process against it. Other tests use ./api.ts: web-standard
// handlers served in process as an injected fetch, or on a socket with `listen()`. Both record
// requests the same way (`record` in ./api.ts).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { closed, type RecordedRequest, record, requestOf } from "./api.js";

export type { RecordedRequest } from "./api.js";

export type Handler = (req: RecordedRequest, res: ServerResponse, raw: IncomingMessage) => void | Promise<void>;

export interface TestServer {
  /** `http://127.0.0.1:<port>`, the client's baseUrl. */
  url: string;
  /** Every request received, token requests included, in arrival order. */
  requests: RecordedRequest[];
  /** Requests to the API (`/api/...`) only. */
  apiRequests(): RecordedRequest[];
  /** Requests to the token endpoint only. */
  tokenRequests(): RecordedRequest[];
  /** Replaces the handler for the requests that follow. */
  handle(handler: Handler): void;
  close(): Promise<void>;
}

/** Starts a server answering with `handler` (404 when none is set). */
export async function startServer(handler?: Handler): Promise<TestServer> {
  let current: Handler | undefined = handler;
  const requests: RecordedRequest[] = [];
  const server = createServer((raw, res) => {
    const signal = closed(res);
    void requestOf(raw, url)
      .then((request) => record(request, signal))
      .then(async (req) => {
        requests.push(req);
        await (current ? current(req, res, raw) : json(res, 404, { message: "no handler" }));
      })
      .catch((error: unknown) => {
        if (!res.headersSent) json(res, 500, { message: `test handler failed: ${String(error)}` });
      });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    apiRequests: () => requests.filter((r) => r.url.startsWith("/api/")),
    tokenRequests: () => requests.filter((r) => r.url.startsWith("/oauth2/token")),
    handle(next) {
      current = next;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Sends a JSON answer. */
export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}
