import { fork } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, afterEach, beforeEach, describe, expect, test } from "vitest";
import type { Logger } from "../../src/options.js";
import {
  APPLICATION,
  CLIENT_ID,
  CLIENT_SECRET,
  clientFor,
  type Handler,
  hang,
  json,
  rejection,
  type TestApi,
  type TokenEndpoint,
  testApi,
  tokenEndpoint,
} from "../helpers/api.js";

interface Entry {
  level: "debug" | "warn";
  message: string;
  data: Record<string, unknown> | undefined;
}

let api: TestApi;
let tokens: TokenEndpoint;
let entries: Entry[];
let logger: Logger;
beforeEach(() => {
  api = testApi();
  tokens = tokenEndpoint();
  entries = [];
  logger = {
    debug: (message, data) => entries.push({ level: "debug", message, data }),
    warn: (message, data) => entries.push({ level: "warn", message, data }),
  };
});
afterEach(() => api.close());

/** Answers API requests with `answers` in turn; the last one repeats. */
function answerInTurn(...answers: Handler[]) {
  let n = 0;
  api.handle((req) => tokens.answer(req) ?? (answers[Math.min(n++, answers.length - 1)] as Handler)(req));
}
const ok: Handler = () => json(200, { application: APPLICATION });
const status =
  (code: number): Handler =>
  () =>
    json(code, { message: `status ${code}` });

const named = (message: string) => entries.filter((e) => e.message === message);

describe("the logger", () => {
  test("receives request and response entries with a duration", async () => {
    answerInTurn(ok);
    await clientFor(api, { logger }).applications.get("app_1");
    const toApi = (e: Entry) => String(e.data?.url).includes("/api/v1/applications/app_1");
    expect(named("kontext: request").filter(toApi)).toEqual([
      { level: "debug", message: "kontext: request", data: expect.objectContaining({ method: "GET", attempt: 1 }) },
    ]);
    const [response] = named("kontext: response").filter(toApi);
    expect(response?.data).toMatchObject({ method: "GET", status: 200, attempt: 1 });
    expect(response?.data?.durationMs).toEqual(expect.any(Number));
    expect(response?.data?.durationMs as number).toBeGreaterThanOrEqual(0);
  });

  test("receives a retry entry with the reason and the delay", async () => {
    answerInTurn(status(503), ok);
    await clientFor(api, { logger, retryDelay: 20 }).applications.get("app_1");
    const retries = named("kontext: retry");
    expect(retries).toHaveLength(1);
    expect(retries[0]).toMatchObject({ level: "warn", data: { reason: "status 503", method: "GET", attempt: 1 } });
    expect(retries[0]?.data?.delayMs as number).toBeGreaterThan(0);
    expect(retries[0]?.data?.delayMs as number).toBeLessThanOrEqual(20);
    expect(named("kontext: response").map((e) => e.data?.status)).toEqual([200, 503, 200]);
  });

  test("names a timeout as the reason for a retry", async () => {
    answerInTurn(hang, ok);
    await clientFor(api, { logger, timeout: 100 }).applications.get("app_1");
    expect(named("kontext: retry").map((e) => e.data?.reason)).toEqual(["timeout"]);
  });

  test("names the token renewal after a 401", async () => {
    answerInTurn(status(401), ok);
    await clientFor(api, { logger }).applications.get("app_1");
    expect(named("kontext: retry").map((e) => e.data?.reason)).toEqual(["401, token renewed"]);
  });

  test("never receives a token, the secret or the Basic credential", async () => {
    answerInTurn(status(401), status(503), ok);
    const client = clientFor(api, { logger });
    await client.applications.get("app_1");
    client.clearToken();
    answerInTurn(status(404));
    await rejection(client.applications.get("app_2"));
    expect(tokens.issued).toEqual(["tok-1", "tok-2", "tok-3"]);
    const text = JSON.stringify(entries);
    expect(entries.length).toBeGreaterThan(5);
    const basic = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64");
    for (const secret of [CLIENT_SECRET, basic, ...tokens.issued]) expect(text).not.toContain(secret);
  });
});

describe("without a logger", () => {
  const dir = mkdtempSync(join(tmpdir(), "kontext-silent-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("the client writes nothing to stdout or stderr, even while retrying and failing", async () => {
    // A separate process, so that nothing has to patch this one's console to listen.
    await build({
      entryPoints: [join(import.meta.dirname, "../../src/index.ts")],
      bundle: true,
      platform: "node",
      format: "esm",
      outfile: join(dir, "sdk.mjs"),
      logLevel: "silent",
    });
    writeFileSync(
      join(dir, "run.mjs"),
      `import { createServer } from "node:http";
import { KontextManagementClient } from "./sdk.mjs";
let api = 0;
let issued = 0;
const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    const send = (status, body) => { res.writeHead(status, { "content-type": "application/json" }); res.end(JSON.stringify(body)); };
    if (req.url === "/oauth2/token") return send(200, { access_token: "tok-" + ++issued, expires_in: 3600 });
    api++;
    if (api === 1) return send(503, { message: "busy" });
    if (api === 2) return send(401, { message: "expired" });
    if (api === 3) return send(200, { application: { id: "app_1" } });
    send(404, { message: "no such application" });
  });
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const client = new KontextManagementClient({
  baseUrl: "http://127.0.0.1:" + server.address().port,
  credentials: { clientId: "sa_1", clientSecret: "s3cr3t-VALUE" },
  retryDelay: 5,
});
const { application } = await client.applications.get("app_1");
const failed = await client.applications.get("app_2").then(() => "no error", (e) => e.name);
server.close();
process.send({ application: application.id, failed, api, issued });
`,
    );
    const child = fork(join(dir, "run.mjs"), [], { silent: true });
    let out = "";
    child.stdout?.on("data", (chunk) => {
      out += chunk;
    });
    child.stderr?.on("data", (chunk) => {
      out += chunk;
    });
    let message: unknown;
    child.once("message", (m) => {
      message = m;
    });
    const code = await new Promise((resolve) => child.once("exit", resolve));
    expect(message).toEqual({ application: "app_1", failed: "NotFoundError", api: 4, issued: 2 });
    expect(code).toBe(0);
    expect(out).toBe("");
  });
});
