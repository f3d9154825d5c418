// The fault-injection suite (issue 4): a few thousand calls of mixed methods through one client
// against a hostile local server, then the invariants a user relies on, and one figures line.
import { mkdirSync, writeFileSync } from "node:fs";
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isKontextError, type KontextError } from "../../src/errors.js";
import { KontextManagementClient } from "../../src/management.js";
import { mulberry32 } from "../../src/sandbox/seed.js";
import { type HostileServer, startHostileServer } from "./hostile-server.js";

const SEED = Number(process.env.FAULTS_SEED ?? 42);
const CALLS = Number(process.env.FAULTS_CALLS ?? 3000);
const CONCURRENCY = 16;
const CLIENT_ID = "sa_7f1e2d3c-4b5a-4c6d-8e9f-0a1b2c3d4e5f";
const CLIENT_SECRET = "fault-SECRET-value";
const SETTINGS = { timeout: 300, tokenTimeout: 300, retryDelay: 2, maxRetryDelay: 20, maxRetries: 2 };
const SHORT_RETRY_AFTER_MS = 20;
// Share of calls that carry an AbortSignal fired at a random moment.
const ABORT_SHARE = 0.04;

// The longest a call may take: every attempt (maxRetries + 1, plus the one re-send after a 401)
// may first wait for a token request that itself retries, then run into its own timeout; between
// attempts the client waits at most the larger of its backoff cap and the server's Retry-After.
const WAIT = Math.max(SETTINGS.maxRetryDelay, SHORT_RETRY_AFTER_MS);
const TOKEN_WORST = (SETTINGS.maxRetries + 1) * SETTINGS.tokenTimeout + SETTINGS.maxRetries * WAIT;
const ATTEMPTS = SETTINGS.maxRetries + 2;
const SLACK_MS = 1_000; // event-loop lag on a busy 2-core machine
const BUDGET_MS = ATTEMPTS * (TOKEN_WORST + SETTINGS.timeout) + SETTINGS.maxRetries * WAIT + SLACK_MS;
// An abort must end the call at once, even in a backoff wait or while a token request runs.
const ABORT_SLACK_MS = 250;

type Operation = "list" | "get" | "get-missing" | "create" | "update" | "set-integrations" | "archive";
const MIX: [Operation, number][] = [
  ["get", 24],
  ["list", 14],
  ["get-missing", 3],
  ["create", 22],
  ["update", 12],
  ["set-integrations", 13],
  ["archive", 12],
];

interface Outcome {
  call: number;
  operation: Operation;
  ok: boolean;
  error?: unknown;
  ms: number;
  settled: boolean;
  abortAfterMs?: number;
  /** When the abort really fired, from the call's start: later than `abortAfterMs` on a busy machine. */
  abortFiredMs?: number;
}

interface LogLine {
  level: "debug" | "warn";
  message: string;
  data: Record<string, unknown> | undefined;
}

let server: HostileServer;
let client: KontextManagementClient;
const outcomes: Outcome[] = [];
const logLines: LogLine[] = [];
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
let figures = "";
let wallMs = 0;

function choose(random: () => number): Operation {
  const total = MIX.reduce((sum, [, w]) => sum + w, 0);
  let x = random() * total;
  for (const [operation, w] of MIX) {
    x -= w;
    if (x < 0) return operation;
  }
  return "get";
}

async function invoke(call: number, operation: Operation, random: () => number, signal?: AbortSignal) {
  const options = { headers: { "x-fault-call": String(call) }, ...(signal && { signal }) };
  const ids = server.applicationIds();
  const id = ids[Math.floor(random() * ids.length)] as string;
  switch (operation) {
    case "list":
      return client.applications.list({ limit: 10 }, options);
    case "get":
      return client.applications.get(id, options);
    case "get-missing":
      return client.applications.get("00000000-0000-4000-8000-00000000dead", options);
    case "create":
      return client.applications.create(
        {
          name: `fault-app-${SEED}-${call}`,
          oauth: { type: "confidential", redirectUris: ["https://example.com/cb"] },
        },
        options,
      );
    case "update":
      return client.applications.update(id, { description: `fault-patch-${SEED}-${call}` }, options);
    case "set-integrations":
      return client.applications.setIntegrations(
        id,
        { integrationIds: ["3f0e4a52-5d3c-4a8f-9b0e-1c2d3e4f5a6b"] },
        options,
      );
    case "archive":
      return client.applications.archive(id, options);
  }
}

