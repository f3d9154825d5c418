import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { ConfigError } from "../../src/errors.js";
import { KontextManagementClient, type KontextManagementClientOptions } from "../../src/management.js";
import {
  APPLICATION,
  CLIENT_SECRET,
  clientFor,
  json,
  rejection,
  serveWithTokens,
  type TestApi,
  testApi,
} from "../helpers/api.js";

let api: TestApi;
beforeEach(() => {
  api = testApi();
  serveWithTokens(api, () => json(200, { application: APPLICATION, items: [] }));
});
afterEach(() => api.close());

const credentials = { clientId: "sa_1", clientSecret: CLIENT_SECRET };

/** What constructing a client with `options` throws, or undefined. */
function construct(options: unknown): unknown {
  try {
    new KontextManagementClient(options as KontextManagementClientOptions);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("hostile ids", () => {
  const ids = [
    "../service-accounts",
    "",
    "  ",
    "a/b",
    "a?b",
    "a#b",
    "%2e%2e",
    "é",
    "a\nb",
    "..",
    "a\\b",
    "\u0000",
    ".",
  ];

  test.each(ids.map((id) => [JSON.stringify(id), id]))("get(%s) is a ConfigError before any request", async (_, id) => {
    const error = await rejection(clientFor(api).applications.get(id));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ code: "kontext_config_error" });
    expect(api.requests).toHaveLength(0);
  });

  test("a hostile second id is refused too", async () => {
    const client = clientFor(api);
    expect(await rejection(client.sessions.get("app_1", "../../service-accounts"))).toBeInstanceOf(ConfigError);
    expect(await rejection(client.applications.attachIntegration("app_1", "int/1"))).toBeInstanceOf(ConfigError);
    expect(await rejection(client.serviceAccounts.revoke(".."))).toBeInstanceOf(ConfigError);
    expect(api.requests).toHaveLength(0);
  });

  test("a non-string id is a ConfigError", async () => {
    const error = await rejection(clientFor(api).applications.get(42 as unknown as string));
    expect(error).toBeInstanceOf(ConfigError);
    expect(api.requests).toHaveLength(0);
  });

  test("an ordinary id is sent as one path segment", async () => {
    const client = clientFor(api);
    await client.applications.get("550e8400-e29b-41d4-a716-446655440000");
    await client.serviceAccounts.get("sa_1.a~b:c@d+e=f");
    expect(api.apiRequests().map((r) => r.url)).toEqual([
      "/api/v1/applications/550e8400-e29b-41d4-a716-446655440000",
      `/api/v1/service-accounts/${encodeURIComponent("sa_1.a~b:c@d+e=f")}`,
    ]);
  });
});

