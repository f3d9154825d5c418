// The API the runtimes talk to: a real node:http server that issues a token per client id, knows
// one application, creates one, 404s the rest, never answers /api/v1/applications/app_hang and stalls in the body of
// /api/v1/applications/app_stall. It allows CORS so that a page from another origin (Chromium) can
// call it. Every request is recorded.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

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

function cors(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader("access-control-allow-origin", req.headers.origin ?? "*");
  res.setHeader("access-control-allow-methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS");
  res.setHeader("access-control-allow-headers", req.headers["access-control-request-headers"] ?? "*");
  res.setHeader("access-control-max-age", "600");
}

/** A status and JSON body; undefined: never answer; "stall": send the headers and half a body, then nothing. */
function answer(
  issued: Map<string, number>,
  req: IncomingMessage,
  body: string,
): [number, unknown] | "stall" | undefined {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (req.method === "POST" && url.pathname === "/oauth2/token") {
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    const clientId = basic ? atob(basic).split(":")[0] : undefined;
    const form = new URLSearchParams(body);
    if (!clientId || form.get("grant_type") !== "client_credentials") {
      return [401, { error: "invalid_client", error_description: "Client authentication failed" }];
    }
    const n = (issued.get(clientId) ?? 0) + 1;
    issued.set(clientId, n);
    const token = clientId.endsWith("-renew") ? renewedTokenFor(clientId, n) : tokenFor(clientId);
    return [200, { access_token: token, token_type: "Bearer", expires_in: 3600 }];
  }
  if (/^Bearer tok_.*-renew\.1$/.test(req.headers.authorization ?? "")) {
    return [401, { statusCode: 401, error: "Unauthorized", message: "Token revoked" }];
  }
  if (!(req.headers.authorization ?? "").startsWith("Bearer tok_")) {
    return [401, { statusCode: 401, error: "Unauthorized", message: "Missing or invalid token" }];
  }
  if (req.method === "GET" && url.pathname === `/api/v1/applications/${APPLICATION.id}`) {
    return [200, { application: APPLICATION }];
  }
  if (req.method === "POST" && url.pathname === "/api/v1/applications") {
    const { name, oauth } = JSON.parse(body);
    return [201, { application: { id: "app_new", name }, oauth }];
  }
  if (req.method === "GET" && url.pathname === "/api/v1/applications/app_hang") return undefined;
  if (req.method === "GET" && url.pathname === "/api/v1/applications/app_stall") return "stall";
  return [404, { statusCode: 404, error: "Not Found", message: "Application not found" }];
}

export async function startApi(): Promise<Api> {
  const seen: Seen[] = [];
  const issued = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    cors(req, res);
    if (req.method === "OPTIONS") {
      res.writeHead(204).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      seen.push({
        method: req.method ?? "",
        path: req.url ?? "",
        authorization: req.headers.authorization ?? "",
        contentType: req.headers["content-type"] ?? "",
        body,
      });
      const result = answer(issued, req, body);
      if (!result) return; // never answers: the caller's timeout has to end it
      if (result === "stall") {
        res.writeHead(200, { "content-type": "application/json" }).write('{"application":');
        return;
      }
      const [status, json] = result;
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