async function runCall(call: number, random: () => number): Promise<Outcome> {
  const operation = choose(random);
  // Skewed towards early aborts, which land in a backoff wait or a token request more often.
  const abortAfterMs = random() < ABORT_SHARE ? Math.floor(400 * random() ** 3) : undefined;
  const controller = abortAfterMs === undefined ? undefined : new AbortController();
  const started = performance.now();
  let abortFiredMs: number | undefined;
  const abortTimer =
    controller &&
    setTimeout(() => {
      abortFiredMs = performance.now() - started;
      controller.abort();
    }, abortAfterMs);
  let watchdog: NodeJS.Timeout | undefined;
  // A call that never settles must not stall the suite: it is recorded and the run goes on.
  const unsettled = new Promise<Outcome>((resolve) => {
    watchdog = setTimeout(
      () => resolve({ call, operation, ok: false, ms: performance.now() - started, settled: false }),
      BUDGET_MS * 2,
    );
  });
  const settled = invoke(call, operation, random, controller?.signal).then(
    (): Outcome => ({ call, operation, ok: true, ms: performance.now() - started, settled: true }),
    (error: unknown): Outcome => ({
      call,
      operation,
      ok: false,
      error,
      ms: performance.now() - started,
      settled: true,
    }),
  );
  const outcome = await Promise.race([settled, unsettled]);
  clearTimeout(watchdog);
  clearTimeout(abortTimer);
  return abortAfterMs === undefined ? outcome : { ...outcome, abortAfterMs, abortFiredMs };
}

function className(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

function typedErrors(): KontextError[] {
  return outcomes.filter((o) => !o.ok && isKontextError(o.error)).map((o) => o.error as KontextError);
}

/** Every rendering of an error a user might print or ship to a log service. */
function renderings(error: unknown): string[] {
  const texts = [String(error), JSON.stringify(error) ?? "", inspect(error, { depth: 10 })];
  if (error instanceof Error) texts.push(error.message, error.stack ?? "");
  const body = (error as { body?: unknown }).body;
  if (body !== undefined) texts.push(JSON.stringify(body) ?? "", inspect(body, { depth: 10 }));
  return texts;
}

function secrets(from: HostileServer): string[] {
  const basic = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64");
  return [CLIENT_SECRET, basic, ...from.issuedTokens];
}

/** Where each secret shows up, as "secret#i in <where>: …excerpt…". */
function leaks(texts: [string, string][], from: HostileServer = server): string[] {
  const found: string[] = [];
  const all = secrets(from);
  for (const [where, text] of texts) {
    all.forEach((secret, i) => {
      const at = text.indexOf(secret);
      if (at >= 0) found.push(`secret#${i} in ${where}: …${text.slice(Math.max(0, at - 60), at + 20)}…`);
    });
  }
  return found;
}

function corpus(): [string, string][] {
  const texts: [string, string][] = [];
  for (const o of outcomes) {
    if (o.ok || o.error === undefined) continue;
    for (const text of renderings(o.error)) texts.push([`error of call ${o.call} (${o.operation})`, text]);
  }
  logLines.forEach((line, i) => {
    texts.push([`log line ${i}`, `${line.level} ${line.message} ${JSON.stringify(line.data)}`]);
    texts.push([`log line ${i}`, inspect(line.data, { depth: 10 })]);
  });
  texts.push(["inspect(client)", inspect(client, { depth: 10, showHidden: true })]);
  texts.push(["JSON.stringify(client)", JSON.stringify(client)]);
  texts.push(["String(client)", String(client)]);
  return texts;
}

function tokenRequestBound(): number {
  const { revocations, tokenFaults } = server.stats;
  // One request for the first token and one per revocation; each faulted token request may be
  // retried once, and a token fetch that failed on every attempt leaves a fresh one to the next call.
  return 1 + revocations + tokenFaults + Math.floor(tokenFaults / (SETTINGS.maxRetries + 1)) + 2;
}

function byClass(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of outcomes) if (!o.ok) counts[className(o.error)] = (counts[className(o.error)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1]));
}

