// The API the runtimes talk to: a real node:http server that issues a token per client id, knows
// one application, creates one, 404s the rest, never answers /api/v1/applications/app_hang and stalls in the body of
// /api/v1/applications/app_stall. It allows CORS so that a page from another origin (Chromium) can
// call it. Every request is recorded. It is test/helpers/api.ts's testApi, listening on 127.0.0.1.
import { bytes, json, type RecordedRequest, streamed, testApi, text } from "../helpers/api.js";

export interface Seen {
  method: string;
  path: string;
  authorization: string;
  contentType: string;
  body: string;
}

export interface Api {
  baseUrl: string;
  seen: Seen[];
  close(): Promise<void>;
}

export const APPLICATION = { id: "app_rt", name: "Runtime App" };

/** The token the server issues to a client id; the application endpoint accepts only these. */
export const tokenFor = (clientId: string) => `tok_${clientId}`;

/**
 * A client id ending in "-renew" gets numbered tokens, and the API answers 401 to the first one
 * (a revoked token): the client must renew once and re-send its request, body included.
 */
export const renewedTokenFor = (clientId: string, n: number) => `tok_${clientId}.${n}`;

function cors(req: RecordedRequest): Record<string, string> {
  return {
    "access-control-allow-origin": req.headers.origin ?? "*",
    "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS",
    "access-control-allow-headers": req.headers["access-control-request-headers"] ?? "*",
    "access-control-max-age": "600",
  };
}

/** The answer to one request; a pending promise never answers, and app_stall sends half a body, then nothing. */
function answer(issued: Map<string, number>, req: RecordedRequest): Response | Promise<Response> {
  const url = new URL(req.url, "http://localhost");
  const authorization = req.headers.authorization ?? "";
  const headers = cors(req);
  if (req.method === "OPTIONS") return text(204, null, headers);
  if (req.method === "POST" && url.pathname === "/oauth2/token") {
    const basic = /^Basic (.+)$/.exec(authorization)?.[1];
    const clientId = basic ? atob(basic).split(":")[0] : undefined;
    const form = new URLSearchParams(req.body);
    if (!clientId || form.get("grant_type") !== "client_credentials") {
      return json(401, { error: "invalid_client", error_description: "Client authentication failed" }, headers);
    }
    const n = (issued.get(clientId) ?? 0) + 1;
    issued.set(clientId, n);
    const token = clientId.endsWith("-renew") ? renewedTokenFor(clientId, n) : tokenFor(clientId);
    return json(200, { access_token: token, token_type: "Bearer", expires_in: 3600 }, headers);
  }
  if (/^Bearer tok_.*-renew\.1$/.test(authorization)) {
    return json(401, { statusCode: 401, error: "Unauthorized", message: "Token revoked" }, headers);
  }
  if (!authorization.startsWith("Bearer tok_")) {
    return json(401, { statusCode: 401, error: "Unauthorized", message: "Missing or invalid token" }, headers);
  }
  if (req.method === "GET" && url.pathname === `/api/v1/applications/${APPLICATION.id}`) {
    return json(200, { application: APPLICATION }, headers);
  }
  if (req.method === "POST" && url.pathname === "/api/v1/applications") {
    const { name, oauth } = JSON.parse(req.body);
    return json(201, { application: { id: "app_new", name }, oauth }, headers);
  }
  // Never answers: the caller's timeout has to end it.
  if (req.method === "GET" && url.pathname === "/api/v1/applications/app_hang") return new Promise(() => {});
  if (req.method === "GET" && url.pathname === "/api/v1/applications/app_stall") {
    return streamed(
      200,
      { "content-type": "application/json", ...headers },
      {
        start(controller) {
          controller.enqueue(bytes('{"application":'));
        },
      },
    );
  }
  return json(404, { statusCode: 404, error: "Not Found", message: "Application not found" }, headers);
}

/** The API on a socket (the runtimes run in other processes), from the one test-server helper. */
export async function startApi(): Promise<Api> {
  const issued = new Map<string, number>();
  const api = testApi((req) => answer(issued, req));
  const { url } = await api.listen();
  return {
    baseUrl: url,
    // Preflights are the browser's, not the client's: they are not among the requests seen.
    get seen() {
      return api.requests
        .filter((r) => r.method !== "OPTIONS")
        .map((r) => ({
          method: r.method,
          path: r.url,
          authorization: r.headers.authorization ?? "",
          contentType: r.headers["content-type"] ?? "",
          body: r.body,
        }));
    },
    close: () => api.close(),
  };
}
