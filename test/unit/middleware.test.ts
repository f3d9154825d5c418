import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { ConfigError, NotFoundError } from "../../src/errors.js";
import type { Middleware } from "../../src/management.js";
import { APPLICATION, clientFor, json, rejection, serveWithTokens, type TestApi, testApi } from "../helpers/api.js";

let api: TestApi;
beforeEach(() => {
  api = testApi();
  serveWithTokens(api, (req) =>
    req.url.endsWith("/missing")
      ? json(404, { message: "Application not found" })
      : json(200, { application: APPLICATION }),
  );
});
afterEach(() => api.close());

/** Middleware recording what it sees, and tagging every request with a trace header. */
function tracer() {
  const seen: string[] = [];
  const middleware: Middleware = {
    onRequest({ request, schemaPath }) {
      seen.push(`request ${request.method} ${schemaPath} auth=${request.headers.has("authorization")}`);
      request.headers.set("x-trace-id", `trace-${seen.length}`);
      return request;
    },
    onResponse({ response, schemaPath }) {
      seen.push(`response ${response.status} ${schemaPath}`);
    },
    onError({ error, schemaPath }) {
      seen.push(`error ${(error as Error).name} ${schemaPath}`);
    },
  };
  return { seen, middleware };
}

describe("middleware", () => {
  test("the middleware option sees every call, namespace methods and client.raw alike", async () => {
    const { seen, middleware } = tracer();
    const client = clientFor(api, { middleware: [middleware] });
    await client.applications.get("app_1");
    await client.raw.GET("/api/v1/applications/{id}", { params: { path: { id: "app_1" } } });
    expect(seen).toEqual([
      "request GET /api/v1/applications/{id} auth=false",
      "response 200 /api/v1/applications/{id}",
      "request GET /api/v1/applications/{id} auth=false",
      "response 200 /api/v1/applications/{id}",
    ]);
    // What onRequest sets reaches the server; the bearer is added beneath, per attempt.
    expect(
      api.apiRequests().map((r) => [r.headers["x-trace-id"], r.headers.authorization?.startsWith("Bearer ")]),
    ).toEqual([
      ["trace-1", true],
      ["trace-3", true],
    ]);
  });

  test("client.use() adds middleware later; onError sees the typed error a method then throws", async () => {
    const { seen, middleware } = tracer();
    const client = clientFor(api, { maxRetries: 0 }).use(middleware);
    const error = await rejection(client.applications.get("missing"));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(seen).toEqual([
      "request GET /api/v1/applications/{id} auth=false",
      "error NotFoundError /api/v1/applications/{id}",
    ]);
  });

  test("onResponse reads the answer's body, from a clone or the stream, and the caller still gets its data", async () => {
    const bodies: unknown[] = [];
    const client = clientFor(api, {
      middleware: [
        {
          async onResponse({ response }) {
            bodies.push(await response.clone().json());
            bodies.push(JSON.parse(await new Response(response.clone().body).text()));
          },
        },
      ],
    });
    expect(await client.applications.get("app_1")).toEqual({ application: APPLICATION });
    const raw = await client.raw.GET("/api/v1/applications/{id}", { params: { path: { id: "app_1" } } });
    expect(raw.data).toEqual({ application: APPLICATION });
    expect(bodies).toEqual(Array(4).fill({ application: APPLICATION }));
  });

  test("client.raw hands over the body as a stream, bytes or a Blob when asked (parseAs)", async () => {
    const client = clientFor(api);
    const path = { params: { path: { id: "app_1" } } } as const;
    const streamed = await client.raw.GET("/api/v1/applications/{id}", { ...path, parseAs: "stream" });
    expect(JSON.parse(await new Response(streamed.data as ReadableStream).text())).toEqual({
      application: APPLICATION,
    });
    const bytes = await client.raw.GET("/api/v1/applications/{id}", { ...path, parseAs: "arrayBuffer" });
    expect(JSON.parse(new TextDecoder().decode(bytes.data as ArrayBuffer))).toEqual({ application: APPLICATION });
    const blob = await client.raw.GET("/api/v1/applications/{id}", { ...path, parseAs: "blob" });
    expect((blob.data as Blob).type).toMatch(/^application\/json/);
    expect(JSON.parse(await (blob.data as Blob).text())).toEqual({ application: APPLICATION });
  });

  test("middleware that is not an object of hooks is a ConfigError at construction", () => {
    expect(() => clientFor(api, { middleware: [{} as Middleware] })).toThrow(ConfigError);
    expect(() => clientFor(api).use(null as unknown as Middleware)).toThrow(ConfigError);
  });
});