async function storm(): Promise<void> {
  process.on("unhandledRejection", onUnhandled);
  server = await startHostileServer({
    seed: SEED,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    apiFaults: {
      none: 640,
      "429": 50,
      "429-long": 5,
      "500": 25,
      "502": 25,
      "503": 25,
      "drop-before-headers": 30,
      "drop-after-headers": 30,
      hang: 20,
      trickle: 15,
      "trickle-past-timeout": 15,
      html: 20,
      "html-200": 10,
      "truncated-json": 25,
      "empty-body": 10,
      "wrong-content-type": 10,
      revoke: 20,
    },
    tokenFaults: { none: 76, "429": 4, "503": 6, "drop-before-headers": 4, hang: 3, html: 4, "echo-secret-500": 3 },
    // Long enough that a client without a working timeout would blow its budget.
    hangMs: 10_000,
    trickleMaxMs: 200,
    trickleLongMs: 10_000,
    maxShortRetryAfterMs: SHORT_RETRY_AFTER_MS,
  });
  client = new KontextManagementClient({
    baseUrl: server.url,
    credentials: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
    ...SETTINGS,
    fetch: server.fetch,
    logger: {
      debug: (message, data) => logLines.push({ level: "debug", message, data }),
      warn: (message, data) => logLines.push({ level: "warn", message, data }),
    },
  });

  const random = mulberry32(SEED ^ 0x5eed);
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < CALLS) {
        const call = next++;
        outcomes[call] = await runCall(call, random);
      }
    }),
  );
  wallMs = performance.now() - started;
  // Rejections nobody handled surface a turn or two after the promise settles.
  await new Promise((resolve) => setTimeout(resolve, 50));

  const ok = outcomes.filter((o) => o.ok).length;
  const typed = typedErrors().length;
  const classes = Object.entries(byClass())
    .map(([name, n]) => `${n} ${name}`)
    .join(", ");
  const maxMs = Math.max(...outcomes.map((o) => o.ms));
  const { stats } = server;
  figures =
    `faults: ${CALLS} calls, ${ok} ok, ${typed} typed errors (${classes}), ${unhandled.length} unhandled, ` +
    `${server.duplicates().length} duplicate POST/PATCH (of ${stats.postsProcessed.size} POSTs, ${stats.patchesProcessed.size} PATCHes processed), ` +
    `max ${(maxMs / 1000).toFixed(2)} s vs ${(BUDGET_MS / 1000).toFixed(1)} s budget, ${leaks(corpus()).length} secrets leaked, ` +
    `${stats.tokenRequests} token requests for ${stats.revocations} revocations and ${stats.tokenFaults} token-endpoint faults, ` +
    `seed ${SEED}, ${(wallMs / 1000).toFixed(1)} s`;
  console.log(figures);
  const dir = new URL("../../.tmp/", import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    new URL("faults.json", dir),
    `${JSON.stringify(
      {
        figures,
        seed: SEED,
        calls: CALLS,
        ok,
        typedErrors: typed,
        byClass: byClass(),
        unhandled: unhandled.length,
        duplicates: server.duplicates().length,
        postsProcessed: stats.postsProcessed.size,
        patchesProcessed: stats.patchesProcessed.size,
        maxCallMs: Math.round(maxMs),
        budgetMs: BUDGET_MS,
        secretsLeaked: leaks(corpus()).length,
        tokenRequests: stats.tokenRequests,
        revocations: stats.revocations,
        tokenFaults: stats.tokenFaults,
        apiRequests: stats.apiRequests,
        apiFaults: stats.apiFaults,
        tokenFaultKinds: stats.tokenFaultKinds,
        settings: { ...SETTINGS, concurrency: CONCURRENCY },
        wallMs: Math.round(wallMs),
      },
      null,
      2,
    )}\n`,
  );
}

