// Every documented 4xx of every operation, reached on Prism with `Prefer: code=N`, must arrive as the
// right error class with the status, the stable code and the server's own message from the spec.
import { describe, expect, inject, test } from "vitest";
import {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  HttpError,
  isHttpError,
  isKontextError,
  isNotFoundError,
  isOAuthError,
  isRateLimitError,
  isUnauthorizedError,
  KontextError,
  NotFoundError,
  OAuthError,
  RateLimitError,
  UnauthorizedError,
} from "../../src/errors.js";
import { CALLS, invoke, isTokenUrl, prismClient, recordingFetch } from "./calls.js";
import { clientErrorCodes, example, operation, operations } from "./spec.js";

const prismUrl = inject("prismUrl");

const EXPECTED: Record<number, { cls: typeof HttpError; code: string }> = {
  400: { cls: BadRequestError, code: "kontext_validation_error" },
  401: { cls: UnauthorizedError, code: "kontext_unauthorized" },
  403: { cls: ForbiddenError, code: "kontext_policy_denied" },
  404: { cls: NotFoundError, code: "kontext_not_found" },
  409: { cls: ConflictError, code: "kontext_conflict" },
  429: { cls: RateLimitError, code: "kontext_rate_limited" },
};

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw, but it resolved");
}

const apiCases = operations
  .filter((op) => op.operationId !== "requestAccessToken")
  .flatMap((op) =>
    (CALLS[op.operationId] ?? []).flatMap((call) =>
      clientErrorCodes(op).map((status) => ({ op, call, status, label: `${call.method}() on ${status}` })),
    ),
  );

test("every API operation documents 401, 403 and 429, and each is exercised below", () => {
  const lacking = operations
    .filter((op) => op.operationId !== "requestAccessToken")
    .filter((op) => ![401, 403, 429].every((c) => op.codes.includes(c)))
    .map((op) => op.operationId);
  expect(lacking).toEqual([]);
  expect(apiCases.length).toBeGreaterThanOrEqual(operations.length * 3);
});

describe.each(apiCases.map((c) => [c.label, c] as const))("%s", (_label, { op, call, status }) => {
  const body = example(op.operationId, status) as { message: string | string[]; statusCode: number };
  const headers = op.responses[status]?.headers ?? {};
  const wanted = EXPECTED[status];

  test(`throws ${wanted?.cls.name ?? "HttpError"} with the status, code and the server's message`, async () => {
    const { fetch, requests } = recordingFetch();
    const client = prismClient(prismUrl, { fetch });
    const error = await rejection(invoke(client, call, { headers: { prefer: `code=${status}` } }));

    if (!wanted) throw new Error(`no expectation for status ${status}`);
    expect(error).toBeInstanceOf(wanted.cls);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toBeInstanceOf(KontextError);
    const e = error as HttpError;
    expect(isKontextError(e)).toBe(true);
    expect(isHttpError(e)).toBe(true);
    expect(isUnauthorizedError(e)).toBe(status === 401);
    expect(isRateLimitError(e)).toBe(status === 429);
    expect(isNotFoundError(e)).toBe(status === 404);
    expect(e.name).toBe(wanted.cls.name);
    expect(e.statusCode).toBe(status);
    expect(e.code).toBe(wanted.code);

    if (Array.isArray(body.message)) {
      expect(e.validationErrors).toEqual(body.message);
      for (const line of body.message) expect(e.message).toContain(line);
    } else {
      expect(e.message).toBe(body.message);
      expect(e.validationErrors).toBeUndefined();
    }

    if (status === 429) {
      expect(headers["retry-after"]).toBeDefined();
      expect(e.retryAfter).toBe(Number(headers["retry-after"]));
    } else {
      expect(e.retryAfter).toBeUndefined();
    }
    if (headers["x-request-id"] !== undefined) expect(e.requestId).toBe(headers["x-request-id"]);

    // No secret of the client's ends up in the error.
    expect(JSON.stringify(e)).not.toContain("kx_sa_test_secret");

    const api = requests.filter((r) => !isTokenUrl(r.url));
    const tokens = requests.filter((r) => isTokenUrl(r.url));
    if (status === 401) {
      // A 401 drops the token; the call is re-sent once with a fresh one, then the 401 is thrown.
      expect(api).toHaveLength(2);
      expect(tokens).toHaveLength(2);
    } else {
      // maxRetries: 0, so even a 429 is thrown at once.
      expect(api).toHaveLength(1);
      expect(tokens).toHaveLength(1);
    }
  });
});

describe("the token endpoint's errors", () => {
  const token = operation("requestAccessToken");

  /** A client whose token requests (only) carry `prefer`, so Prism answers them with an error. */
  function refusedClient(prefer: string) {
    const recorded = recordingFetch((url) => (isTokenUrl(url) ? { prefer } : undefined));
    return { client: prismClient(prismUrl, { fetch: recorded.fetch }), requests: recorded.requests };
  }

  test("documents 400 and 401", () => {
    expect(clientErrorCodes(token)).toEqual(expect.arrayContaining([400, 401]));
  });

  const oauthCases = [400, 401].flatMap((status) =>
    (token.responses[status]?.examples ?? []).map((named) => ({ status, named })),
  );

  test.each(oauthCases.map((c) => [c.status, c.named.name, c] as const))(
    "refreshToken() on a %i (%s) throws OAuthError with the server's error code",
    async (status, name, { named }) => {
      const body = named.value as { error: string; error_description?: string };
      const { client, requests } = refusedClient(`code=${status}, example=${name}`);
      const error = await rejection(client.refreshToken());
      expect(error).toBeInstanceOf(OAuthError);
      expect(error).toBeInstanceOf(KontextError);
      const e = error as OAuthError;
      expect(isOAuthError(e)).toBe(true);
      expect(isHttpError(e)).toBe(false);
      // A refused client authentication (401) counts as "unauthorized": check clientId and clientSecret.
      expect(isUnauthorizedError(e)).toBe(status === 401);
      expect(e.errorCode).toBe(body.error);
      expect(e.errorDescription).toBe(body.error_description);
      expect(e.statusCode).toBe(status);
      expect(e.message).toContain(body.error);
      expect(JSON.stringify(e)).not.toContain("kx_sa_test_secret");
      expect(requests).toHaveLength(1);
    },
  );

  test("a namespace method whose token request is refused throws the OAuthError and never calls the API", async () => {
    const body = example("requestAccessToken", 401) as { error: string };
    const { client, requests } = refusedClient("code=401");
    const error = await rejection(client.applications.list());
    expect(error).toBeInstanceOf(OAuthError);
    expect((error as OAuthError).errorCode).toBe(body.error);
    expect(requests.filter((r) => !isTokenUrl(r.url))).toHaveLength(0);
  });

  test("refreshToken() on a 429 throws RateLimitError with retryAfter in seconds", async () => {
    const body = example("requestAccessToken", 429) as { message: string };
    const { client } = refusedClient("code=429");
    const error = await rejection(client.refreshToken());
    expect(error).toBeInstanceOf(RateLimitError);
    expect(isRateLimitError(error)).toBe(true);
    expect((error as RateLimitError).retryAfter).toBe(Number(token.responses[429]?.headers["retry-after"]));
    expect((error as RateLimitError).message).toBe(body.message);
  });
});
