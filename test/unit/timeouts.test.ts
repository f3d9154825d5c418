import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { AbortError, isKontextError, isNetworkError, TimeoutError } from "../../src/errors.js";
import {
  APPLICATION,
  bytes,
  clientFor,
  countingFetch,
  type Handler,
  hang,
  json,
  rejection,
  serveWithTokens,
  sleep,
  streamed,
  type TestApi,
  testApi,
} from "../helpers/api.js";

let api: TestApi;
beforeEach(() => {
  api = testApi();
});
afterEach(() => api.close());

/** Issues tokens; API requests go to `handler`. */
function serve(handler: Handler) {
  serveWithTokens(api, handler);
}

async function timed<T>(promise: Promise<T>): Promise<{ error: unknown; ms: number }> {
  const started = performance.now();
  const error = await rejection(promise);
  return { error, ms: performance.now() - started };
}

describe("timeouts", () => {
  test("a server that never answers gives a TimeoutError within timeout × attempts", async () => {
    serve(hang);
    const { attempts, fetch } = countingFetch(api.fetch);
    const client = clientFor(api, { timeout: 150, maxRetries: 2, fetch });
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
    const client = clientFor(api, { timeout: 150, maxRetries: 0 });
    for (const id of ["app_1", "app_2"]) {
      const { error, ms } = await timed(client.applications.get(id));
      expect(error).toBeInstanceOf(TimeoutError);
      expect(ms).toBeLessThan(150 + 1_000);
    }
  });

  test("a POST that times out is not re-sent", async () => {
    serve(hang);
    const { attempts, fetch } = countingFetch(api.fetch);
    const client = clientFor(api, { timeout: 150, fetch });
    const { error } = await timed(
      client.applications.create({ name: "x", oauth: { type: "public", redirectUris: [] } }),
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect(attempts.filter((a) => a.startsWith("POST ") && a.includes("/api/v1/"))).toHaveLength(1);
  });

  test("the timeout covers the body: a body trickling past it times out", async () => {
    let timer: ReturnType<typeof setInterval> | undefined;
    serve(() =>
      streamed(
        200,
        { "content-type": "application/json" },
        {
          start(body) {
            body.enqueue(bytes('{"application":'));
            timer = setInterval(() => body.enqueue(bytes(" ")), 30);
          },
          cancel: () => clearInterval(timer),
        },
      ),
    );
    const client = clientFor(api, { timeout: 200, maxRetries: 0 });
    const { error, ms } = await timed(client.applications.get("app_1"));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(ms).toBeLessThan(200 + 1_500);
  });

  test("a per-request timeout overrides the client's", async () => {
    serve(hang);
    const client = clientFor(api, { timeout: 30_000, maxRetries: 0 });
    const { error, ms } = await timed(client.applications.get("app_1", { timeout: 100 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(ms).toBeLessThan(100 + 1_500);
  });

  test("a longer per-request timeout lets a slow answer through", async () => {
    serve(async () => {
      await sleep(300);
      return json(200, { application: APPLICATION });
    });
    const client = clientFor(api, { timeout: 100, maxRetries: 0 });
    const { application } = await client.applications.get("app_1", { timeout: 3_000 });
    expect(application.id).toBe("app_1");
  });

  test("a token endpoint that never answers times out after tokenTimeout", async () => {
    api.handle(hang);
    const client = clientFor(api, { tokenTimeout: 100, maxRetries: 0 });
    const { error, ms } = await timed(client.applications.get("app_1"));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(ms).toBeLessThan(100 + 1_500);
  });
});

describe("the caller's AbortSignal", () => {
  test("aborting a request in flight rejects at once with AbortError and is not retried", async () => {
    serve(hang);
    const client = clientFor(api, { timeout: 10_000 });
    const controller = new AbortController();
    const call = client.applications.get("app_1", { signal: controller.signal });
    while (api.apiRequests().length === 0) await sleep(5);
    const started = performance.now();
    controller.abort();
    const error = await rejection(call);
    expect(performance.now() - started).toBeLessThan(500);
    expect(error).toBeInstanceOf(AbortError);
    expect(isKontextError(error)).toBe(true);
    expect(isNetworkError(error)).toBe(false);
    expect(error).toMatchObject({ code: "kontext_aborted" });
    await sleep(50);
    expect(api.apiRequests()).toHaveLength(1);
  });

  test("aborting during a backoff wait rejects at once without another attempt", async () => {
    serve(() => json(503, { message: "busy", statusCode: 503 }));
    const client = clientFor(api, { retryDelay: 10_000, maxRetryDelay: 10_000 });
    const controller = new AbortController();
    const call = client.applications.get("app_1", { signal: controller.signal });
    while (api.apiRequests().length === 0) await sleep(5);
    await sleep(100); // the 503 has arrived; the client is waiting to retry
    const started = performance.now();
    controller.abort();
    const error = await rejection(call);
    expect(performance.now() - started).toBeLessThan(500);
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ code: "kontext_aborted" });
    expect(api.apiRequests()).toHaveLength(1);
  });

  test("aborting while the body is still arriving rejects with AbortError", async () => {
    serve(() =>
      streamed(
        200,
        { "content-type": "application/json" },
        { start: (body) => body.enqueue(bytes('{"application":')) },
      ),
    );
    const client = clientFor(api, { timeout: 10_000 });
    const controller = new AbortController();
    const call = client.applications.get("app_1", { signal: controller.signal });
    while (api.apiRequests().length === 0) await sleep(5);
    await sleep(50);
    controller.abort();
    expect(await rejection(call)).toBeInstanceOf(AbortError);
  });

  test("an already aborted signal sends nothing", async () => {
    serve(() => json(200, { application: APPLICATION }));
    const client = clientFor(api);
    const error = await rejection(client.applications.get("app_1", { signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(AbortError);
    expect(api.apiRequests()).toHaveLength(0);
  });

  test("aborting while waiting for the token rejects at once", async () => {
    serveWithTokens(api, () => json(200, { application: APPLICATION }), { delayMs: 2_000 });
    const client = clientFor(api);
    const controller = new AbortController();
    const call = client.applications.get("app_1", { signal: controller.signal });
    while (api.tokenRequests().length === 0) await sleep(5);
    const started = performance.now();
    controller.abort();
    expect(await rejection(call)).toBeInstanceOf(AbortError);
    expect(performance.now() - started).toBeLessThan(500);
    expect(api.apiRequests()).toHaveLength(0);
  });
});
