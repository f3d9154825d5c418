// The test API of the unit tests: a handler from a recorded request to a web-standard Response,
// served in process as the client's injected `fetch` (no socket, nothing global patched) and, for
// the few behaviours that exist only on a socket (a dropped connection, fetch's own cross-origin
// redirect), served unchanged over node:http on 127.0.0.1:0. Every request is recorded either way.
import { createServer, type IncomingMessage, type Server, type ServerResponse, STATUS_CODES } from "node:http";
import type { AddressInfo } from "node:net";
import { type ClientSettings, type CredentialsAuthOptions, KontextManagementClient } from "../../src/management.js";

export interface RecordedRequest {
  method: string;
  /** Path and query, as the client sent them. */
  url: string;
  /** Header names in lower case; repeated headers joined with ", " as fetch and node:http do. */
  headers: Record<string, string>;
  body: string;
  /** `performance.now()` when the request's body had arrived. */
  at: number;
  /** Aborted once nobody waits for the answer: the client gave up (abort, timeout, closed connection) or the API closed. */
  signal: AbortSignal;
}

/** Answers one request; a `Response.error()` is a network error, as in a service worker. */
export type Handler = (request: RecordedRequest) => Response | Promise<Response>;

/** Where a client sends its requests: a base URL and, in process, the fetch that reaches it. */
export interface Endpoint {
  url: string;
  fetch?: typeof fetch;
}

export interface TestApi extends Endpoint {
  /** `https://api.test`: the client's baseUrl in process. */
  readonly url: string;
  /** Hands each request to the handler in process, honouring the signal, `redirect` and one-time bodies like fetch. */
  readonly fetch: typeof fetch;
  /** Every request received, token requests included, in arrival order, in process and on sockets alike. */
  requests: RecordedRequest[];
  /** Requests to the API (`/api/...`) only. */
  apiRequests(): RecordedRequest[];
  /** Requests to the token endpoint only. */
  tokenRequests(): RecordedRequest[];
  /** Replaces the handler for the requests that follow. */
  handle(handler: Handler): void;
  /** Serves the same handler and request log over node:http on 127.0.0.1:0; the endpoint is reached with real fetch. */
  listen(): Promise<Endpoint>;
  /** Ends every request in flight, as a closed connection would, and stops the servers `listen` started. */
  close(): Promise<void>;
}

export const API_URL = "https://api.test";

