import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { OAuthError, UnauthorizedError } from "../../src/errors.js";
import { KontextManagementClient } from "../../src/management.js";
import {
  APPLICATION,
  bearer,
  clientFor,
  json,
  type RecordedRequest,
  rejection,
  serveWithTokens,
  sleep,
  type TestApi,
  testApi,
  text,
  tokenEndpoint,
} from "../helpers/api.js";

let api: TestApi;
beforeEach(async () => {
  api = testApi();
});
afterEach(() => api.close());

/** A handler issuing tok-1, tok-2, … and answering every API request with an application. */
function serveApplications(options: Parameters<typeof tokenEndpoint>[0] = {}) {
  return serveWithTokens(api, () => json(200, { application: APPLICATION }), options);
}

// WHATWG application/x-www-form-urlencoded, the encoding RFC 6749 §2.3.1 asks for.
const formUrlEncode = (value: string) => new URLSearchParams([["v", value]]).toString().slice(2);

describe("the token request", () => {
  const clientId = "sa id:+%é!";
  const clientSecret = "se cret:+%é!/~";

  test("is a form POST to /oauth2/token with Basic auth of the form-encoded id and secret", async () => {
    serveApplications();
    const client = clientFor(api, { credentials: { clientId, clientSecret } });
    await client.applications.get("app_1");

    const [token] = api.tokenRequests();
    expect(token?.method).toBe("POST");
    expect(token?.url).toBe("/oauth2/token");
    expect(token?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    const expected = Buffer.from(`${formUrlEncode(clientId)}:${formUrlEncode(clientSecret)}`).toString("base64");
    expect(token?.headers.authorization).toBe(`Basic ${expected}`);

    // The way a server reads it back: split at the first colon, then form-decode each half.
    const decoded = Buffer.from(expected, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    const formDecode = (s: string) => decodeURIComponent(s.replace(/\+/g, " "));
    expect(formDecode(decoded.slice(0, colon))).toBe(clientId);
    expect(formDecode(decoded.slice(colon + 1))).toBe(clientSecret);
  });

  test("sends exactly grant_type, scope and audience with the documented defaults", async () => {
    serveApplications();
    await clientFor(api).applications.get("app_1");
    const body = new URLSearchParams(api.tokenRequests()[0]?.body);
    expect([...body.keys()]).toEqual(["grant_type", "scope", "audience"]);
    expect(body.get("grant_type")).toBe("client_credentials");
    expect(body.get("scope")).toBe("management:all");
    expect(body.get("audience")).toBe(`${api.url}/api/v1`);
  });

  test("honours a custom tokenUrl, audience and space-joined scopes", async () => {
    const tokens = tokenEndpoint();
    api.handle((req) =>
      req.url === "/custom/token"
        ? (tokens.answer({ ...req, url: "/oauth2/token" }) as Response)
        : json(200, { application: APPLICATION }),
    );
    const client = clientFor(api, {
      tokenUrl: `${api.url}/custom/token`,
      audience: "https://audience.example/api",
      scopes: ["applications:read", "traces:read"],
    });
    await client.applications.get("app_1");

    const tokenRequests = api.requests.filter((r) => r.url === "/custom/token");
    expect(tokenRequests).toHaveLength(1);
    expect(api.tokenRequests()).toHaveLength(0);
    const body = new URLSearchParams(tokenRequests[0]?.body);
    expect(body.get("scope")).toBe("applications:read traces:read");
    expect(body.get("audience")).toBe("https://audience.example/api");
    expect(api.apiRequests()[0]?.headers.authorization).toBe("Bearer tok-1");
  });

  test("never carries a bearer token, even when renewing after a 401", async () => {
    let rejected = false;
    serveWithTokens(api, () => {
      if (!rejected) {
        rejected = true;
        return json(401, { message: "expired", statusCode: 401 });
      }
      return json(200, { application: APPLICATION });
    });
    await clientFor(api).applications.get("app_1");
    expect(api.tokenRequests()).toHaveLength(2);
    for (const request of api.tokenRequests()) expect(request.headers.authorization).toMatch(/^Basic /);
  });

  test("API requests carry the issued token as a bearer", async () => {
    serveApplications();
    const { application } = await clientFor(api).applications.get("app_1");
    expect(application.id).toBe("app_1");
    expect(api.apiRequests()[0]?.headers.authorization).toBe("Bearer tok-1");
  });
});

describe("the token lifecycle", () => {
  test("fetches nothing at construction", async () => {
    serveApplications();
    clientFor(api);
    await sleep(50);
    expect(api.requests).toHaveLength(0);
  });

  test("shares one token request between 50 concurrent first calls", async () => {
    serveApplications({ delayMs: 50 });
    const client = clientFor(api);
    const results = await Promise.all(Array.from({ length: 50 }, () => client.applications.get("app_1")));
    expect(results).toHaveLength(50);
    expect(api.tokenRequests()).toHaveLength(1);
    expect(api.apiRequests()).toHaveLength(50);
    expect(new Set(api.apiRequests().map(bearer))).toEqual(new Set(["tok-1"]));
  });

  test("reuses the cached token for later calls", async () => {
    serveApplications();
    const client = clientFor(api);
    await client.applications.get("app_1");
    await client.applications.get("app_1");
    await client.applications.get("app_2");
    expect(api.tokenRequests()).toHaveLength(1);
    expect(api.apiRequests().map(bearer)).toEqual(["tok-1", "tok-1", "tok-1"]);
  });

  test("renews the token shortly before expires_in runs out", async () => {
    const tokens = serveApplications({ expiresIn: 1 });
    const client = clientFor(api);
    await client.applications.get("app_1");
    await sleep(100);
    await client.applications.get("app_1"); // well within the lifetime: the same token
    await sleep(850); // ~950 ms after issue: inside the renewal margin, still before expiry
    await client.applications.get("app_1");
    expect(tokens.issued).toEqual(["tok-1", "tok-2"]);
    expect(api.apiRequests().map(bearer)).toEqual(["tok-1", "tok-1", "tok-2"]);
  });

  test("assumes a lifetime when the token response has no expires_in", async () => {
    serveApplications({ expiresIn: null });
    const client = clientFor(api);
    await client.applications.get("app_1");
    await client.applications.get("app_1");
    expect(api.tokenRequests()).toHaveLength(1);
  });

  test("on a 401 fetches one new token and re-sends the request once", async () => {
    serveWithTokens(api, (req) => {
      if (bearer(req) === "tok-1") return json(401, { message: "token revoked", statusCode: 401 });
      return json(200, { application: APPLICATION });
    });
    const { application } = await clientFor(api).applications.get("app_1");
    expect(application.id).toBe("app_1");
    expect(api.apiRequests().map(bearer)).toEqual(["tok-1", "tok-2"]);
    expect(api.tokenRequests()).toHaveLength(2);
  });

  test("throws UnauthorizedError on a second 401 without looping", async () => {
    serveWithTokens(api, () => json(401, { message: "Invalid token", statusCode: 401 }));
    const error = await rejection(clientFor(api).applications.get("app_1"));
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error).toMatchObject({ statusCode: 401, message: "Invalid token", code: "kontext_unauthorized" });
    expect(api.apiRequests()).toHaveLength(2);
    expect(api.tokenRequests()).toHaveLength(2);
  });

  test("re-sends a POST after a 401 with the new token", async () => {
    serveWithTokens(api, (req) => {
      if (bearer(req) === "tok-1") return json(401, { message: "expired", statusCode: 401 });
      return json(201, { application: APPLICATION });
    });
    await clientFor(api).applications.create({
      name: "Demo",
      oauth: { type: "public", redirectUris: ["http://localhost/cb"] },
    });
    const posts = api.apiRequests();
    expect(posts.map((r) => [r.method, bearer(r)])).toEqual([
      ["POST", "tok-1"],
      ["POST", "tok-2"],
    ]);
    expect(posts[1]?.body).toBe(posts[0]?.body);
  });

  test("clearToken() makes the next call fetch a new token", async () => {
    serveApplications();
    const client = clientFor(api);
    await client.applications.get("app_1");
    client.clearToken();
    expect(api.tokenRequests()).toHaveLength(1); // clearing alone sends nothing
    await client.applications.get("app_1");
    expect(api.tokenRequests()).toHaveLength(2);
    expect(api.apiRequests().map(bearer)).toEqual(["tok-1", "tok-2"]);
  });

  test("credentials given as a function pick up a rotated secret after clearToken()", async () => {
    serveApplications();
    let secret = "old-secret";
    const client = clientFor(api, { credentials: () => ({ clientId: "sa_rot", clientSecret: secret }) });
    await client.applications.get("app_1");
    secret = "new-secret";
    client.clearToken();
    await client.applications.get("app_1");
    const basics = api.tokenRequests().map((r) => atob(String(r.headers.authorization).slice(6)));
    expect(basics).toEqual(["sa_rot:old-secret", "sa_rot:new-secret"]);
    expect(api.apiRequests().map(bearer)).toEqual(["tok-1", "tok-2"]);
  });

  test("credentials function returning an empty secret fails with ConfigError and sends nothing", async () => {
    serveApplications();
    const client = clientFor(api, { credentials: () => ({ clientId: "sa_rot", clientSecret: "" }) });
    await expect(client.applications.get("app_1")).rejects.toMatchObject({ name: "ConfigError" });
    expect(api.requests).toHaveLength(0);
  });

  test("refreshToken() fetches a new token now and later calls use it", async () => {
    serveApplications();
    const client = clientFor(api);
    await client.applications.get("app_1");
    await client.refreshToken();
    expect(api.tokenRequests()).toHaveLength(2);
    expect(api.apiRequests()).toHaveLength(1);
    await client.applications.get("app_1");
    expect(api.apiRequests().map(bearer)).toEqual(["tok-1", "tok-2"]);
  });

  test("a request in flight during a renewal re-sends with the newer token, not a third one", async () => {
    let revoked = false;
    const tokens = serveWithTokens(api, async (req) => {
      if (req.url.endsWith("/slow")) await sleep(300);
      if (revoked && bearer(req) === "tok-1") return json(401, { message: "revoked", statusCode: 401 });
      return json(200, { application: APPLICATION });
    });
    const client = clientFor(api);
    const slow = client.applications.get("slow");
    while (api.apiRequests().length === 0) await sleep(5);
    revoked = true;
    await client.applications.get("fast"); // 401 with tok-1, renews to tok-2, re-sent
    await slow; // its 401 with tok-1 arrives after the renewal

    expect(tokens.issued).toEqual(["tok-1", "tok-2"]);
    const sent = (path: string) =>
      api
        .apiRequests()
        .filter((r: RecordedRequest) => r.url.endsWith(path))
        .map(bearer);
    expect(sent("/fast")).toEqual(["tok-1", "tok-2"]);
    expect(sent("/slow")).toEqual(["tok-1", "tok-2"]);
  });

  test("two requests rejected with 401 at once share one renewal", async () => {
    const tokens = serveWithTokens(
      api,
      async (req) => {
        if (bearer(req) === "tok-1") {
          await sleep(50);
          return json(401, { message: "revoked", statusCode: 401 });
        }
        return json(200, { application: APPLICATION });
      },
      { delayMs: 100 },
    );
    const client = clientFor(api);
    await client.refreshToken();
    await Promise.all([client.applications.get("app_1"), client.applications.get("app_2")]);
    expect(tokens.issued).toEqual(["tok-1", "tok-2"]);
    expect(api.apiRequests().map(bearer)).toEqual(["tok-1", "tok-1", "tok-2", "tok-2"]);
  });
});

describe("token endpoint failures", () => {
  test("an OAuth error body becomes an OAuthError and is never retried", async () => {
    api.handle(() => json(401, { error: "invalid_client", error_description: "Client authentication failed" }));
    const error = await rejection(clientFor(api, { maxRetries: 2 }).applications.get("app_1"));
    expect(error).toBeInstanceOf(OAuthError);
    expect(error).toMatchObject({
      errorCode: "invalid_client",
      errorDescription: "Client authentication failed",
      statusCode: 401,
      code: "kontext_oauth_error",
    });
    expect(api.tokenRequests()).toHaveLength(1);
    expect(api.apiRequests()).toHaveLength(0);
  });

  test("50 concurrent first calls share one refused token request and all get the OAuthError", async () => {
    api.handle(async () => {
      await sleep(30);
      return json(401, { error: "invalid_client" });
    });
    const client = clientFor(api);
    const errors = await Promise.all(Array.from({ length: 50 }, () => rejection(client.applications.get("app_1"))));
    for (const error of errors) expect(error).toBeInstanceOf(OAuthError);
    expect(api.tokenRequests()).toHaveLength(1);
    expect(api.apiRequests()).toHaveLength(0);
  });

  test("a token endpoint answering 503 is retried like any idempotent request", async () => {
    const tokens = tokenEndpoint();
    let failures = 1;
    api.handle((req) => {
      if (req.url.startsWith("/oauth2/token") && failures-- > 0) return json(503, { message: "busy" });
      return tokens.answer(req) ?? json(200, { application: APPLICATION });
    });
    await clientFor(api).applications.get("app_1");
    expect(api.tokenRequests()).toHaveLength(2);
    expect(api.apiRequests().map(bearer)).toEqual(["tok-1"]);
  });

  test("a 400 invalid_scope from the token endpoint is an OAuthError after one request", async () => {
    api.handle(() => json(400, { error: "invalid_scope" }));
    const error = await rejection(clientFor(api).applications.get("app_1"));
    expect(error).toBeInstanceOf(OAuthError);
    expect(error).toMatchObject({ errorCode: "invalid_scope", statusCode: 400 });
    expect(api.requests).toHaveLength(1);
  });

  test("a refused token request is not cached: the next call asks again", async () => {
    const tokens = tokenEndpoint();
    let refuse = true;
    api.handle((req) => {
      if (refuse && req.url.startsWith("/oauth2/token")) return json(401, { error: "invalid_client" });
      return tokens.answer(req) ?? json(200, { application: APPLICATION });
    });
    const client = clientFor(api);
    expect(await rejection(client.applications.get("app_1"))).toBeInstanceOf(OAuthError);
    refuse = false;
    await client.applications.get("app_1");
    expect(api.tokenRequests()).toHaveLength(2);
    expect(api.apiRequests().map(bearer)).toEqual(["tok-1"]);
  });

  test("a redirect from the token endpoint is refused with an OAuthError, and the credentials go nowhere else", async () => {
    api.handle((req) => {
      if (req.url.startsWith("/oauth2/token")) return text(307, null, { location: `${api.url}/elsewhere/token` });
      return json(200, { access_token: "stolen", token_type: "Bearer" });
    });
    const error = await rejection(clientFor(api).applications.get("app_1"));
    expect(error).toBeInstanceOf(OAuthError);
    expect(error).toMatchObject({ code: "kontext_token_redirect", statusCode: 307 });
    expect((error as OAuthError).message).toContain("redirect");
    expect(api.requests.map((r) => r.url)).toEqual(["/oauth2/token"]);
  });

  test("a 200 token response without access_token is an OAuthError", async () => {
    api.handle(() => json(200, { token_type: "Bearer", expires_in: 3600 }));
    const error = await rejection(clientFor(api).applications.get("app_1"));
    expect(error).toBeInstanceOf(OAuthError);
    expect(error).toMatchObject({ statusCode: 200 });
    expect(api.apiRequests()).toHaveLength(0);
  });

  test("a 200 token response that is not JSON is an OAuthError", async () => {
    api.handle(() => text(200, "<html>login page</html>", { "content-type": "text/html" }));
    expect(await rejection(clientFor(api).applications.get("app_1"))).toBeInstanceOf(OAuthError);
  });
});

describe("user access tokens", () => {
  test("sends an accessToken string as the bearer and never calls the token endpoint", async () => {
    api.handle(() => json(200, { application: APPLICATION }));
    const client = new KontextManagementClient({ baseUrl: api.url, fetch: api.fetch, accessToken: "user-token-1" });
    await client.applications.get("app_1");
    expect(api.requests.map(bearer)).toEqual(["user-token-1"]);
    expect(api.tokenRequests()).toHaveLength(0);
  });

  test("a 401 with a fixed accessToken throws after one request", async () => {
    api.handle(() => json(401, { message: "expired", statusCode: 401 }));
    const client = new KontextManagementClient({ baseUrl: api.url, fetch: api.fetch, accessToken: "user-token-1" });
    expect(await rejection(client.applications.get("app_1"))).toBeInstanceOf(UnauthorizedError);
    expect(api.requests).toHaveLength(1);
  });

  test("asks an accessToken function on each request and again after a 401", async () => {
    let calls = 0;
    api.handle((req) => {
      if (bearer(req) === "user-1") return json(401, { message: "expired", statusCode: 401 });
      return json(200, { application: APPLICATION });
    });
    const client = new KontextManagementClient({
      baseUrl: api.url,
      fetch: api.fetch,
      accessToken: async () => `user-${++calls}`,
    });
    await client.applications.get("app_1");
    await client.applications.get("app_1");
    expect(api.requests.map(bearer)).toEqual(["user-1", "user-2", "user-3"]);
    expect(calls).toBe(3);
  });
});
