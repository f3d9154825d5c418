// The token endpoint and the lifetime of tokens: rotation, deletion, expiry, Basic encoding, scopes.
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { isOAuthError, isUnauthorizedError } from "../../src/errors.js";
import type { KontextManagementClient } from "../../src/management.js";
import type { Credentials, Sandbox } from "../../src/sandbox/index.js";
import { clientOf, entries } from "./entries.js";

function basic({ clientId, clientSecret }: Credentials): string {
  const form = (v: string) => encodeURIComponent(v).replace(/%20/g, "+");
  return `Basic ${Buffer.from(`${form(clientId)}:${form(clientSecret)}`).toString("base64")}`;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

describe.each(entries)("$name", ({ open }) => {
  let sandbox: Sandbox;
  let admin: KontextManagementClient;

  beforeAll(async () => {
    sandbox = await open({ strict: true });
    admin = clientOf(sandbox);
  });

  afterAll(async () => {
    expect(sandbox.violations).toEqual([]);
    await sandbox.close();
  });

  /** A token request to the sandbox `on` (this file's, unless another is given). */
  async function token(url: string, credentials: Credentials, body = "grant_type=client_credentials", on = sandbox) {
    const res = await on.fetch(`${url}/oauth2/token`, {
      method: "POST",
      headers: { authorization: basic(credentials), "content-type": "application/x-www-form-urlencoded" },
      body,
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  async function get(url: string, path: string, accessToken: unknown, on = sandbox): Promise<number> {
    const res = await on.fetch(`${url}${path}`, { headers: { authorization: `Bearer ${String(accessToken)}` } });
    await res.arrayBuffer();
    return res.status;
  }

  /** A client signing in as `current` (a function, so a test can swap in rotated credentials). */
  function clientFor(getCredentials: () => Credentials) {
    const tokenRequests: string[] = [];
    const client = clientOf(sandbox, {
      credentials: getCredentials,
      maxRetries: 0,
      fetch: (input, init) => {
        const request = new Request(input, init);
        if (new URL(request.url).pathname === "/oauth2/token") tokenRequests.push(request.url);
        return sandbox.fetch(request);
      },
    });
    return { client, tokenRequests };
  }

  describe("the token endpoint", () => {
    test("issues a Bearer token for the sandbox's credentials, with the requested scope and tokenTtl", async () => {
      const { status, body } = await token(
        sandbox.url,
        sandbox.credentials,
        "grant_type=client_credentials&scope=management%3Aall",
      );
      expect(status).toBe(200);
      expect(body).toMatchObject({ token_type: "Bearer", expires_in: 3600, scope: "management:all" });
      expect(await get(sandbox.url, "/api/v1/applications", body.access_token)).toBe(200);
    });

    test("refuses a wrong secret, a missing Authorization header, an unknown scope and another grant", async () => {
      const wrong = await token(sandbox.url, { ...sandbox.credentials, clientSecret: "nope" });
      expect(wrong).toMatchObject({ status: 401, body: { error: "invalid_client" } });
      const anonymous = await sandbox.fetch(`${sandbox.url}/oauth2/token`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "grant_type=client_credentials",
      });
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toMatchObject({ error: "invalid_client" });
      const scope = await token(sandbox.url, sandbox.credentials, "grant_type=client_credentials&scope=admin%3Aall");
      expect(scope).toMatchObject({ status: 400, body: { error: "invalid_scope" } });
      const grant = await token(sandbox.url, sandbox.credentials, "grant_type=password");
      expect(grant).toMatchObject({ status: 400, body: { error: "unsupported_grant_type" } });
      const missing = await token(sandbox.url, sandbox.credentials, "scope=management%3Aall");
      expect(missing).toMatchObject({ status: 400, body: { error: "invalid_request" } });
      expect(String(missing.body.error_description)).toContain("grant_type");
    });

    test("also takes the credentials in the form body (client_secret_post)", async () => {
      const { clientId, clientSecret } = sandbox.credentials;
      const res = await sandbox.fetch(`${sandbox.url}/oauth2/token`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          grant_type: "client_credentials",
          client_id: clientId,
          client_secret: clientSecret,
        }),
      });
      expect(res.status).toBe(200);
      const wrong = await sandbox.fetch(`${sandbox.url}/oauth2/token`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ grant_type: "client_credentials", client_id: clientId, client_secret: "nope" }),
      });
      expect(wrong.status).toBe(401);
    });

    test("decodes form-url-encoded Basic credentials (RFC 6749 §2.3.1), as the SDK sends them", async () => {
      const special = await open({
        strict: true,
        credentials: { clientId: "sa_ci:deploy", clientSecret: "p@ss w+rd:%/é" },
      });
      try {
        const client = clientOf(special);
        await expect(client.applications.list()).resolves.toEqual({ items: [] });
        expect((await token(special.url, special.credentials, undefined, special)).status).toBe(200);
        // Unencoded, the `:` in the id would split it in the wrong place.
        const raw = `Basic ${Buffer.from("sa_ci:deploy:p@ss w+rd:%/é").toString("base64")}`;
        const res = await special.fetch(`${special.url}/oauth2/token`, {
          method: "POST",
          headers: { authorization: raw, "content-type": "application/x-www-form-urlencoded" },
          body: "grant_type=client_credentials",
        });
        expect(res.status).toBe(401);
      } finally {
        await special.close();
      }
    });
  });

  describe("the sandbox's own credentials", () => {
    test("are readable, and util.inspect of the handle does not show the secret", () => {
      expect(sandbox.credentials.clientSecret).toMatch(/^kx_sa_/);
      expect(inspect(sandbox, { depth: 5 })).not.toContain(sandbox.credentials.clientSecret);
      expect(inspect(sandbox)).toContain(sandbox.credentials.clientId);
      expect({ ...sandbox.credentials }).toEqual({
        clientId: sandbox.credentials.clientId,
        clientSecret: sandbox.credentials.clientSecret,
      });
    });
  });

  describe("service account secrets and tokens", () => {
    test("rotation refuses the old secret at once, keeps issued tokens, and clearToken() signs in anew", async () => {
      const { serviceAccount, credentials } = await admin.serviceAccounts.create({ name: "rotating" });
      let current: Credentials = credentials;
      const { client, tokenRequests } = clientFor(() => current);
      await client.applications.list();
      expect(tokenRequests).toHaveLength(1);
      const issued = await token(sandbox.url, credentials);
      expect(issued.status).toBe(200);

      const rotated = await admin.serviceAccounts.rotateSecret(serviceAccount.id ?? "");
      expect((await token(sandbox.url, credentials)).status).toBe(401);
      // Tokens issued before the rotation live on until they expire.
      expect(await get(sandbox.url, "/api/v1/applications", issued.body.access_token)).toBe(200);
      await client.applications.list();
      expect(tokenRequests).toHaveLength(1);

      // Dropping the token while still holding the old secret: the token endpoint says no.
      client.clearToken();
      const refused = await rejection(client.applications.list());
      expect(isOAuthError(refused)).toBe(true);
      expect((refused as { statusCode?: number }).statusCode).toBe(401);

      current = rotated.credentials;
      client.clearToken();
      await expect(client.applications.list()).resolves.toEqual(expect.objectContaining({ items: expect.any(Array) }));
      expect(tokenRequests).toHaveLength(3);
    });

    test("deleting a service account revokes its tokens and its secret", async () => {
      const { serviceAccount, credentials } = await admin.serviceAccounts.create({ name: "doomed" });
      const issued = await token(sandbox.url, credentials);
      const { client } = clientFor(() => credentials);
      await client.applications.list();
      await admin.serviceAccounts.revoke(serviceAccount.id ?? "");
      expect(await get(sandbox.url, "/api/v1/applications", issued.body.access_token)).toBe(401);
      expect((await token(sandbox.url, credentials)).status).toBe(401);
      // The client's cached token is refused, it asks for a new one once, and that is refused too.
      expect(isUnauthorizedError(await rejection(client.applications.list()))).toBe(true);
    });

    test("a service account's own token works on the API like the sandbox's", async () => {
      const { credentials } = await admin.serviceAccounts.create({ name: "worker" });
      const { client } = clientFor(() => credentials);
      const { application } = await client.applications.create({
        name: "made by worker",
        oauth: { type: "public", redirectUris: [] },
      });
      expect((await admin.applications.get(application.id)).application.name).toBe("made by worker");
    });
  });

  describe("expiry", () => {
    test("a token expires after tokenTtl: 401 on the API, and the SDK fetches a new one", async () => {
      const short = await open({ strict: true, tokenTtl: 1 });
      try {
        const issued = await token(short.url, short.credentials, undefined, short);
        expect(issued.body.expires_in).toBe(1);
        expect(await get(short.url, "/api/v1/applications", issued.body.access_token, short)).toBe(200);

        const tokenRequests: string[] = [];
        const client = clientOf(short, {
          fetch: (input, init) => {
            const request = new Request(input, init);
            if (request.url.endsWith("/oauth2/token")) tokenRequests.push(request.url);
            return short.fetch(request);
          },
        });
        await client.applications.list();
        await new Promise((resolve) => setTimeout(resolve, 1_100));
        expect(await get(short.url, "/api/v1/applications", issued.body.access_token, short)).toBe(401);
        await client.applications.list();
        expect(tokenRequests).toHaveLength(2);
        expect(short.violations).toEqual([]);
      } finally {
        await short.close();
      }
    });

    test("a missing, unknown or malformed bearer is a 401 with the API's error body", async () => {
      for (const authorization of [undefined, "Bearer nope", "Basic abc", "Bearer"]) {
        const res = await sandbox.fetch(`${sandbox.url}/api/v1/applications`, {
          headers: authorization ? { authorization } : {},
        });
        expect(res.status).toBe(401);
        expect(await res.json()).toEqual({ message: "Invalid or expired access token", statusCode: 401 });
      }
    });
  });
});