describe("limit", () => {
  test.each([0, 201, 1.5, -1, Number.NaN, "10"])("limit %o is a ConfigError before any request", async (limit) => {
    const client = clientFor(api);
    const error = await rejection(client.applications.list({ limit: limit as number }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(api.requests).toHaveLength(0);
  });

  test("list() with a bad limit rejects rather than throwing synchronously", async () => {
    const client = clientFor(api);
    let page: PromiseLike<unknown> | undefined;
    expect(() => {
      page = client.applications.list({ limit: 0 });
    }).not.toThrow();
    expect(await rejection(page as PromiseLike<unknown>)).toBeInstanceOf(ConfigError);
  });

  test.each([1, 200])("limit %i is sent", async (limit) => {
    await clientFor(api).applications.list({ limit });
    expect(api.apiRequests()[0]?.url).toBe(`/api/v1/applications?limit=${limit}`);
  });
});

describe("bad input rejects, never throws", () => {
  const bad: [string, (c: KontextManagementClient) => PromiseLike<unknown>][] = [
    ["a number id", (c) => c.applications.get(42 as never)],
    ["no data", (c) => c.applications.create(undefined as never)],
    ["an array as data", (c) => c.applications.update("app_1", [] as never)],
    ["a string as data", (c) => c.serviceAccounts.create("name" as never)],
    ["a negative timeout", (c) => c.integrations.get("int_1", { timeout: -1 })],
    ["options that are not an object", (c) => c.traces.get("t_1", undefined, 5 as never)],
    ["a bad limit on a sessions list", (c) => c.sessions.list("app_1", { limit: 0 })],
    ["a signal that is not an AbortSignal", (c) => c.events.list(undefined, { signal: {} as never })],
    ["an object as a query value", (c) => c.traces.stats({ period: {} as never })],
  ];
  test.each(bad)("%s: the method returns a promise that rejects with ConfigError, sending nothing", async (_, call) => {
    const client = clientFor(api);
    let result: PromiseLike<unknown> | undefined;
    expect(() => {
      result = call(client);
    }).not.toThrow();
    expect(await rejection(result as PromiseLike<unknown>)).toBeInstanceOf(ConfigError);
    expect(api.requests).toHaveLength(0);
  });
});

describe("headers", () => {
  test.each(["a\r\nX-Injected: 1", "a\nb", "a\rb", "a\u0000b"])(
    "a client header value %o is a ConfigError",
    (value) => {
      const error = construct({ baseUrl: api.url, credentials, headers: { "x-custom": value } });
      expect(error).toBeInstanceOf(ConfigError);
    },
  );

  test("a client header name with a space or colon is a ConfigError", () => {
    expect(construct({ baseUrl: api.url, credentials, headers: { "x bad": "1" } })).toBeInstanceOf(ConfigError);
    expect(construct({ baseUrl: api.url, credentials, headers: { "x:bad": "1" } })).toBeInstanceOf(ConfigError);
  });

  test("a per-request header value with CR/LF is a ConfigError before any request", async () => {
    const client = clientFor(api);
    const error = await rejection(client.applications.get("app_1", { headers: { "x-custom": "a\r\nX-Injected: 1" } }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(api.requests).toHaveLength(0);
  });

  test("the ConfigError for a bad header never echoes its value", () => {
    const error = construct({ baseUrl: api.url, credentials, headers: { "x-api-key": "hunter2-secret\n" } });
    expect(String(error)).not.toContain("hunter2-secret");
  });

  test("client and per-request headers are sent on API requests, not on the token request", async () => {
    const client = clientFor(api, { headers: { "X-Team": "core" } });
    await client.applications.get("app_1", { headers: { "x-trace": "t1" } });
    const [sent] = api.apiRequests();
    expect(sent?.headers["x-team"]).toBe("core");
    expect(sent?.headers["x-trace"]).toBe("t1");
    expect(api.tokenRequests()[0]?.headers["x-team"]).toBeUndefined();
  });
});

describe("baseUrl", () => {
  test.each([
    ["missing", undefined],
    ["empty", ""],
    ["relative", "/api"],
    ["host only", "api.kontext.security"],
    ["ftp", "ftp://api.kontext.security"],
    ["with /api/v1", "https://api.kontext.security/api/v1"],
    ["with a query", "https://api.kontext.security?x=1"],
    ["with a fragment", "https://api.kontext.security#x"],
    ["with a user", "https://user:pw@api.kontext.security"],
  ])("a baseUrl %s is a ConfigError", (_, baseUrl) => {
    expect(construct({ baseUrl, credentials })).toBeInstanceOf(ConfigError);
  });

  test("a baseUrl with /api says what to use instead, keeping a gateway's prefix", () => {
    expect(String(construct({ baseUrl: "https://api.kontext.security/api/v1", credentials }))).toContain(
      "use baseUrl https://api.kontext.security:",
    );
    expect(String(construct({ baseUrl: "https://gw.example.com/kontext/api/v1/", credentials }))).toContain(
      "use baseUrl https://gw.example.com/kontext:",
    );
  });

  test("a trailing slash is normalised away", async () => {
    const client = clientFor({ url: `${api.url}/`, fetch: api.fetch });
    expect(client.baseUrl).toBe(api.url);
    await client.applications.get("app_1");
    expect(api.apiRequests()[0]?.url).toBe("/api/v1/applications/app_1");
    expect(api.tokenRequests()[0]?.url).toBe("/oauth2/token");
  });

  test("plain http to a host that is not loopback is a ConfigError", () => {
    const error = construct({ baseUrl: "http://api.kontext.security", credentials });
    expect(error).toBeInstanceOf(ConfigError);
    expect(String(error)).toContain("dangerouslyAllowInsecureHttp");
    expect(construct({ baseUrl: "http://10.0.0.5", accessToken: "user-token" })).toBeInstanceOf(ConfigError);
  });

  test("plain http to a non-loopback tokenUrl is a ConfigError", () => {
    const error = construct({
      baseUrl: "https://api.kontext.security",
      tokenUrl: "http://auth.kontext.security/oauth2/token",
      credentials,
    });
    expect(error).toBeInstanceOf(ConfigError);
  });

  test.each(["http://localhost.evil.example", "http://127.0.0.1.nip.io", "http://0.0.0.0:8080"])(
    "plain http to %s, which only looks local, is a ConfigError",
    (baseUrl) => {
      expect(construct({ baseUrl, credentials })).toBeInstanceOf(ConfigError);
    },
  );

  test("dangerouslyAllowInsecureHttp: true allows plain http to another host", () => {
    expect(
      construct({ baseUrl: "http://api.internal.test", credentials, dangerouslyAllowInsecureHttp: true }),
    ).toBeUndefined();
  });

  test.each(["http://localhost:8080", "http://127.0.0.1:9", "http://[::1]:9", "https://api.kontext.security"])(
    "%s is accepted",
    (baseUrl) => {
      expect(construct({ baseUrl, credentials })).toBeUndefined();
    },
  );
});

describe("credentials", () => {
  test.each([
    ["neither credentials nor accessToken", {}],
    ["both credentials and accessToken", { credentials, accessToken: "user-token" }],
    ["an empty clientId", { credentials: { clientId: "", clientSecret: "x" } }],
    ["a blank clientId", { credentials: { clientId: "   ", clientSecret: "x" } }],
    ["an empty clientSecret", { credentials: { clientId: "sa_1", clientSecret: "" } }],
    ["a blank clientSecret", { credentials: { clientId: "sa_1", clientSecret: "  " } }],
    ["credentials in an array", { credentials: ["sa_1", "secret"] }],
    ["a blank audience", { credentials, audience: " " }],
    ["credentials that are not an object", { credentials: "sa_1:secret" }],
    ["an empty accessToken", { accessToken: "" }],
    ["an accessToken with a newline", { accessToken: "abc\ndef" }],
  ])("%s is a ConfigError", (_, options) => {
    expect(construct({ baseUrl: "https://api.kontext.security", ...options })).toBeInstanceOf(ConfigError);
  });

  test("options that are not an object are a ConfigError", () => {
    expect(construct(undefined)).toBeInstanceOf(ConfigError);
    expect(construct("https://api.kontext.security")).toBeInstanceOf(ConfigError);
    expect(construct([{ baseUrl: "https://api.kontext.security", credentials }])).toBeInstanceOf(ConfigError);
  });

  test("an accessToken function returning nothing usable is a ConfigError before any request", async () => {
    const client = new KontextManagementClient({ baseUrl: api.url, fetch: api.fetch, accessToken: () => "" });
    expect(await rejection(client.applications.get("app_1"))).toBeInstanceOf(ConfigError);
    expect(api.requests).toHaveLength(0);
  });
});

describe("request bodies and options", () => {
  test("a body that is not an object is a ConfigError before any request", async () => {
    const client = clientFor(api);
    const error = await rejection(client.applications.update("app_1", "name=x" as never));
    expect(error).toBeInstanceOf(ConfigError);
    expect(api.requests).toHaveLength(0);
  });

  test.each([
    ["timeout 0", { timeout: 0 }],
    ["timeout -1", { timeout: -1 }],
    ["maxRetries 1.5", { maxRetries: 1.5 }],
    ["maxRetries -1", { maxRetries: -1 }],
  ])("a per-request %s is a ConfigError", async (_, options) => {
    const error = await rejection(clientFor(api).applications.get("app_1", options));
    expect(error).toBeInstanceOf(ConfigError);
    expect(api.requests).toHaveLength(0);
  });

  test.each([
    ["timeout", { timeout: 0 }],
    ["maxRetries", { maxRetries: -1 }],
    ["retryDelay", { retryDelay: -5 }],
    ["logger", { logger: {} }],
  ])("a bad client %s is a ConfigError", (_, options) => {
    expect(construct({ baseUrl: api.url, credentials, ...options })).toBeInstanceOf(ConfigError);
  });
});
