// The sandbox's HTTP answers, as a user's non-SDK tooling sees them (its own fetch calls, in process
// or over loopback HTTP): statuses, error bodies and the field names in validationErrors.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Sandbox } from "../../src/sandbox/index.js";
import { entries } from "./entries.js";

describe.each(entries)("$name", ({ open }) => {
  let sandbox: Sandbox;
  let bearer: string;

  beforeAll(async () => {
    sandbox = await open({ strict: true, seed: true });
    const { clientId, clientSecret } = sandbox.credentials;
    const res = await sandbox.fetch(`${sandbox.url}/oauth2/token`, {
      method: "POST",
      headers: {
        authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}`,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: "grant_type=client_credentials",
    });
    bearer = ((await res.json()) as { access_token: string }).access_token;
  });

  afterAll(async () => {
    expect(sandbox.violations).toEqual([]);
    await sandbox.close();
  });

  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await sandbox.fetch(`${sandbox.url}/api/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${bearer}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
  }

  const fields = (body: { validationErrors?: { field: string }[] }) => body.validationErrors?.map((e) => e.field);
  const app = { name: "HTTP app", oauth: { type: "public", redirectUris: ["http://localhost/cb"] } };

  describe("creates and no-content answers", () => {
    test("creates answer 201; archive, attach, detach and delete answer 204 with no body", async () => {
      const created = await call("POST", "/applications", app);
      expect(created.status).toBe(201);
      expect(created.headers.get("content-type")).toMatch(/^application\/json/);
      const integration = await call("POST", "/integrations", { name: "HTTP int", url: "https://h.example.com/mcp" });
      expect(integration.status).toBe(201);
      const account = await call("POST", "/service-accounts", { name: "HTTP sa" });
      expect(account.status).toBe(201);
      const id = created.body.application.id;
      const iid = integration.body.integration.id;
      for (const [method, path] of [
        ["POST", `/applications/${id}/integrations/${iid}`],
        ["DELETE", `/applications/${id}/integrations/${iid}`],
        ["DELETE", `/applications/${id}`],
        ["DELETE", `/integrations/${iid}`],
        ["DELETE", `/service-accounts/${account.body.serviceAccount.id}`],
      ] as const) {
        const res = await call(method, path);
        expect({ path, status: res.status, body: res.body }).toEqual({ path, status: 204, body: undefined });
      }
    });
  });

  describe("400 with validationErrors naming the field", () => {
    test("a missing field, a wrong enum and a wrong type in the body", async () => {
      const res = await call("POST", "/applications", { oauth: { type: "hybrid", redirectUris: "nope" } });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ statusCode: 400, message: expect.any(Array) });
      expect(fields(res.body)).toEqual(expect.arrayContaining(["name", "oauth.type", "oauth.redirectUris"]));
      for (const e of res.body.validationErrors) expect(e.message).toContain(e.field);
    });

    test("a limit out of range, or not a number", async () => {
      for (const limit of ["0", "201", "ten"]) {
        const res = await call("GET", `/applications?limit=${limit}`);
        expect(res.status).toBe(400);
        expect(fields(res.body)).toEqual(["limit"]);
      }
      expect((await call("GET", "/integrations?limit=200")).status).toBe(200);
    });

    test("a malformed UUID in the path, for every kind of path id", async () => {
      const existing = (await call("POST", "/applications", { ...app, name: "uuid check" })).body.application.id;
      for (const [path, field] of [
        ["/applications/not-a-uuid", "id"],
        ["/integrations/123", "id"],
        ["/service-accounts/sa_123", "id"],
        [`/applications/${existing}/sessions/xyz`, "sessionId"],
        [`/applications/${existing}/integrations/xyz`, "integrationId"],
      ] as const) {
        const res = await call(path.endsWith("/integrations/xyz") ? "POST" : "GET", path);
        expect({ path, status: res.status, fields: fields(res.body) }).toEqual({ path, status: 400, fields: [field] });
      }
    });

    test("a wrong query enum, a body that is not JSON, and a missing body", async () => {
      const id = (await call("POST", "/applications", { ...app, name: "enum check" })).body.application.id;
      expect(fields((await call("GET", `/applications/${id}/sessions?status=sleeping`)).body)).toEqual(["status"]);
      expect(fields((await call("GET", "/traces/stats?period=1y")).body)).toEqual(["period"]);
      expect(fields((await call("POST", "/applications", "{not json")).body)).toEqual(["body"]);
      expect(fields((await call("POST", "/service-accounts")).body)).toEqual(["body"]);
      expect(fields((await call("PATCH", `/applications/${id}`, {})).body)).toEqual(["body"]);
    });

    test("a JSON body without a content type is read as JSON; a form body is a 400", async () => {
      const res = await sandbox.fetch(`${sandbox.url}/api/v1/service-accounts`, {
        method: "POST",
        headers: { authorization: `Bearer ${bearer}` },
        body: JSON.stringify({ name: "sent as text/plain" }),
      });
      expect(res.status).toBe(201);
      const form = await call("POST", "/service-accounts", "name=form", {
        "content-type": "application/x-www-form-urlencoded",
      });
      expect(form.status).toBe(400);
      expect(fields(form.body)).toEqual(["body"]);
    });

    test("server_token integrations need a serverToken", async () => {
      const res = await call("POST", "/integrations", {
        name: "needs token",
        url: "https://t.example.com/mcp",
        authMode: "server_token",
      });
      expect(res.status).toBe(400);
      expect(fields(res.body)).toContain("serverToken");
    });

    test("setIntegrations with a repeated id", async () => {
      const id = (await call("POST", "/applications", { ...app, name: "dupes" })).body.application.id;
      const iid = (await call("POST", "/integrations", { name: "dup int", url: "https://d.example.com/mcp" })).body
        .integration.id;
      const res = await call("PUT", `/applications/${id}/integrations`, { integrationIds: [iid, iid] });
      expect(res.status).toBe(400);
      expect(fields(res.body)).toEqual(["integrationIds"]);
    });
  });

  describe("409, 404, 401, 405", () => {
    test("a taken name is a 409 for applications, integrations and service accounts, also on rename", async () => {
      await call("POST", "/applications", { ...app, name: "taken" });
      expect(await call("POST", "/applications", { ...app, name: "taken" })).toMatchObject({
        status: 409,
        body: { statusCode: 409, message: expect.stringContaining("taken") },
      });
      const other = (await call("POST", "/applications", { ...app, name: "free" })).body.application.id;
      expect((await call("PATCH", `/applications/${other}`, { name: "taken" })).status).toBe(409);
      await call("POST", "/integrations", { name: "taken", url: "https://a.example.com/mcp" });
      expect((await call("POST", "/integrations", { name: "taken", url: "https://b.example.com/mcp" })).status).toBe(
        409,
      );
      await call("POST", "/service-accounts", { name: "taken" });
      expect((await call("POST", "/service-accounts", { name: "taken" })).status).toBe(409);
    });

    test("unknown ids are 404 with the API's error body", async () => {
      const missing = "0f0e0d0c-0b0a-4908-8706-050403020100";
      for (const path of [
        `/applications/${missing}`,
        `/integrations/${missing}`,
        `/service-accounts/${missing}`,
        "/traces/nope",
      ]) {
        const res = await call("GET", path);
        expect({ path, status: res.status }).toEqual({ path, status: 404 });
        expect(res.body).toEqual({ message: expect.any(String), statusCode: 404 });
      }
      const id = (await call("POST", "/applications", { ...app, name: "attach missing" })).body.application.id;
      expect((await call("POST", `/applications/${id}/integrations/${missing}`)).status).toBe(404);
      expect((await call("PUT", `/applications/${id}/integrations`, { integrationIds: [missing] })).status).toBe(404);
    });

    test("no token is a 401; an unknown path a 404; a known path with another method a 405", async () => {
      expect((await call("GET", "/applications", undefined, { authorization: "" })).status).toBe(401);
      expect((await call("GET", "/nothing-here")).status).toBe(404);
      expect((await call("PUT", "/applications")).status).toBe(405);
    });
  });

  describe("archiving and revoking", () => {
    test("archiving an application sets archivedAt and disconnects its sessions", async () => {
      const seeded = (await call("GET", "/applications")).body.items.find(
        (a: { name: string }) => a.name === "Support Copilot",
      );
      const before = await call("GET", `/applications/${seeded.id}/sessions`);
      expect(before.body.items.length).toBeGreaterThan(0);
      expect((await call("DELETE", `/applications/${seeded.id}`)).status).toBe(204);
      const after = await call("GET", `/applications/${seeded.id}`);
      expect(after.body.application.archivedAt).toEqual(expect.any(String));
      expect(after.body.application.activeSessionCount).toBe(0);
      expect((await call("GET", `/applications/${seeded.id}/sessions`)).body.items).toEqual([]);
      const all = await call("GET", `/applications/${seeded.id}/sessions?status=all`);
      expect(all.body.items.every((s: { status: string }) => s.status === "disconnected")).toBe(true);
      // The name is free again once archived.
      expect((await call("POST", "/applications", { ...app, name: "Support Copilot" })).status).toBe(201);
    });

    test("an archived application stays listed, with archivedAt", async () => {
      const id = (await call("POST", "/applications", { ...app, name: "archived but listed" })).body.application.id;
      await call("DELETE", `/applications/${id}`);
      const listed = (await call("GET", "/applications?limit=200")).body.items.find((a: { id: string }) => a.id === id);
      expect(listed.archivedAt).toEqual(expect.any(String));
    });

    test("an injected 429 carries Retry-After (0 unless given) and the API's error body", async () => {
      sandbox.failNext({ status: 429 });
      const res = await call("GET", "/applications");
      expect(res.status).toBe(429);
      expect(res.headers.get("retry-after")).toBe("0");
      expect(res.body).toEqual({ message: expect.any(String), statusCode: 429 });
      sandbox.failNext({ status: 503, retryAfter: 7 });
      const unavailable = await call("GET", "/applications");
      expect([unavailable.status, unavailable.headers.get("retry-after")]).toEqual([503, "7"]);
      expect((await call("GET", "/applications")).status).toBe(200);
    });

    test("every answer carries an x-request-id", async () => {
      const res = await call("GET", "/applications");
      expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    });
  });
});