// RFC 9110 §15.4: the statuses fetch follows when a Location is given.
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** A test API answering with `handler` (404 when none is set). */
export function testApi(handler?: Handler): TestApi {
  let current = handler;
  const requests: RecordedRequest[] = [];
  const servers: Server[] = [];
  const lifetime = new AbortController();

  async function answer(request: Request, signal: AbortSignal): Promise<Response> {
    const recorded = await record(request, signal);
    requests.push(recorded);
    try {
      return current ? await current(recorded) : json(404, { message: "no handler" });
    } catch (error) {
      return json(500, { message: `test handler failed: ${String(error)}` });
    }
  }

  async function inProcess(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    let request = new Request(input, init);
    const signal = AbortSignal.any([request.signal, lifetime.signal]);
    for (let redirects = 0; ; redirects++) {
      if (signal.aborted) throw signal.reason;
      if (new URL(request.url).origin !== API_URL) {
        throw new TypeError(`fetch failed: in process only ${API_URL} answers, not ${request.url}; use listen()`);
      }
      const body = request.body === null ? null : await request.clone().text();
      const response = await untilAborted(answer(request, signal), signal);
      if (response.type === "error") throw new TypeError("fetch failed", { cause: new Error("network error") });
      const location = response.headers.get("location");
      if (REDIRECTS.has(response.status) && location !== null && request.redirect !== "manual") {
        await response.body?.cancel();
        if (request.redirect === "error" || redirects === 20) {
          throw new TypeError("fetch failed", { cause: new Error(`redirect to ${location} refused`) });
        }
        // WHATWG fetch, HTTP-redirect fetch step 12: a 303, or a 301/302 after a POST, continues as a GET without a body.
        const toGet =
          (response.status === 303 && request.method !== "HEAD") ||
          ((response.status === 301 || response.status === 302) && request.method === "POST");
        const headers = new Headers(request.headers);
        if (toGet) for (const name of ["content-type", "content-length", "content-encoding"]) headers.delete(name);
        request = new Request(new URL(location, request.url), {
          method: toGet ? "GET" : request.method,
          headers,
          body: toGet ? null : body,
          redirect: request.redirect,
          signal: request.signal,
        });
        continue;
      }
      return delivered(response, request.url, redirects > 0, signal);
    }
  }

  const api: TestApi = {
    url: API_URL,
    fetch: inProcess,
    requests,
    apiRequests: () => requests.filter((r) => r.url.startsWith("/api/")),
    tokenRequests: () => requests.filter((r) => r.url.startsWith("/oauth2/token")),
    handle(next) {
      current = next;
    },
    async listen() {
      const server = createServer((raw, res) => {
        const signal = AbortSignal.any([closed(res), lifetime.signal]);
        void requestOf(raw, url)
          .then((request) => answer(request, signal))
          .then(async (response) => {
            // A network error on the wire: the connection drops before anything is answered.
            if (response.type === "error") return void res.socket?.destroy();
            const headers: Record<string, string> = {};
            response.headers.forEach((value, name) => {
              headers[name] = value;
            });
            res.writeHead(response.status, response.statusText || undefined, headers);
            if (response.body === null) return void res.end();
            const reader = response.body.getReader();
            res.on("close", () => void reader.cancel().catch(() => {}));
            try {
              for (;;) {
                const { done, value } = await reader.read();
                if (done || res.destroyed) break;
                if (!res.write(value)) await new Promise((resume) => res.once("drain", resume).once("close", resume));
              }
              res.end();
            } catch {
              // A body that errors is a connection dropped in the middle of the answer.
              res.socket?.destroy();
            }
          })
          .catch(() => res.socket?.destroy());
      });
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      return { url };
    },
    async close() {
      lifetime.abort(new TypeError("fetch failed", { cause: new Error("the test API closed") }));
      await Promise.all(
        servers.map((server) => {
          server.closeAllConnections();
          return new Promise((resolve) => server.close(resolve));
        }),
      );
    },
  };
  return api;
}

/** The recorded form of `request`, its body read. */
export async function record(request: Request, signal: AbortSignal): Promise<RecordedRequest> {
  const url = new URL(request.url);
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = await request.text();
  return { method: request.method, url: url.pathname + url.search, headers, body, at: performance.now(), signal };
}

/** A request that reached a node:http server at `origin`, as a fetch Request with its whole body. */
export async function requestOf(raw: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of raw) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw.headers)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, one);
  }
  return new Request(new URL(raw.url ?? "/", origin), {
    method: raw.method ?? "GET",
    headers,
    body: chunks.length > 0 ? Buffer.concat(chunks) : null,
  });
}

/** Aborts when the connection of `res` closes: the client left, or the answer is complete. */
export function closed(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.once("close", () => controller.abort(new Error("the connection closed")));
  return controller.signal;
}

function untilAborted(answer: Promise<Response>, signal: AbortSignal): Promise<Response> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    answer.then(
      (response) => {
        signal.removeEventListener("abort", onAbort);
        // Too late: nobody reads this answer, so its body must not go on (a trickle stops).
        if (signal.aborted) void response.body?.cancel().catch(() => {});
        resolve(response);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

/** What fetch hands back: the handler's status and headers, a body that errors when the signal aborts, and the final URL. */
function delivered(response: Response, url: string, redirected: boolean, signal: AbortSignal): Response {
  const body = response.body && abortable(response.body, signal);
  const out = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  Object.defineProperties(out, { url: { value: url }, redirected: { value: redirected } });
  return out;
}

/** `source`, erroring with the signal's reason when it aborts mid-body, as fetch's body does. */
function abortable(source: ReadableStream<Uint8Array>, signal: AbortSignal): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  let onAbort = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      onAbort = () => {
        controller.error(signal.reason);
        void reader.cancel(signal.reason).catch(() => {});
      };
      signal.addEventListener("abort", onAbort, { once: true });
    },
    async pull(controller) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (error) {
        signal.removeEventListener("abort", onAbort);
        if (!signal.aborted) controller.error(error);
        return;
      }
      if (signal.aborted) return;
      if (chunk.done) {
        signal.removeEventListener("abort", onAbort);
        controller.close();
      } else controller.enqueue(chunk.value);
    },
    cancel(reason) {
      signal.removeEventListener("abort", onAbort);
      return reader.cancel(reason);
    },
  });
}

