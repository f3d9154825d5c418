// failNext() against the SDK's retries, and reset(); two sandboxes in one process share nothing.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { KontextManagementClient } from "../../src/management.js";
import type { Sandbox } from "../../src/sandbox/index.js";
import { clientOf, entries } from "./entries.js";

describe.each(entries)("$name", ({ open }) => {
  let sandbox: Sandbox;
  let attempts: string[];
  let client: KontextManagementClient;

  beforeAll(async () => {
    sandbox = await open({ strict: true });
    attempts = [];
    client = clientOf(sandbox, {
      retryDelay: 1,
      maxRetryDelay: 5,
      fetch: (input, init) => {
        const request = new Request(input, init);
        attempts.push(`${request.method} ${new URL(request.url).pathname}`);
        return sandbox.fetch(request);
      },
    });
    await client.refreshToken();
  });

  afterAll(async () => {
    expect(sandbox.violations).toEqual([]);
    await sandbox.close();
  });

  describe("failNext", () => {
    test("two 503s, then the answer: the client retries and succeeds", async () => {
      attempts.length = 0;
      sandbox.failNext({ times: 2, status: 503 });
      await expect(client.applications.list()).resolves.toEqual({ items: [] });
      expect(attempts).toEqual(Array(3).fill("GET /api/v1/applications"));
    });

    test("a 429 with Retry-After on a POST: retried (the request was not processed), created once", async () => {
      attempts.length = 0;
      sandbox.failNext({ status: 429, retryAfter: 0 });
      const { application } = await client.applications.create({
        name: "after 429",
        oauth: { type: "public", redirectUris: [] },
      });
      expect(attempts).toEqual(["POST /api/v1/applications", "POST /api/v1/applications"]);
      const { items } = await client.applications.list();
      expect(items.filter((a) => a.name === "after 429").map((a) => a.id)).toEqual([application.id]);
    });

    test("more faults than retries: the client throws the typed error with the status", async () => {
      sandbox.failNext({ times: 3, status: 500 });
      await expect(client.applications.list()).rejects.toMatchObject({ name: "ServerError", statusCode: 500 });
    });

    test("a long Retry-After on a 429 reaches the error as retryAfter", async () => {
      sandbox.failNext({ status: 429, retryAfter: 120 });
      await expect(client.applications.list({}, { maxRetries: 0 })).rejects.toMatchObject({
        name: "RateLimitError",
        statusCode: 429,
        retryAfter: 120,
      });
    });

    test("path and method pick the requests that fail; others pass", async () => {
      const { integration } = await client.integrations.create({ name: "faulty", url: "https://f.example.com/mcp" });
      sandbox.failNext({ path: `/api/v1/integrations/${integration.id}`, method: "GET", status: 502, times: 5 });
      await expect(client.applications.list()).resolves.toBeDefined();
      await expect(client.integrations.list()).resolves.toBeDefined();
      await expect(client.integrations.get(integration.id, { maxRetries: 0 })).rejects.toMatchObject({
        statusCode: 502,
      });
      sandbox.reset();
      await expect(client.integrations.list()).resolves.toEqual({ items: [] });
    });

    test("a path may leave out /api/v1 and use the spec's {id} segments", async () => {
      const { integration } = await client.integrations.create({ name: "templated", url: "https://t.example.com/mcp" });
      sandbox.failNext({ path: "/integrations/{id}", status: 503, times: 2 });
      await expect(client.integrations.list({}, { maxRetries: 0 })).resolves.toBeDefined();
      await expect(client.integrations.get(integration.id, { maxRetries: 0 })).rejects.toMatchObject({
        statusCode: 503,
      });
      await expect(client.integrations.get(integration.id, { maxRetries: 0 })).rejects.toMatchObject({
        statusCode: 503,
      });
      await expect(client.integrations.get(integration.id, { maxRetries: 0 })).resolves.toBeDefined();
      sandbox.failNext({ path: /\/service-accounts$/, status: 500 });
      await expect(client.serviceAccounts.list({}, { maxRetries: 0 })).rejects.toMatchObject({ statusCode: 500 });
    });

    test("the token endpoint fails only when the path says so", async () => {
      sandbox.failNext({ path: "/oauth2/token", status: 503 });
      attempts.length = 0;
      await client.refreshToken();
      expect(attempts).toEqual(["POST /oauth2/token", "POST /oauth2/token"]);
    });

    test("an error status outside 400–599 or a bad count is refused at once", () => {
      expect(() => sandbox.failNext({ status: 200 })).toThrow(TypeError);
      expect(() => sandbox.failNext({ times: 0 })).toThrow(TypeError);
    });
  });

  describe("reset", () => {
    test("drops the data and faults; the sandbox's own token keeps working", async () => {
      await client.applications.create({ name: "before reset", oauth: { type: "public", redirectUris: [] } });
      sandbox.failNext({ times: 10 });
      sandbox.reset();
      attempts.length = 0;
      await expect(client.applications.list()).resolves.toEqual({ items: [] });
      expect(attempts).toEqual(["GET /api/v1/applications"]);
    });

    test("restores the seed", async () => {
      const seeded = await open({ strict: true, seed: true });
      try {
        const c = clientOf(seeded);
        const before = (await c.applications.list()).items;
        await c.applications.create({ name: "extra", oauth: { type: "public", redirectUris: [] } });
        seeded.reset();
        const after = (await c.applications.list()).items;
        expect(after.map((a) => [a.id, a.name])).toEqual(before.map((a) => [a.id, a.name]));
      } finally {
        await seeded.close();
      }
    });
  });

  describe("two sandboxes in one process", () => {
    test("share no data, no tokens and no faults", async () => {
      const a = await open({ strict: true });
      const b = await open({ strict: true, seed: 7 });
      try {
        const ca = clientOf(a, { maxRetries: 0 });
        const cb = clientOf(b, { maxRetries: 0 });
        expect(a.credentials).not.toEqual(b.credentials);
        await ca.applications.create({ name: "only in a", oauth: { type: "public", redirectUris: [] } });
        expect((await ca.applications.list()).items.map((x) => x.name)).toEqual(["only in a"]);
        expect((await cb.applications.list()).items.map((x) => x.name)).not.toContain("only in a");

        a.failNext({ times: 1, status: 503 });
        await expect(cb.applications.list()).resolves.toBeDefined();
        await expect(ca.applications.list()).rejects.toMatchObject({ statusCode: 503 });

        // A's token means nothing to B.
        expect(a.url).not.toBe(b.url);
        const tokenRes = await a.fetch(`${a.url}/oauth2/token`, {
          method: "POST",
          headers: {
            authorization: `Basic ${Buffer.from(`${a.credentials.clientId}:${a.credentials.clientSecret}`).toString("base64")}`,
            "content-type": "application/x-www-form-urlencoded",
          },
          body: "grant_type=client_credentials",
        });
        const { access_token } = (await tokenRes.json()) as { access_token: string };
        const res = await b.fetch(`${b.url}/api/v1/applications`, {
          headers: { authorization: `Bearer ${access_token}` },
        });
        expect(res.status).toBe(401);
        expect([...a.violations, ...b.violations]).toEqual([]);
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    });
  });
});
