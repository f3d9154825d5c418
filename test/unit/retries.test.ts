import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import {
  HttpError,
  isNetworkError,
  NetworkError,
  RateLimitError,
  ServerError,
  UnauthorizedError,
} from "../../src/errors.js";
import { KontextManagementClient } from "../../src/management.js";
import {
  APPLICATION,
  bytes,
  clientFor,
  countingFetch,
  drop,
  type Handler,
  json,
  rejection,
  serveWithTokens,
  streamed,
  type TestApi,
  testApi,
  text,
} from "../helpers/api.js";

let api: TestApi;
beforeEach(() => {
  api = testApi();
});
afterEach(() => api.close());

const NEW_APP = { name: "Demo", oauth: { type: "public" as const, redirectUris: ["http://localhost/cb"] } };

/** Answers API requests with `answers` in turn (the last one repeats); tokens are always issued. */
function answerInTurn(...answers: Handler[]) {
  let n = 0;
  serveWithTokens(api, (req) => (answers[Math.min(n++, answers.length - 1)] as Handler)(req));
}

const status =
  (code: number, headers: Record<string, string> = {}): Handler =>
  () =>
    json(code, { message: `status ${code}`, statusCode: code }, headers);
const ok: Handler = () => json(200, { application: APPLICATION });
const created: Handler = () => json(201, { application: APPLICATION });

// A dropped connection exists only on a socket, with the error undici really gives: those tests
// serve the same handlers over node:http (`api.listen()`) and the client reaches them with real fetch.

/** Milliseconds between the arrivals of consecutive API requests. */
const gaps = () => {
  const at = api.apiRequests().map((r) => r.at);
  return at.slice(1).map((t, i) => t - (at[i] as number));
};

describe("idempotent requests", () => {
  test.each([500, 502, 503, 504, 408, 429])("a GET answered %i is tried 3 times, then throws", async (code) => {
    answerInTurn(status(code));
    const error = await rejection(clientFor(api).applications.get("app_1"));
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ statusCode: code, message: `status ${code}` });
    if (code >= 500) expect(error).toBeInstanceOf(ServerError);
    if (code === 429) expect(error).toBeInstanceOf(RateLimitError);
    expect(api.apiRequests()).toHaveLength(3);
  });

  test("a GET that fails with 503 and then succeeds returns the answer", async () => {
    answerInTurn(status(503), status(502), ok);
    const { application } = await clientFor(api).applications.get("app_1");
    expect(application.id).toBe("app_1");
    expect(api.apiRequests()).toHaveLength(3);
  });

  test("a GET whose connection drops is retried up to maxRetries, then throws NetworkError", async () => {
    answerInTurn(drop);
    const error = await rejection(clientFor(await api.listen()).applications.get("app_1"));
    expect(error).toBeInstanceOf(NetworkError);
    expect(isNetworkError(error)).toBe(true);
    expect(error).toMatchObject({ code: "kontext_network_error" });
    expect(api.apiRequests()).toHaveLength(3);
  });

  test("a GET whose connection drops in the middle of the body is retried, then throws NetworkError", async () => {
    answerInTurn(() =>
      streamed(
        200,
        { "content-type": "application/json", "content-length": "1000" },
        {
          start(body) {
            body.enqueue(bytes('{"application":{"id":"app_1"'));
            setTimeout(() => body.error(new Error("connection dropped")), 20);
          },
        },
      ),
    );
    const error = await rejection(clientFor(await api.listen()).applications.get("app_1"));
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).not.toBeInstanceOf(TypeError);
    expect(api.apiRequests()).toHaveLength(3);
  });

  test("a GET whose connection drops once succeeds on the retry", async () => {
    answerInTurn(drop, ok);
    await clientFor(await api.listen()).applications.get("app_1");
    expect(api.apiRequests()).toHaveLength(2);
  });

  test("PUT and DELETE are retried on 503", async () => {
    answerInTurn(status(503), () => json(200, { integrationIds: [] }));
    const client = clientFor(api);
    await client.applications.setIntegrations("app_1", { integrationIds: [] });
    answerInTurn(status(503), () => text(204, null));
    await client.applications.archive("app_1");
    expect(api.apiRequests().map((r) => r.method)).toEqual(["PUT", "PUT", "DELETE", "DELETE"]);
  });
});

describe("non-idempotent requests", () => {
  test("a POST answered 500 is sent exactly once", async () => {
    answerInTurn(status(500));
    const error = await rejection(clientFor(api).applications.create(NEW_APP));
    expect(error).toBeInstanceOf(ServerError);
    expect(api.apiRequests()).toHaveLength(1);
  });

  test("a POST whose connection drops is sent exactly once and throws NetworkError", async () => {
    answerInTurn(drop);
    const error = await rejection(clientFor(await api.listen()).applications.create(NEW_APP));
    expect(error).toBeInstanceOf(NetworkError);
    expect(api.apiRequests()).toHaveLength(1);
  });

  test("a PATCH answered 503 is sent exactly once", async () => {
    answerInTurn(status(503));
    expect(await rejection(clientFor(api).applications.update("app_1", { name: "x" }))).toBeInstanceOf(ServerError);
    expect(api.apiRequests()).toHaveLength(1);
  });

  test("a POST answered 429 is retried and succeeds", async () => {
    answerInTurn(status(429), created);
    const { application } = await clientFor(api).applications.create(NEW_APP);
    expect(application.id).toBe("app_1");
    expect(api.apiRequests().map((r) => r.method)).toEqual(["POST", "POST"]);
  });
});