const encoder = new TextEncoder();

/** Bytes of `text` in UTF-8. */
export const bytes = (text: string): Uint8Array<ArrayBuffer> => encoder.encode(text);

/** An answer with `body` as is and exactly `headers` (no implicit content type), as node:http sends it. */
export function text(status: number, body: string | null, headers: Record<string, string> = {}): Response {
  return new Response(body === null ? null : bytes(body), { status, statusText: STATUS_CODES[status], headers });
}

/** A JSON answer with its content length. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const data = JSON.stringify(body);
  return text(status, data, {
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(data)),
    ...headers,
  });
}

/** An answer whose headers are sent at once and whose body is written by `source` as a stream. */
export function streamed(
  status: number,
  headers: Record<string, string>,
  source: UnderlyingDefaultSource<Uint8Array>,
): Response {
  return new Response(new ReadableStream(source), { status, statusText: STATUS_CODES[status], headers });
}

/** A handler that never answers. */
export const hang: Handler = () => new Promise<Response>(() => {});

/** A handler whose connection drops before it answers (a network error in process). */
export const drop: Handler = () => Response.error();

export interface TokenEndpointOptions {
  /** `expires_in` of every issued token, in seconds; omitted from the answer when null. */
  expiresIn?: number | null;
  /** Milliseconds to wait before answering, so that concurrent callers overlap. */
  delayMs?: number;
}

export interface TokenEndpoint {
  /** Answers `POST /oauth2/token` with `tok-1`, `tok-2`, …; undefined for any other request. */
  answer(request: RecordedRequest): Response | Promise<Response> | undefined;
  /** Tokens issued so far, in order. */
  issued: string[];
}

/** The token-endpoint piece of a handler. */
export function tokenEndpoint(options: TokenEndpointOptions = {}): TokenEndpoint {
  const issued: string[] = [];
  return {
    issued,
    answer(request) {
      if (!request.url.startsWith("/oauth2/token")) return undefined;
      const token = `tok-${issued.length + 1}`;
      issued.push(token);
      const expiresIn = options.expiresIn === undefined ? 3600 : options.expiresIn;
      const body = { access_token: token, token_type: "Bearer", ...(expiresIn !== null && { expires_in: expiresIn }) };
      if (options.delayMs) return sleep(options.delayMs, request.signal).then(() => json(200, body));
      return json(200, body);
    },
  };
}

/** Serves tokens from a fresh token endpoint and hands every other request to `handler`. */
export function serveWithTokens(api: TestApi, handler: Handler, options: TokenEndpointOptions = {}): TokenEndpoint {
  const tokens = tokenEndpoint(options);
  api.handle((request) => tokens.answer(request) ?? handler(request));
  return tokens;
}

/** The bearer token a request carried, or undefined. */
export function bearer(request: RecordedRequest): string | undefined {
  const value = request.headers.authorization;
  return value?.startsWith("Bearer ") ? value.slice(7) : undefined;
}

export const CLIENT_ID = "sa_test";
export const CLIENT_SECRET = "s3cr3t-VALUE";

/** A client of `endpoint` (through its fetch when it has one) with service-account credentials and fast retries. */
export function clientFor(
  endpoint: Endpoint,
  options: Partial<ClientSettings & CredentialsAuthOptions> = {},
): KontextManagementClient {
  return new KontextManagementClient({
    baseUrl: endpoint.url,
    ...(endpoint.fetch && { fetch: endpoint.fetch }),
    credentials: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
    retryDelay: 5,
    timeout: 5_000,
    ...options,
  });
}

/** A fetch that records each attempt (`METHOD url`) before passing it to `inner`. */
export function countingFetch(inner: typeof fetch): { attempts: string[]; fetch: typeof fetch } {
  const attempts: string[] = [];
  return {
    attempts,
    fetch: (input, init) => {
      attempts.push(`${init?.method ?? "GET"} ${String(input)}`);
      return inner(input, init);
    },
  };
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort, { once: true });
  });
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
