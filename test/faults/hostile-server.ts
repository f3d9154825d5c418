// A hostile stand-in for the Kontext API on 127.0.0.1:0. Per request, a seeded generator decides
// whether it answers normally or with one fault: 429 + Retry-After, 5xx, a connection dropped
// before or after the headers, a hang past the client's timeout, a trickling body, an HTML error
// page, truncated JSON, an empty body, a wrong content type, or a 401 that revokes the token.
// It keeps the books the fault suite checks: tokens issued and revoked, and how many times each
// POST and PATCH was actually processed.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { mulberry32 } from "../../src/sandbox/seed.js";

export const API_FAULTS = [
  "none",
  "429",
  "429-long",
  "500",
  "502",
  "503",
  "drop-before-headers",
  "drop-after-headers",
  "hang",
  "trickle",
  "trickle-past-timeout",
  "html",
  "html-200",
  "truncated-json",
  "empty-body",
  "wrong-content-type",
  "revoke",
] as const;
export type ApiFault = (typeof API_FAULTS)[number];

export const TOKEN_FAULTS = ["none", "429", "503", "drop-before-headers", "hang", "html", "echo-secret-500"] as const;
export type TokenFault = (typeof TOKEN_FAULTS)[number];

/** Relative weights; faults left out never happen. */
export type Weights<K extends string> = Partial<Record<K, number>>;

export interface HostileServerOptions {
  seed: number;
  clientId: string;
  clientSecret: string;
  apiFaults: Weights<ApiFault>;
  tokenFaults: Weights<TokenFault>;
  /** How long a hang holds the connection before dropping it; longer than the client's timeout. */
  hangMs: number;
  /** A trickling body takes a random time up to this long, within the client's timeout. */
  trickleMaxMs: number;
  /** How long a trickling body past the timeout would take to arrive in full. */
  trickleLongMs: number;
  /** The largest `retry-after-ms` a short 429 or 503 sends. */
  maxShortRetryAfterMs: number;
  /** Applications that exist before the first request. */
  applications?: number;
}

export interface HostileStats {
  requests: number;
  apiRequests: number;
  /** HTTP requests to `/oauth2/token`, faulted ones included. */
  tokenRequests: number;
  tokensIssued: number;
  /** Token requests answered with a fault instead of a token. */
  tokenFaults: number;
  /** Token requests whose Basic credentials were wrong: must stay 0. */
  badClientAuth: number;
  /** 401s injected as a fault, each revoking the token the request carried. */
  revocations: number;
  /** 401s for a token that an earlier fault had revoked. */
  staleTokenRejections: number;
  /** API requests with no bearer token, or one the server never issued: must stay 0. */
  unknownTokens: number;
  /**
   * A retry that carried the very token of a 401 the client had received (see `fetch`): must stay 0.
   */
  reusedRejectedTokens: number;
  /** What happened, for each of the anomalies above. */
  anomalies: string[];
  /** Faults injected on the API, by kind. */
  apiFaults: Record<string, number>;
  /** Faults injected on the token endpoint, by kind. */
  tokenFaultKinds: Record<string, number>;
  /** POSTs processed (the application was created), by the name the test made unique per call. */
  postsProcessed: Map<string, number>;
  /** PATCHes processed, by the description the test made unique per call. */
  patchesProcessed: Map<string, number>;
}

export interface HostileServer {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /**
   * The fetch to give the client under test. It passes every request through and tells the books
   * which 401 of a call the client received in full. Only such a 401 counts as a rejection the
   * client knows of: under load the client may have timed out an attempt before the server even
   * read it, and then re-sending the same token on the next attempt is right, not a fault.
   */
  fetch: typeof fetch;
  stats: HostileStats;
  /** Every token the server issued, revoked or not. */
  issuedTokens: string[];
  /** API requests that carried `x-fault-call: <call>`. */
  attempts(call: string): number;
  /** Ids of applications that exist. */
  applicationIds(): string[];
  /** POST and PATCH fingerprints processed more than once. */
  duplicates(): string[];
  close(): Promise<void>;
}

