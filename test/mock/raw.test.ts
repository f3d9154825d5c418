// client.raw: openapi-fetch typed by the spec's paths, over the client's base URL and token handling,
// returning errors as data instead of throwing.
import { describe, expect, expectTypeOf, inject, test } from "vitest";
import type { ApiErrorBody, ApplicationResponse } from "../../src/types.js";
import { APP_ID, isTokenUrl, prismClient, recordingFetch } from "./calls.js";
import { example } from "./spec.js";

const prismUrl = inject("prismUrl");

describe("client.raw", () => {
  test("GET /api/v1/applications/{id} returns { data } equal to the spec's example", async () => {
    const client = prismClient(prismUrl);
    const { data, error, response } = await client.raw.GET("/api/v1/applications/{id}", {
      params: { path: { id: APP_ID } },
    });
    expectTypeOf(data).toEqualTypeOf<ApplicationResponse | undefined>();
    expect(response.status).toBe(200);
    expect(error).toBeUndefined();
    expect(data).toStrictEqual(example("getApplication", 200));
  });

  test("shares the namespace methods' token: one token request for raw and namespace calls together", async () => {
    const { fetch, requests } = recordingFetch();
    const client = prismClient(prismUrl, { fetch });
    const token = example("requestAccessToken", 200) as { access_token: string };

    await client.applications.get(APP_ID);
    const raw = await client.raw.GET("/api/v1/applications/{id}", { params: { path: { id: APP_ID } } });
    const listed = await client.raw.GET("/api/v1/applications", { params: { query: { limit: 10 } } });
    expect(raw.data).toStrictEqual(example("getApplication", 200));
    expect(listed.data).toStrictEqual(example("listApplications", 200));

    expect(requests.filter((r) => isTokenUrl(r.url))).toHaveLength(1);
    const api = requests.filter((r) => !isTokenUrl(r.url));
    expect(api.map((r) => `${r.method} ${new URL(r.url).pathname}${new URL(r.url).search}`)).toEqual([
      `GET /api/v1/applications/${APP_ID}`,
      `GET /api/v1/applications/${APP_ID}`,
      "GET /api/v1/applications?limit=10",
    ]);
    for (const r of api) expect(r.headers.get("authorization")).toBe(`Bearer ${token.access_token}`);
  });

  test("returns { error } with the server's body on a 404 instead of throwing", async () => {
    const client = prismClient(prismUrl);
    const { data, error, response } = await client.raw.GET("/api/v1/applications/{id}", {
      params: { path: { id: APP_ID } },
      headers: { prefer: "code=404" },
    });
    expect(response.status).toBe(404);
    expect(data).toBeUndefined();
    expect(error).toStrictEqual(example("getApplication", 404));
    expectTypeOf(error).toExtend<ApiErrorBody | undefined>();
  });

  test("sends a typed body on POST and returns the created resource", async () => {
    const client = prismClient(prismUrl);
    const { data, response } = await client.raw.POST("/api/v1/service-accounts", {
      body: { name: "CI Pipeline", description: "Used by GitHub Actions to manage integrations" },
    });
    expect(response.status).toBe(201);
    expect(data).toStrictEqual(example("createServiceAccount", 201));
  });
});