describe("refused connections", () => {
  async function closedPort(): Promise<string> {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    return `http://127.0.0.1:${port}`;
  }

  test("a refused connection is a NetworkError after maxRetries retries", async () => {
    const { attempts, fetch } = countingFetch(globalThis.fetch);
    const client = new KontextManagementClient({
      baseUrl: await closedPort(),
      accessToken: "t0ken",
      retryDelay: 5,
      fetch,
    });
    const error = await rejection(client.applications.get("app_1"));
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ code: "kontext_network_error", meta: { reason: "ECONNREFUSED" } });
    expect(attempts).toHaveLength(3);
  });

  test("a POST is retried when the connection was refused, since nothing was sent", async () => {
    const { attempts, fetch } = countingFetch(globalThis.fetch);
    const client = new KontextManagementClient({
      baseUrl: await closedPort(),
      accessToken: "t0ken",
      retryDelay: 5,
      fetch,
    });
    expect(await rejection(client.applications.create(NEW_APP))).toBeInstanceOf(NetworkError);
    expect(attempts.filter((a) => a.startsWith("POST "))).toHaveLength(3);
  });

  test("a refused token endpoint is a NetworkError", async () => {
    const base = await closedPort();
    const client = new KontextManagementClient({
      baseUrl: base,
      credentials: { clientId: "sa_1", clientSecret: "secret" },
      retryDelay: 5,
    });
    expect(await rejection(client.applications.get("app_1"))).toBeInstanceOf(NetworkError);
  });
});

describe("statuses that are never retried", () => {
  test.each([400, 403, 404, 409, 422])("a GET answered %i is sent once", async (code) => {
    answerInTurn(status(code));
    const error = await rejection(clientFor(api).applications.get("app_1"));
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ statusCode: code });
    expect(api.apiRequests()).toHaveLength(1);
  });

  test("a 401 is re-sent once after a token refresh and never retried beyond that", async () => {
    answerInTurn(status(401));
    expect(await rejection(clientFor(api, { maxRetries: 5 }).applications.get("app_1"))).toBeInstanceOf(
      UnauthorizedError,
    );
    expect(api.apiRequests()).toHaveLength(2);
    expect(api.tokenRequests()).toHaveLength(2);
  });
});

describe("Retry-After", () => {
  test("waits the Retry-After seconds before retrying", async () => {
    answerInTurn(status(429, { "retry-after": "1" }), ok);
    await clientFor(api).applications.get("app_1");
    const [gap] = gaps();
    expect(gap).toBeGreaterThanOrEqual(900);
    expect(gap).toBeLessThan(3_000);
  });

  test("waits until a Retry-After HTTP date before retrying", async () => {
    answerInTurn((req) => status(503, { "retry-after": new Date(Date.now() + 2_000).toUTCString() })(req), ok);
    await clientFor(api).applications.get("app_1");
    const [gap] = gaps();
    // The date has whole seconds, so the wait is between one and two seconds.
    expect(gap).toBeGreaterThanOrEqual(700);
    expect(gap).toBeLessThan(3_500);
  });

  test("prefers retry-after-ms when present", async () => {
    answerInTurn(status(429, { "retry-after-ms": "300", "retry-after": "5" }), ok);
    await clientFor(api).applications.get("app_1");
    const [gap] = gaps();
    expect(gap).toBeGreaterThanOrEqual(250);
    expect(gap).toBeLessThan(2_000);
  });

  test("a Retry-After beyond maxRetryAfter throws at once with retryAfter set", async () => {
    answerInTurn(status(429, { "retry-after": "120" }));
    const started = performance.now();
    const error = await rejection(clientFor(api).applications.get("app_1"));
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ statusCode: 429, retryAfter: 120 });
    expect(api.apiRequests()).toHaveLength(1);
  });

  test("maxRetryAfter is configurable", async () => {
    answerInTurn(status(503, { "retry-after": "2" }));
    const error = await rejection(clientFor(api, { maxRetryAfter: 1_000 }).applications.get("app_1"));
    expect(error).toMatchObject({ statusCode: 503, retryAfter: 2 });
    expect(api.apiRequests()).toHaveLength(1);
  });
});

describe("maxRetries", () => {
  test("a per-request maxRetries of 0 overrides the client's", async () => {
    answerInTurn(status(503));
    await rejection(clientFor(api, { maxRetries: 2 }).applications.get("app_1", { maxRetries: 0 }));
    expect(api.apiRequests()).toHaveLength(1);
  });

  test("a per-request maxRetries of 4 overrides the client's", async () => {
    answerInTurn(status(503));
    await rejection(clientFor(api, { maxRetries: 1 }).applications.get("app_1", { maxRetries: 4 }));
    expect(api.apiRequests()).toHaveLength(5);
  });

  test("a client maxRetries of 0 sends each request once", async () => {
    answerInTurn(drop);
    await rejection(clientFor(await api.listen(), { maxRetries: 0 }).applications.get("app_1"));
    expect(api.apiRequests()).toHaveLength(1);
  });
});