function mix(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x01000193);
    h ^= h >>> 13;
  }
  return h >>> 0;
}

export function pick<K extends string>(weights: Weights<K>, random: number): K | "none" {
  let total = 0;
  for (const w of Object.values<number | undefined>(weights)) total += w ?? 0;
  let x = random * total;
  for (const [kind, w] of Object.entries(weights) as [K, number | undefined][]) {
    x -= w ?? 0;
    if (x < 0) return kind;
  }
  return "none";
}

interface App {
  id: string;
  name: string;
  description: string;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
  integrationIds: string[];
}

const HEADER_CALL = "x-fault-call";
const HEADER_FORCE = "x-fault-force";

/**
 * Starts the server. Requests carrying `x-fault-call: <n>` get faults derived from (seed, n,
 * attempt), so a call meets the same faults whatever the interleaving; `x-fault-force: a,b,c`
 * forces the fault of each attempt in turn. Other requests draw from one seeded sequence.
 */
export async function startHostileServer(options: HostileServerOptions): Promise<HostileServer> {
  const sequence = mulberry32(options.seed);
  const expectedBasic = `Basic ${Buffer.from(`${formEncode(options.clientId)}:${formEncode(options.clientSecret)}`).toString("base64")}`;
  const valid = new Set<string>();
  const revoked = new Set<string>();
  const issuedTokens: string[] = [];
  const attemptsByCall = new Map<string, number>();
  /** Per call, the token of the last 401 the client received in full. */
  const rejectedByCall = new Map<string, string>();
  const apps = new Map<string, App>();
  const timers = new Set<NodeJS.Timeout>();
  const stats: HostileStats = {
    requests: 0,
    apiRequests: 0,
    tokenRequests: 0,
    tokensIssued: 0,
    tokenFaults: 0,
    badClientAuth: 0,
    revocations: 0,
    staleTokenRejections: 0,
    unknownTokens: 0,
    reusedRejectedTokens: 0,
    anomalies: [],
    apiFaults: {},
    tokenFaultKinds: {},
    postsProcessed: new Map(),
    patchesProcessed: new Map(),
  };
  const now = () => new Date().toISOString();
  for (let i = 0; i < (options.applications ?? 20); i++) {
    const id = randomUUID();
    apps.set(id, {
      id,
      name: `seeded-${i}`,
      description: "",
      createdAt: now(),
      updatedAt: now(),
      archivedAt: null,
      integrationIds: [],
    });
  }

  const later = (ms: number, fn: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
    return timer;
  };
  const cancel = (timer: NodeJS.Timeout | undefined) => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timers.delete(timer);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      stats.requests++;
      const body = Buffer.concat(chunks).toString("utf8");
      try {
        if ((req.url ?? "").split("?")[0] === "/oauth2/token") token(req, res, body);
        else api(req, res, body);
      } catch (error) {
        if (!res.headersSent) send(res, 500, { message: `hostile server bug: ${String(error)}`, statusCode: 500 });
      }
    });
  });

  function draw(req: IncomingMessage): { random: () => number; forced: string | undefined; call: string | undefined } {
    const call = header(req, HEADER_CALL);
    if (call === undefined) return { random: sequence, forced: undefined, call };
    const attempt = (attemptsByCall.get(call) ?? 0) + 1;
    attemptsByCall.set(call, attempt);
    const force = header(req, HEADER_FORCE);
    const forced = force === undefined ? undefined : (force.split(",")[attempt - 1]?.trim() ?? "none");
    return { random: mulberry32(mix(options.seed, Number(call) || 0, attempt)), forced, call };
  }

  function token(req: IncomingMessage, res: ServerResponse, body: string) {
    stats.tokenRequests++;
    const { random, forced } = draw(req);
    const fault = (forced as TokenFault | undefined) ?? pick(options.tokenFaults, random());
    if (fault !== "none") {
      stats.tokenFaults++;
      stats.tokenFaultKinds[fault] = (stats.tokenFaultKinds[fault] ?? 0) + 1;
    }
    switch (fault) {
      case "429":
        return send(res, 429, { error: "slow_down" }, { "retry-after-ms": String(short(random)) });
      case "503":
        return send(res, 503, { error: "temporarily_unavailable", error_description: "try again" });
      case "drop-before-headers":
        return void req.socket.destroy();
      case "hang":
        return hang(req, res);
      case "html":
        return html(res, 502, random, undefined);
      case "echo-secret-500":
        // A chatty server quoting the credentials it received.
        return send(res, 500, {
          error: "server_error",
          error_description: `could not verify ${req.headers.authorization} (${options.clientSecret})`,
        });
    }
    const form = new URLSearchParams(body);
    if (req.headers.authorization !== expectedBasic || form.get("grant_type") !== "client_credentials") {
      stats.badClientAuth++;
      stats.anomalies.push(
        `token request with ${req.headers.authorization === expectedBasic ? "a bad form" : "bad credentials"}`,
      );
      return send(res, 401, { error: "invalid_client" });
    }
    // No recognisable prefix: redaction must rely on knowing the token, not on its shape.
    const issued = Buffer.from(randomUUID() + randomUUID())
      .toString("base64url")
      .slice(0, 43);
    valid.add(issued);
    issuedTokens.push(issued);
    stats.tokensIssued++;
    send(res, 200, { access_token: issued, token_type: "Bearer", expires_in: 3600, scope: "management:all" });
  }

  function api(req: IncomingMessage, res: ServerResponse, body: string) {
    stats.apiRequests++;
    const auth = req.headers.authorization ?? "";
    const bearer = auth.startsWith("Bearer ") ? auth.slice(7) : "";
    const { random, forced, call } = draw(req);
    const tokenIndex = issuedTokens.indexOf(bearer);
    if (call !== undefined && rejectedByCall.get(call) === bearer) {
      stats.reusedRejectedTokens++;
      stats.anomalies.push(`call ${call} attempt ${attemptsByCall.get(call)} re-sent token #${tokenIndex} after a 401`);
    }
    if (!valid.has(bearer)) {
      if (revoked.has(bearer)) stats.staleTokenRejections++;
      else {
        stats.unknownTokens++;
        stats.anomalies.push(`${req.method} ${req.url} with ${bearer ? `unknown token #${tokenIndex}` : "no bearer"}`);
      }
      return send(res, 401, { message: "Unauthorized", statusCode: 401 });
    }
    const fault = (forced as ApiFault | undefined) ?? pick(options.apiFaults, random());
    if (fault !== "none") stats.apiFaults[fault] = (stats.apiFaults[fault] ?? 0) + 1;

    // Faults that come before any processing: the request certainly had no effect.
    if (fault === "revoke") {
      stats.revocations++;
      valid.delete(bearer);
      revoked.add(bearer);
      return send(res, 401, { message: `token ${bearer} has been revoked`, statusCode: 401, error: "Unauthorized" });
    }
    if (fault === "429") {
      const headers: Record<string, string> =
        random() < 0.5
          ? { "retry-after-ms": String(short(random)) }
          : random() < 0.5
            ? { "retry-after": "0" }
            : { "retry-after": new Date().toUTCString() };
      return send(res, 429, { message: "Too Many Requests", statusCode: 429 }, headers);
    }
    if (fault === "429-long") {
      return send(res, 429, { message: "Too Many Requests", statusCode: 429 }, { "retry-after": "120" });
    }

    // Everything else is processed first, then the answer goes wrong: the worst case for a
    // client that would re-send a POST or PATCH.
    const [status, payload] = handle(req.method ?? "GET", (req.url ?? "").split("?")[0] ?? "", req.url ?? "", body);
    const text = payload === undefined ? "" : JSON.stringify(payload);
    switch (fault) {
      case "500":
        return send(res, 500, { message: `upstream failed for session ${bearer}`, statusCode: 500 });
      case "502":
        return send(res, 502, { message: "Bad Gateway", statusCode: 502 });
      case "503":
        return send(res, 503, { message: "Service Unavailable", statusCode: 503 }, retryHint(random));
      case "drop-before-headers":
        return void req.socket.destroy();
      case "drop-after-headers": {
        const full = text || JSON.stringify({ ok: true });
        res.writeHead(status === 204 ? 200 : status, {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(full),
        });
        res.write(full.slice(0, Math.max(1, Math.floor(full.length / 2))));
        later(2, () => req.socket.destroy());
        return;
      }
      case "hang":
        return hang(req, res);
      case "trickle":
        return trickle(req, res, status, text, Math.floor(random() * options.trickleMaxMs));
      case "trickle-past-timeout":
        return trickle(req, res, status, text, options.trickleLongMs);
      case "html":
        return html(res, 502, random, bearer);
      case "html-200":
        // A captive portal or a misrouted proxy answering 200 with a page.
        return html(res, 200, random, bearer);
      case "truncated-json": {
        const full = text || JSON.stringify({ application: { id: "x" } });
        return raw(res, 200, "application/json", full.slice(0, Math.floor(full.length * (0.2 + 0.6 * random()))));
      }
      case "empty-body":
        return raw(res, 200, "application/json", "");
      case "wrong-content-type":
        return raw(res, 200, "text/plain; charset=utf-8", text || "ok");
    }
    if (status === 204) {
      res.writeHead(204);
      res.end();
      return;
    }
    send(res, status, payload);
  }

  function handle(method: string, path: string, url: string, body: string): [number, unknown] {
    const parts = path.split("/").filter(Boolean); // ["api", "v1", "applications", id?, sub?]
    if (parts[0] !== "api" || parts[1] !== "v1" || parts[2] !== "applications") {
      return [404, { message: `Cannot ${method} ${path}`, statusCode: 404 }];
    }
    const id = parts[3] === undefined ? undefined : decodeURIComponent(parts[3]);
    const sub = parts[4];
    let input: Record<string, unknown> = {};
    if (body) {
      try {
        input = JSON.parse(body) as Record<string, unknown>;
      } catch {
        return [400, { message: "body is not JSON", statusCode: 400 }];
      }
    }
    if (id === undefined && method === "GET") {
      const query = new URL(url, "http://x").searchParams;
      const limit = Number(query.get("limit") ?? 20);
      const all = [...apps.values()];
      const start = Number(query.get("cursor") ?? 0) || 0;
      const items = all.slice(start, start + limit).map(view);
      const next = start + limit < all.length ? String(start + limit) : null;
      return [200, { items, nextCursor: next }];
    }
    if (id === undefined && method === "POST") {
      const name = String(input.name ?? "");
      const seen = stats.postsProcessed.get(name) ?? 0;
      stats.postsProcessed.set(name, seen + 1);
      if (seen > 0) return [409, { message: `an application named ${name} exists`, statusCode: 409 }];
      const app: App = {
        id: randomUUID(),
        name,
        description: String(input.description ?? ""),
        createdAt: now(),
        updatedAt: now(),
        archivedAt: null,
        integrationIds: [],
      };
      apps.set(app.id, app);
      return [201, { application: view(app), oauth: { ...oauth(app), clientSecret: "app-secret-shown-once" } }];
    }
    const app = id === undefined ? undefined : apps.get(id);
    if (!app) return [404, { message: "Application not found", statusCode: 404, error: "Not Found" }];
    if (sub === "integrations" && method === "PUT") {
      app.integrationIds = Array.isArray(input.integrationIds) ? input.integrationIds.map(String) : [];
      return [200, { integrationIds: app.integrationIds }];
    }
    if (sub !== undefined) return [404, { message: `Cannot ${method} ${path}`, statusCode: 404 }];
    if (method === "GET") return [200, { application: view(app) }];
    if (method === "PATCH") {
      const description = String(input.description ?? "");
      stats.patchesProcessed.set(description, (stats.patchesProcessed.get(description) ?? 0) + 1);
      app.description = description;
      app.updatedAt = now();
      return [200, { application: view(app) }];
    }
    if (method === "DELETE") {
      app.archivedAt ??= now();
      return [204, undefined];
    }
    return [405, { message: "Method Not Allowed", statusCode: 405 }];
  }

  function hang(req: IncomingMessage, res: ServerResponse): void {
    const timer = later(options.hangMs, () => req.socket.destroy());
    res.on("close", () => cancel(timer));
  }

  function trickle(req: IncomingMessage, res: ServerResponse, status: number, text: string, duration: number): void {
    const full = text || JSON.stringify({ ok: true });
    res.writeHead(status === 204 ? 200 : status, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(full),
    });
    // The headers and a first piece go out at once, so the client is left waiting on the body.
    const pieces = Math.min(full.length, 8);
    const size = Math.ceil(full.length / pieces);
    let sent = 0;
    let timer: NodeJS.Timeout | undefined;
    const step = () => {
      res.write(full.slice(sent, sent + size));
      sent += size;
      if (sent >= full.length) res.end();
      else timer = later(duration / (pieces - 1), step);
    };
    step();
    res.on("close", () => {
      cancel(timer);
      if (!res.writableFinished) req.socket.destroy();
    });
  }

  function html(res: ServerResponse, status: number, random: () => number, bearer: string | undefined): void {
    // A proxy's error page, sometimes large, sometimes quoting the request's headers.
    const filler = random() < 0.3 ? "<p>lorem ipsum dolor sit amet</p>\n".repeat(600) : "";
    const title = status === 200 ? "Sign in to continue" : `${status} Bad Gateway`;
    const quoted = bearer ? `<pre>authorization: Bearer ${bearer}\nx-token: ${bearer}</pre>` : "";
    raw(
      res,
      status,
      "text/html; charset=utf-8",
      `<!DOCTYPE html><html><head><title>${title}</title></head><body><h1>${title}</h1>${quoted}${filler}<hr><center>nginx</center></body></html>`,
    );
  }

  function retryHint(random: () => number): Record<string, string> {
    return random() < 0.5 ? { "retry-after-ms": String(short(random)) } : {};
  }

  function short(random: () => number): number {
    return Math.floor(random() * (options.maxShortRetryAfterMs + 1));
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const sockets = new Set<Socket>();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async fetch(input, init) {
      const response = await fetch(input, init);
      const headers = new Headers(init?.headers);
      const call = headers.get(HEADER_CALL);
      if (response.status !== 401 || call === null) return response;
      // Read within the client's signal: a 401 the client gave up on first is never recorded.
      const text = await response.text();
      rejectedByCall.set(call, (headers.get("authorization") ?? "").replace(/^Bearer /, ""));
      return new Response(text, { status: 401, statusText: response.statusText, headers: response.headers });
    },
    stats,
    issuedTokens,
    attempts: (call) => attemptsByCall.get(call) ?? 0,
    applicationIds: () => [...apps.keys()],
    duplicates: () => [
      ...[...stats.postsProcessed].filter(([, n]) => n > 1).map(([name]) => `POST ${name}`),
      ...[...stats.patchesProcessed].filter(([, n]) => n > 1).map(([d]) => `PATCH ${d}`),
    ],
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

function view(app: App): Record<string, unknown> {
  return {
    id: app.id,
    name: app.name,
    description: app.description,
    ownerUserId: "00000000-0000-4000-8000-000000000001",
    createdAt: app.createdAt,
    updatedAt: app.updatedAt,
    archivedAt: app.archivedAt,
    canModify: true,
    activeSessionCount: 0,
    idleSessionCount: 0,
    liveSessionCount: 0,
    totalSessionCount: 0,
    mcpUrlTemplate: null,
    integrations: app.integrationIds.map((id) => ({ id, name: "integration" })),
    oauth: oauth(app),
  };
}

function oauth(app: App): Record<string, unknown> {
  return {
    type: "confidential",
    clientId: `app_${app.id}`,
    redirectUris: ["https://example.com/callback"],
    pkceRequired: true,
    scopes: [],
    allowedResources: [],
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  raw(res, status, "application/json", JSON.stringify(body), headers);
}

function raw(res: ServerResponse, status: number, type: string, text: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

function formEncode(value: string): string {
  return encodeURIComponent(value)
    .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, "+");
}
