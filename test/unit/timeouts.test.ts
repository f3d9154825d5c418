import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { AbortError, isKontextError, isNetworkError, TimeoutError } from "../../src/errors.js";
import {
  APPLICATION,
  clientFor,
  countingFetch,
  json,
  rejection,
  serveWithTokens,
  sleep,
  startServer,
  type TestServer,
  tokenEndpoint,
} from "../helpers/server.js";

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(() => server.close());

/** Issues tokens; API requests go to `api`. */
function serve(api: Parameters<TestServer["handle"]>[0]) {
  serveWithTokens(server, api);
}

const hang = () => {};

async function timed<T>(promise: Promise<T>): Promise<{ error: unknown; ms: number }> {
  const started = performance.now();
  const error = await rejection(promise);
  return { error, ms: performance.now() - started };
}

describe("timeouts", () => {
  test("a server that never answers gives a TimeoutError within timeout × attempts", async () => {
    serve(hang);
    const { attempts, fetch } = countingFetch();
    const client = clientFor(server, { timeout: 150, maxRetries: 2, fetch });
    const { error, ms } = await timed(client.applications.get("app_1"));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(isNetworkError(error)).toBe(true);
    expect(error).toMatchObject({
      code: "kontext_timeout",
      docsUrl: "https://docs.kontext.security/errors/kontext_timeout",
    });
    expect(attempts.filter((a) => a.includes("/api/v1/"))).toHaveLength(3);
    expect(ms).toBeGreaterThanOrEqual(3 * 150 - 20);
    expect(ms).toBeLessThan(3 * 150 + 1_500);
  });

  test("every request's timeout fires on its own: the second of two hanging calls times out too", async () => {
    serve(hang);
    const client = clientFor(server, { timeout: 150, maxRetries: 0 });
    for (const id of ["app_1", "app_2"]) {
      const { error, ms } = await timed(client.applications.get(id));
      expect(error).toBeInstanceOf(TimeoutError);
      expect(ms).toBeLessThan(150 + 1_000);
    }
  });

  test("a POST that times out is not re-sent", async () => {
    serve(hang);
    const { attempts, fetch } = countingFetch();
    const client = clientFor(server, { timeout: 150, fetch });
    const { error } = await timed(
      client.applications.create({ name: "x", oauth: { type: "public", redirectUris: [] } }),
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect(attempts.filter((a) => a.startsWith("POST ") && a.includes("/api/v1/"))).toHaveLength(1);
  });

  test("the timeout covers the body: a body trickling past it times out", async () => {
    serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"application":');
      const timer = setInterval(() => res.write(" "), 30);
      res.on("close", () => clearInterval(timer));
    });
    const client = clientFor(server, { timeout: 200, maxRetries: 0 });
    const { error, ms } = await timed(client.applications.get("app_1"));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(ms).toBeLessThan(200 + 1_500);
  });

  test("a per-request timeout overrides the client's", async () => {
    serve(hang);
    const client = clientFor(server, { timeout: 30_000, maxRetries: 0 });
    const { error, ms } = await timed(client.applications.get("app_1", { timeout: 100 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(ms).toBeLessThan(100 + 1_500);
  });

  test("a longer per-request timeout lets a slow answer through", async () => {
    serve(async (_req, res) => {
      await sleep(300);
      json(res, 200, { application: APPLICATION });
    });
    const client = clientFor(server, { timeout: 100, maxRetries: 0 });
    const { application } = await client.applications.get("app_1", { timeout: 3_000 });
    expect(application.id).toBe("app_1");
  });

  test("a token endpoint that never answers times out after tokenTimeout", async () => {
    server.handle(hang);
    const client = clientFor(server, { tokenTimeout: 100, maxRetries: 0 });
    const { error, ms } = await timed(client.applications.get("app_1"));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(ms).toBeLessThan(100 + 1_500);
  });
});

describe("the caller's AbortSignal", () => {
  test("aborting a request in flight rejects at once with AbortError and is not retried", async () => {
    serve(hang);
    const client = clientFor(server, { timeout: 10_000 });
    const controller = new AbortController();
    const call = client.applications.get("app_1", { signal: controller.signal });
    while (server.apiRequests().length === 0) await sleep(5);
    const started = performance.now();
    controller.abort();
    const error = await rejection(call);
    expect(performance.now() - started).toBeLessThan(500);
    expect(error).toBeInstanceOf(AbortError);
    expect(isKontextError(error)).toBe(true);
    expect(isNetworkError(error)).toBe(false);
    expect(error).toMatchObject({ code: "kontext_aborted" });
    await sleep(50);
    expect(server.apiRequests()).toHaveLength(1);
  });

  test("aborting during a backoff wait rejects at once without another attempt", async () => {
    serve((_req, res) => json(res, 503, { message: "busy", statusCode: 503 }));
    const client = clientFor(server, { retryDelay: 10_000, maxRetryDelay: 10_000 });
    const controller = new AbortController();
    const call = client.applications.get("app_1", { signal: controller.signal });
    while (server.apiRequests().length === 0) await sleep(5);
    await sleep(100); // the 503 has arrived; the client is waiting to retry
    const started = performance.now();
    controller.abort();
    const error = await rejection(call);
    expect(performance.now() - started).toBeLessThan(500);
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ code: "kontext_aborted" });
    expect(server.apiRequests()).toHaveLength(1);
  });

  test("aborting while the body is still arriving rejects with AbortError", async () => {
    serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"application":');
    });
    const client = clientFor(server, { timeout: 10_000 });
    const controller = new AbortController();
    const call = client.applications.get("app_1", { signal: controller.signal });
    while (server.apiRequests().length === 0) await sleep(5);
    await sleep(50);
    controller.abort();
    expect(await rejection(call)).toBeInstanceOf(AbortError);
  });

  test("an already aborted signal sends nothing", async () => {
    serve((_req, res) => json(res, 200, { application: APPLICATION }));
    const client = clientFor(server);
    const error = await rejection(client.applications.get("app_1", { signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(AbortError);
    expect(server.apiRequests()).toHaveLength(0);
  });

  test("aborting while waiting for the token rejects at once", async () => {
    const tokens = tokenEndpoint({ delayMs: 2_000 });
    server.handle((req, res) => {
      if (tokens.handle(req, res)) return;
      json(res, 200, { application: APPLICATION });
    });
    const client = clientFor(server);
    const controller = new AbortController();
    const call = client.applications.get("app_1", { signal: controller.signal });
    while (server.tokenRequests().length === 0) await sleep(5);
    const started = performance.now();
    controller.abort();
    expect(await rejection(call)).toBeInstanceOf(AbortError);
    expect(performance.now() - started).toBeLessThan(500);
    expect(server.apiRequests()).toHaveLength(0);
  });
});
