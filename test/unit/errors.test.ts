import { inspect } from "node:util";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import * as errorsEntry from "../../src/errors.js";
import {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  HttpError,
  InvalidResponseError,
  isHttpError,
  isKontextError,
  isRateLimitError,
  isUnauthorizedError,
  KontextError,
  NotFoundError,
  ServerError,
} from "../../src/errors.js";
import { KontextManagementClient } from "../../src/management.js";
import { clientFor, json, rejection, serveWithTokens, type TestApi, testApi, text } from "../helpers/api.js";

let api: TestApi;
beforeEach(() => {
  api = testApi();
});
afterEach(() => api.close());

/** Issues tokens; every API request gets `answer`. */
function serve(answer: () => Response) {
  serveWithTokens(api, answer);
}

function raw(status: number, body: string, headers: Record<string, string> = {}) {
  return () => text(status, body, headers);
}

const HTML_502 = `<html>
<head><title>502 Bad Gateway</title></head>
<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body>
</html>`;

/** The error a GET fails with, checked to be one of ours and never a TypeError or SyntaxError. */
async function failure(client = clientFor(api, { maxRetries: 0 })): Promise<KontextError> {
  const error = await rejection(client.applications.get("app_1"));
  expect(error).not.toBeInstanceOf(TypeError);
  expect(error).not.toBeInstanceOf(SyntaxError);
  expect(error).toBeInstanceOf(KontextError);
  return error as KontextError;
}

describe("malformed answers", () => {
  test("an HTML 502 page from a proxy is a ServerError with the status and a body excerpt", async () => {
    serve(raw(502, HTML_502, { "content-type": "text/html" }));
    const error = await failure();
    expect(error).toBeInstanceOf(ServerError);
    expect(error.statusCode).toBe(502);
    expect(error.meta.bodyExcerpt).toContain("502 Bad Gateway");
    expect((error.meta.bodyExcerpt ?? "").length).toBeLessThanOrEqual(201);
  });

  test("an HTML 502 page is retried on a GET and still ends as a ServerError", async () => {
    serve(raw(502, HTML_502, { "content-type": "text/html" }));
    const error = await failure(clientFor(api));
    expect(error).toBeInstanceOf(ServerError);
    expect(api.apiRequests()).toHaveLength(3);
  });

  test("the ./errors entry holds the error classes and their guards, nothing internal", () => {
    const names = Object.keys(errorsEntry);
    expect(names.filter((name) => !/^(\w+Error|is\w+Error)$/.test(name))).toEqual([]);
    expect(names).toContain("isNotFoundError");
  });

  test("an HTTP error keeps the response it came from, out of logs and JSON", async () => {
    serve(() => json(404, { message: "Application not found", statusCode: 404 }, { "x-request-id": "req_1" }));
    const error = (await failure()) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.response?.status).toBe(404);
    expect(error.response?.headers.get("x-request-id")).toBe("req_1");
    expect(Object.keys(error)).not.toContain("response");
    expect(JSON.stringify(error)).not.toContain("response");
  });

  test("a 200 with an empty body is an InvalidResponseError", async () => {
    serve(raw(200, "", { "content-type": "application/json" }));
    const error = await failure();
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ statusCode: 200, code: "kontext_invalid_response" });
  });

  test("a 200 with truncated JSON is an InvalidResponseError with an excerpt", async () => {
    serve(raw(200, '{"application":{"id":"app_1","na', { "content-type": "application/json" }));
    const error = await failure();
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.statusCode).toBe(200);
    expect(error.meta.bodyExcerpt).toBe('{"application":{"id":"app_1","na');
  });

  test("a 200 with content-type text/html is an InvalidResponseError with a short excerpt", async () => {
    serve(
      raw(200, `<html><body>${"Sign in to continue. ".repeat(100)}</body></html>`, { "content-type": "text/html" }),
    );
    const error = await failure();
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.statusCode).toBe(200);
    expect(error.meta.bodyExcerpt).toMatch(/^<html><body>Sign in/);
    expect((error.meta.bodyExcerpt ?? "").length).toBeLessThanOrEqual(201);
  });

  test("a 200 whose JSON is not an object is an InvalidResponseError", async () => {
    serve(raw(200, "[1,2,3]", { "content-type": "application/json" }));
    expect(await failure()).toBeInstanceOf(InvalidResponseError);
  });

  test("a listing without an items array is an InvalidResponseError", async () => {
    serve(() => json(200, { data: [] }));
    const error = await rejection(clientFor(api).applications.list());
    expect(error).toBeInstanceOf(InvalidResponseError);
  });

  test("a 500 with a non-JSON body keeps the status in the message", async () => {
    serve(raw(500, "upstream exploded", { "content-type": "text/plain" }));
    const error = await failure();
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toContain("500");
    expect(error.meta.bodyExcerpt).toBe("upstream exploded");
  });

  test("a 404 with an empty body is a NotFoundError", async () => {
    serve(raw(404, ""));
    const error = await failure();
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toContain("404");
  });
});

