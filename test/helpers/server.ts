// A real node:http server on 127.0.0.1:0 for behaviour Prism cannot produce: expiry, 401s,
// retries, hangs, dropped connections, malformed bodies. Every request is recorded.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type ClientSettings, type CredentialsAuthOptions, KontextManagementClient } from "../../src/management.js";

export interface RecordedRequest {
  method: string;
  /** Path and query, as the client sent them. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** `performance.now()` when the request's body had arrived. */
  at: number;
}

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
    const chunks: Buffer[] = [];
    raw.on("data", (chunk: Buffer) => chunks.push(chunk));
    raw.on("end", () => {
      const req: RecordedRequest = {
        method: raw.method ?? "",
        url: raw.url ?? "",
        headers: raw.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        at: performance.now(),
      };
      requests.push(req);
      Promise.resolve(current ? current(req, res, raw) : json(res, 404, { message: "no handler" })).catch(
        (error: unknown) => {
          if (!res.headersSent) json(res, 500, { message: `test handler failed: ${String(error)}` });
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
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

export interface TokenEndpointOptions {
  /** `expires_in` of every issued token, in seconds; omitted from the answer when null. */
  expiresIn?: number | null;
  /** Milliseconds to wait before answering, so that concurrent callers overlap. */
  delayMs?: number;
}

export interface TokenEndpoint {
  /** Answers `POST /oauth2/token` with `tok-1`, `tok-2`, …; false for any other request. */
  handle(req: RecordedRequest, res: ServerResponse): boolean;
  /** Tokens issued so far, in order. */
  issued: string[];
}

/** The token-endpoint piece of a handler. */
export function tokenEndpoint(options: TokenEndpointOptions = {}): TokenEndpoint {
  const issued: string[] = [];
  return {
    issued,
    handle(req, res) {
      if (!req.url.startsWith("/oauth2/token")) return false;
      const token = `tok-${issued.length + 1}`;
      issued.push(token);
      const expiresIn = options.expiresIn === undefined ? 3600 : options.expiresIn;
      const body = { access_token: token, token_type: "Bearer", ...(expiresIn !== null && { expires_in: expiresIn }) };
      if (options.delayMs) setTimeout(() => res.destroyed || json(res, 200, body), options.delayMs);
      else json(res, 200, body);
      return true;
    },
  };
}

/** Serves tokens from a fresh token endpoint and hands every other request to `api`. */
export function serveWithTokens(server: TestServer, api: Handler, options: TokenEndpointOptions = {}): TokenEndpoint {
  const tokens = tokenEndpoint(options);
  server.handle((req, res, raw) => {
    if (tokens.handle(req, res)) return;
    return api(req, res, raw);
  });
  return tokens;
}

/** The bearer token a request carried, or undefined. */
export function bearer(req: RecordedRequest): string | undefined {
  const value = req.headers.authorization;
  return value?.startsWith("Bearer ") ? value.slice(7) : undefined;
}

export const CLIENT_ID = "sa_test";
export const CLIENT_SECRET = "s3cr3t-VALUE";

/** A client of `server` with service-account credentials and fast retries. */
export function clientFor(
  server: { url: string },
  options: Partial<ClientSettings & CredentialsAuthOptions> = {},
): KontextManagementClient {
  return new KontextManagementClient({
    baseUrl: server.url,
    credentials: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
    retryDelay: 5,
    timeout: 5_000,
    ...options,
  });
}

/** A fetch that records each attempt (`METHOD url`) before passing it to the real one. */
export function countingFetch(): { attempts: string[]; fetch: typeof fetch } {
  const attempts: string[] = [];
  return {
    attempts,
    fetch: (input, init) => {
      attempts.push(`${init?.method ?? "GET"} ${String(input)}`);
      return fetch(input, init);
    },
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The rejection of `promise`, failing the test when it resolves. */
export async function rejection(promise: PromiseLike<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail, but it succeeded");
}

export const APPLICATION = {
  id: "app_1",
  name: "Demo",
  description: null,
  oauth: { type: "confidential", clientId: "app_client", redirectUris: [] },
};