describe(`fault injection: ${CALLS} mixed calls through a hostile server`, () => {
  beforeAll(storm, 90_000);
  afterAll(async () => {
    process.off("unhandledRejection", onUnhandled);
    await server?.close();
  });

  it("meets every kind of fault, on the API and on the token endpoint", () => {
    const { stats } = server;
    expect(outcomes).toHaveLength(CALLS);
    expect(Object.keys(stats.apiFaults).sort()).toEqual(
      [
        "429",
        "429-long",
        "500",
        "502",
        "503",
        "drop-after-headers",
        "drop-before-headers",
        "empty-body",
        "html",
        "html-200",
        "hang",
        "revoke",
        "trickle",
        "trickle-past-timeout",
        "truncated-json",
        "wrong-content-type",
      ].sort(),
    );
    expect(stats.tokenFaults).toBeGreaterThan(0);
    expect(stats.postsProcessed.size).toBeGreaterThan(CALLS / 10);
    expect(outcomes.filter((o) => o.ok).length).toBeGreaterThan(CALLS / 2);
    expect(outcomes.filter((o) => o.abortAfterMs !== undefined).length).toBeGreaterThan(0);
  });

  it("ends every call in a success or a typed KontextError", () => {
    const unsettled = outcomes.filter((o) => !o.settled).map((o) => `call ${o.call} (${o.operation})`);
    expect(unsettled, "calls that never settled").toEqual([]);
    const untyped = outcomes
      .filter((o) => !o.ok && !isKontextError(o.error))
      .map((o) => `call ${o.call} (${o.operation}): ${className(o.error)}: ${String(o.error).slice(0, 200)}`);
    expect(untyped).toEqual([]);
  });

  it("leaves no promise rejection unhandled", () => {
    expect(unhandled.map((r) => inspect(r).slice(0, 300))).toEqual([]);
  });

  it("never processes a POST or a PATCH twice", () => {
    expect(server.duplicates()).toEqual([]);
    expect(outcomes.filter((o) => !o.ok && className(o.error) === "ConflictError")).toEqual([]);
  });

  it("ends every call within its time budget", () => {
    const late = outcomes
      .filter((o) => o.ms > BUDGET_MS)
      .map((o) => `call ${o.call} (${o.operation}) took ${Math.round(o.ms)} ms: ${className(o.error)}`);
    expect(late, `budget ${BUDGET_MS} ms`).toEqual([]);
  });

  it("rejects at once with an AbortError when the caller aborts", () => {
    const aborted = outcomes.filter((o) => className(o.error) === "AbortError");
    expect(aborted.length).toBeGreaterThan(0);
    expect(aborted.filter((o) => o.abortAfterMs === undefined)).toEqual([]);
    // Measured from when the abort fired: on a loaded machine the abort's own timer fires late, which
    // is not the client's doing; a client that ignores the signal settles long after it either way.
    const slow = outcomes
      .filter((o) => o.abortFiredMs !== undefined && o.ms > o.abortFiredMs + ABORT_SLACK_MS)
      .map(
        (o) =>
          `call ${o.call} aborted at ${Math.round(o.abortFiredMs ?? 0)} ms (planned ${o.abortAfterMs}), settled at ${Math.round(o.ms)} ms: ${className(o.error)}`,
      );
    expect(slow).toEqual([]);
  });

  it("keeps the client secret and every issued token out of errors, log lines and inspect()", () => {
    expect(server.issuedTokens.length).toBeGreaterThan(1);
    expect(logLines.some((l) => l.message.includes("retry"))).toBe(true);
    expect(leaks(corpus()).slice(0, 10)).toEqual([]);
  });

  it("gives each error a short message and the details its class promises", () => {
    const problems: string[] = [];
    for (const error of typedErrors()) {
      if (error.message.length > 600) problems.push(`${error.name}: message of ${error.message.length} chars`);
      const excerpt = error.meta.bodyExcerpt;
      if (typeof excerpt === "string" && excerpt.length > 210) {
        problems.push(`${error.name}: body excerpt of ${excerpt.length} chars`);
      }
      if (error.name === "TimeoutError" && error.code !== "kontext_timeout")
        problems.push(`TimeoutError ${error.code}`);
      if (error.name === "RateLimitError" && typeof (error as { retryAfter?: unknown }).retryAfter !== "number") {
        problems.push("RateLimitError without retryAfter");
      }
      if (error.name === "ServerError" && !((error.statusCode ?? 0) >= 500)) {
        problems.push(`ServerError with status ${error.statusCode}`);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it("asks for a new token only after a revocation or a failed token request", () => {
    const { stats } = server;
    expect(stats.revocations).toBeGreaterThan(0);
    expect(stats.tokenRequests).toBeLessThanOrEqual(tokenRequestBound());
  });

  it("authenticates every request with an issued token and never re-sends a rejected one", () => {
    const { stats } = server;
    const { badClientAuth, unknownTokens, reusedRejectedTokens } = stats;
    expect({ badClientAuth, unknownTokens, reusedRejectedTokens }, stats.anomalies.slice(0, 5).join("; ")).toEqual({
      badClientAuth: 0,
      unknownTokens: 0,
      reusedRejectedTokens: 0,
    });
  });
});

interface Row {
  method: "GET" | "POST";
  /** The fault of each attempt in turn; attempts beyond the list are answered normally. */
  force: string;
  expected: string;
  attempts: number;
  status?: number;
  /** For a POST: how many times the server processed it. */
  processed?: number;
}

const TRIES = SETTINGS.maxRetries + 1;
const every = (fault: string) =>
  Array(TRIES + 1)
    .fill(fault)
    .join(",");
// The retry policy of issue 4: GET retries connection errors, timeouts, 429 and 5xx; POST only a
// 429; nothing retries a malformed 2xx; a 401 renews the token and re-sends once.
const MATRIX: Row[] = [
  ...(["500", "502", "503", "html"] as const).flatMap((fault): Row[] => {
    const status = fault === "html" ? 502 : Number(fault);
    return [
      { method: "GET", force: every(fault), expected: "ServerError", attempts: TRIES, status },
      { method: "POST", force: every(fault), expected: "ServerError", attempts: 1, status, processed: 1 },
    ];
  }),
  ...(["drop-before-headers", "drop-after-headers"] as const).flatMap((fault): Row[] => [
    { method: "GET", force: every(fault), expected: "NetworkError", attempts: TRIES },
    { method: "POST", force: every(fault), expected: "NetworkError", attempts: 1, processed: 1 },
  ]),
  ...(["hang", "trickle-past-timeout"] as const).flatMap((fault): Row[] => [
    { method: "GET", force: every(fault), expected: "TimeoutError", attempts: TRIES },
    { method: "POST", force: every(fault), expected: "TimeoutError", attempts: 1, processed: 1 },
  ]),
  ...(["html-200", "truncated-json", "empty-body", "wrong-content-type"] as const).flatMap((fault): Row[] => [
    { method: "GET", force: every(fault), expected: "InvalidResponseError", attempts: 1, status: 200 },
    { method: "POST", force: every(fault), expected: "InvalidResponseError", attempts: 1, status: 200, processed: 1 },
  ]),
  { method: "GET", force: every("429"), expected: "RateLimitError", attempts: TRIES, status: 429 },
  { method: "POST", force: every("429"), expected: "RateLimitError", attempts: TRIES, status: 429, processed: 0 },
  { method: "GET", force: "429-long", expected: "RateLimitError", attempts: 1, status: 429 },
  { method: "POST", force: "429-long", expected: "RateLimitError", attempts: 1, status: 429, processed: 0 },
  { method: "GET", force: every("revoke"), expected: "UnauthorizedError", attempts: 2, status: 401 },
  { method: "POST", force: every("revoke"), expected: "UnauthorizedError", attempts: 2, status: 401, processed: 0 },
  { method: "GET", force: "trickle", expected: "ok", attempts: 1 },
  { method: "GET", force: "hang,drop-after-headers", expected: "ok", attempts: 3 },
  { method: "POST", force: "429,revoke", expected: "ok", attempts: 3, processed: 1 },
  { method: "POST", force: "revoke", expected: "ok", attempts: 2, processed: 1 },
];

describe("each fault on its own, forced on one call", () => {
  let quiet: HostileServer;
  let direct: KontextManagementClient;
  let nextCall = 100_000;

  beforeAll(async () => {
    quiet = await startHostileServer({
      seed: SEED,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      apiFaults: {},
      tokenFaults: {},
      hangMs: 10_000,
      trickleMaxMs: 200,
      trickleLongMs: 10_000,
      maxShortRetryAfterMs: SHORT_RETRY_AFTER_MS,
    });
    direct = new KontextManagementClient({
      baseUrl: quiet.url,
      credentials: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
      ...SETTINGS,
    });
  });
  afterAll(() => quiet?.close());

  it.each(MATRIX)("$method meeting $force ends in $expected after $attempts attempt(s)", async (row) => {
    const call = String(nextCall++);
    const name = `forced-${call}`;
    const headers = { "x-fault-call": call, "x-fault-force": row.force };
    const [id] = quiet.applicationIds();
    // Start from a token the server accepts: a row before may have left a revoked one cached.
    await direct.refreshToken();
    const started = performance.now();
    const outcome = await (row.method === "GET"
      ? direct.applications.get(id as string, { headers })
      : direct.applications.create({ name, oauth: { type: "public", redirectUris: [] } }, { headers })
    ).then(
      () => "ok",
      (error: unknown) => error,
    );
    const ms = performance.now() - started;

    expect(outcome === "ok" ? "ok" : className(outcome)).toBe(row.expected);
    expect(quiet.attempts(call)).toBe(row.attempts);
    expect(ms).toBeLessThan(BUDGET_MS);
    if (outcome !== "ok") {
      expect(isKontextError(outcome)).toBe(true);
      const error = outcome as KontextError;
      expect(error.statusCode).toBe(row.status);
      if (row.expected === "TimeoutError") expect(error.code).toBe("kontext_timeout");
      if (row.force === "429-long") expect((error as { retryAfter?: number }).retryAfter).toBe(120);
      expect(
        leaks(
          renderings(error).map((text): [string, string] => ["error", text]),
          quiet,
        ),
      ).toEqual([]);
    }
    if (row.processed !== undefined) expect(quiet.stats.postsProcessed.get(name) ?? 0).toBe(row.processed);
  });
});