describe("error details", () => {
  test.each([
    [400, BadRequestError, "kontext_validation_error"],
    [403, ForbiddenError, "kontext_policy_denied"],
    [404, NotFoundError, "kontext_not_found"],
    [409, ConflictError, "kontext_conflict"],
    [422, HttpError, "kontext_http_error"],
  ] as const)("a %i becomes %o with the server's message", async (status, ErrorClass, code) => {
    serve(() => json(status, { message: `Server says ${status}`, statusCode: status }));
    const error = await failure();
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(HttpError);
    expect(isHttpError(error)).toBe(true);
    expect(error).toMatchObject({ statusCode: status, message: `Server says ${status}`, code });
    expect(error.docsUrl).toBe(`https://docs.kontext.security/errors/${code}`);
  });

  test("a 400 with a NestJS message array gives validationErrors", async () => {
    serve(() =>
      json(400, {
        message: ["name must be a string", "oauth.type must be public or confidential"],
        error: "Bad Request",
        statusCode: 400,
      }),
    );
    const error = await failure();
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).validationErrors).toEqual([
      "name must be a string",
      "oauth.type must be public or confidential",
    ]);
    expect(error.message).toContain("name must be a string");
  });

  test.each([
    [
      "validationErrors of { field, message }",
      {
        message: "Validation failed",
        validationErrors: [
          { field: "name", message: "Required" },
          { field: "oauth.type", message: "Invalid" },
        ],
      },
      ["name: Required", "oauth.type: Invalid"],
    ],
    [
      "validationErrors of strings",
      { message: "Validation failed", validationErrors: ["name is required"] },
      ["name is required"],
    ],
    [
      "errors",
      { message: "Invalid body", errors: [{ path: ["oauth", "redirectUris"], message: "Expected array" }] },
      ["oauth.redirectUris: Expected array"],
    ],
    [
      "a problem+json validation list",
      {
        title: "Invalid request",
        status: 422,
        validation: [{ location: ["body", "name"], severity: "Error", code: "type", message: "must be string" }],
      },
      ["name: must be string"],
    ],
  ])("a 422 with %s keeps each reason and its field, and the first in the message", async (_, body, reasons) => {
    serve(() => json(422, body));
    const error = (await failure()) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.statusCode).toBe(422);
    expect(error.validationErrors).toEqual(reasons);
    expect(error.message).toContain(reasons[0]);
  });

  test("a 400 with validationErrors is a BadRequestError with the server's message and first reason", async () => {
    serve(() =>
      json(400, { message: "Validation failed", validationErrors: [{ field: "name", message: "Required" }] }),
    );
    const error = (await failure()) as BadRequestError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.validationErrors).toEqual(["name: Required"]);
    expect(error.message).toBe("Validation failed: name: Required");
  });

  test("x-request-id becomes requestId", async () => {
    serve(() => json(404, { message: "Application not found" }, { "x-request-id": "req_123" }));
    const error = await failure();
    expect(error.requestId).toBe("req_123");
  });

  test("a 429 is a RateLimitError the guards recognise, with retryAfter in seconds", async () => {
    serve(() => json(429, { message: "Too many requests" }, { "retry-after": "90" }));
    const error = await failure();
    expect(isRateLimitError(error)).toBe(true);
    expect(error).toMatchObject({ retryAfter: 90, statusCode: 429, code: "kontext_rate_limited" });
  });

  test("a 401 is recognised by isUnauthorizedError", async () => {
    api.handle(() => json(401, { message: "Invalid token", statusCode: 401 }));
    const client = new KontextManagementClient({ baseUrl: api.url, fetch: api.fetch, accessToken: "user-token" });
    const error = await rejection(client.applications.get("app_1"));
    expect(isUnauthorizedError(error)).toBe(true);
    expect(isKontextError(error)).toBe(true);
  });

  test("an error logged with util.inspect shows no empty fields", async () => {
    serve(() => json(404, { message: "Application not found" }));
    const error = await failure();
    expect(Object.keys(error)).not.toContain("requestId");
    expect(Object.keys(error)).not.toContain("retryAfter");
    expect(inspect(error)).not.toContain("undefined");
  });

  test("an error's name is its class name", async () => {
    serve(() => json(409, { message: "Name taken" }));
    const error = await failure();
    expect(error.name).toBe("ConflictError");
    expect(String(error)).toBe("ConflictError: Name taken");
  });
});
