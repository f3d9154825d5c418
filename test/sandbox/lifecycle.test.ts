// The lifecycle of every namespace, through the SDK, against a sandbox made in this file, in
// process and over HTTP. The sandbox runs strict: an answer that breaks openapi.yaml would be a 500
// (a ServerError here) and is listed in `violations`, which must stay empty.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { isNotFoundError } from "../../src/errors.js";
import type { KontextManagementClient } from "../../src/management.js";
import type { Sandbox } from "../../src/sandbox/index.js";
import { clientOf, entries } from "./entries.js";

/** The spec leaves many answer fields open (nullable, optional); a test states which it needs. */
function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`the sandbox answered without ${what}`);
  return value;
}

async function rejection(promise: Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as Record<string, unknown>;
  }
  throw new Error("expected the call to fail");
}

describe.each(entries)("$name", ({ open }) => {
  let sandbox: Sandbox;
  let client: KontextManagementClient;

  beforeAll(async () => {
    sandbox = await open({ strict: true, seed: true });
    client = clientOf(sandbox);
  });

  afterAll(async () => {
    expect(sandbox.violations).toEqual([]);
    await sandbox.close();
  });

  describe("applications", () => {
    test("create, get, list, update, rotate, archive", async () => {
      const { application, oauth } = await client.applications.create({
        name: "Lifecycle App",
        description: "first",
        oauth: { type: "confidential", redirectUris: ["https://app.example.com/cb"] },
      });
      expect(application).toMatchObject({ name: "Lifecycle App", description: "first", archivedAt: null });
      expect(oauth.clientId).toBe(`app_${application.id}`);
      expect(oauth.pkceRequired).toBe(true);
      expect(oauth.clientSecret).toMatch(/\S{20,}/);

      const got = await client.applications.get(application.id);
      expect(got.application).toEqual(application);
      expect(got.application.oauth).not.toHaveProperty("clientSecret");

      const listed = [];
      for await (const app of client.applications.list()) listed.push(app.name);
      expect(listed).toContain("Lifecycle App");

      const updated = await client.applications.update(application.id, { description: "second" });
      expect(updated.application.description).toBe("second");
      expect(updated.application.name).toBe("Lifecycle App");

      const rotated = await client.applications.rotateSecret(application.id);
      expect(rotated.oauth.clientSecret).toMatch(/\S{20,}/);
      expect(rotated.oauth.clientSecret).not.toBe(oauth.clientSecret);

      const changed = await client.applications.updateOAuth(application.id, { scopes: ["openid"] });
      expect(changed.oauth.scopes).toEqual(["openid"]);
      expect((await client.applications.getOAuth(application.id)).oauth.scopes).toEqual(["openid"]);

      await client.applications.archive(application.id);
      const archived = await client.applications.get(application.id);
      expect(archived.application.archivedAt).toEqual(expect.any(String));
    });

    test("a second application with the same name is a 409", async () => {
      await client.applications.create({ name: "Twin", oauth: { type: "public", redirectUris: [] } });
      const error = await rejection(
        client.applications.create({ name: "Twin", oauth: { type: "public", redirectUris: [] } }),
      );
      expect(error.name).toBe("ConflictError");
      expect(error.statusCode).toBe(409);
    });

    test("an unknown id is a NotFoundError", async () => {
      const error = await rejection(client.applications.get("5d0c9c43-0f44-4c53-9d2c-61a3c1f0a2b7"));
      expect(isNotFoundError(error)).toBe(true);
    });

    test("a body that breaks the spec is a 400 whose validationErrors name the field", async () => {
      const error = await rejection(
        client.applications.create({
          name: "Bad",
          // @ts-expect-error a wrong enum value, sent on purpose
          oauth: { type: "secret", redirectUris: [] },
        }),
      );
      expect(error.statusCode).toBe(400);
      expect(error.validationErrors).toEqual([expect.stringContaining("oauth.type")]);
    });
  });

  describe("integrations", () => {
    test("create, attach (twice), set, detach, archive", async () => {
      const { application } = await client.applications.create({
        name: "Integrated",
        oauth: { type: "public", redirectUris: ["http://localhost:3000/cb"] },
      });
      const { integration } = await client.integrations.create({
        name: "Docs MCP",
        url: "https://docs.example.com/mcp",
      });
      expect(integration).toMatchObject({ category: "gateway_remote_mcp", authMode: "none", validationStatus: null });
      const other = (await client.integrations.create({ name: "Wiki MCP", url: "https://wiki.example.com/mcp" }))
        .integration;

      await client.applications.attachIntegration(application.id, integration.id);
      await client.applications.attachIntegration(application.id, integration.id);
      expect((await client.applications.listIntegrations(application.id)).integrationIds).toEqual([integration.id]);
      expect((await client.applications.get(application.id)).application.integrations).toEqual([
        { id: integration.id, name: "Docs MCP", url: "https://docs.example.com/mcp" },
      ]);

      const set = await client.applications.setIntegrations(application.id, { integrationIds: [other.id] });
      expect(set.integrationIds).toEqual([other.id]);
      expect((await client.applications.listIntegrations(application.id)).integrationIds).toEqual([other.id]);

      await client.applications.detachIntegration(application.id, other.id);
      expect((await client.applications.listIntegrations(application.id)).integrationIds).toEqual([]);

      const updated = await client.integrations.update(integration.id, { name: "Docs MCP v2" });
      expect(updated.integration.name).toBe("Docs MCP v2");
      expect((await client.integrations.get(integration.id)).integration.name).toBe("Docs MCP v2");

      await client.integrations.archive(integration.id);
      expect(isNotFoundError(await rejection(client.integrations.get(integration.id)))).toBe(true);
    });

    test("validate, OAuth app config and a user-token connection", async () => {
      const { integration } = await client.integrations.create({
        name: "OAuth MCP",
        url: "https://oauth.example.com/mcp",
        authMode: "oauth",
      });
      expect((await client.integrations.validate(integration.id)).status).toBe("invalid");
      const { oauth } = await client.integrations.setOAuthConfig(integration.id, {
        clientId: "provider-client",
        clientSecret: "provider-secret",
        authorizationUrl: "https://provider.example.com/authorize",
        tokenUrl: "https://provider.example.com/token",
        scopes: ["read"],
      });
      expect(oauth).toMatchObject({ clientId: "provider-client", clientSecretConfigured: true });
      expect(oauth).not.toHaveProperty("clientSecret");
      expect((await client.integrations.validate(integration.id)).status).toBe("valid");
      expect((await client.integrations.get(integration.id)).integration.validationStatus).toBe("valid");
      await client.integrations.deleteOAuthConfig(integration.id);
      expect(isNotFoundError(await rejection(client.integrations.getOAuthConfig(integration.id)))).toBe(true);

      expect((await client.integrations.getConnection(integration.id)).connection?.status).toBe("not_connected");
      expect((await client.integrations.connect(integration.id, { token: "user-token" })).connection?.status).toBe(
        "connected",
      );
      await client.integrations.disconnect(integration.id);
      expect((await client.integrations.getConnection(integration.id)).connection?.status).toBe("not_connected");
    });
  });

  describe("service accounts", () => {
    test("create, get, list, rotate, revoke", async () => {
      const { serviceAccount, credentials } = await client.serviceAccounts.create({ name: "CI deploy" });
      const id = present(serviceAccount.id, "a service account id");
      expect(credentials.clientId).toBe(serviceAccount.clientId);
      expect(serviceAccount.description).toBeNull();
      expect((await client.serviceAccounts.get(id)).serviceAccount).toEqual(serviceAccount);
      const page = await client.serviceAccounts.list();
      expect(page.items).not.toContainEqual(expect.objectContaining({ clientSecret: expect.anything() }));
      expect(page.items.map((a) => a.id)).toContain(id);
      expect(page.nextCursor).toBeNull();

      const rotated = await client.serviceAccounts.rotateSecret(id);
      expect(rotated.credentials.clientId).toBe(credentials.clientId);
      expect(rotated.credentials.clientSecret).not.toBe(credentials.clientSecret);

      await client.serviceAccounts.revoke(id);
      expect(isNotFoundError(await rejection(client.serviceAccounts.get(id)))).toBe(true);
    });
  });

  describe("the access graph", () => {
    test("has the applications and integrations as nodes and the attachments as edges", async () => {
      const { application } = await client.applications.create({
        name: "Graphed",
        oauth: { type: "public", redirectUris: [] },
      });
      const { integration } = await client.integrations.create({ name: "Graph MCP", url: "https://g.example.com/mcp" });
      await client.applications.attachIntegration(application.id, integration.id);
      const graph = await client.applications.getAccessGraph();
      expect(graph.nodes).toContainEqual({ id: application.id, type: "application", name: "Graphed" });
      expect(graph.nodes).toContainEqual({ id: integration.id, type: "integration", name: "Graph MCP" });
      expect(graph.edges).toContainEqual({ source: application.id, target: integration.id });
      const withPolicy = await client.applications.getAccessGraph({ includePolicy: true });
      expect(withPolicy.edges).toContainEqual({
        source: application.id,
        target: integration.id,
        policy: { level: "allow" },
      });
    });
  });

  describe("sessions, traces and events from the seed", () => {
    test("lists, gets and revokes the seeded sessions", async () => {
      const { items: apps } = await client.applications.list();
      const copilot = apps.find((a) => a.name === "Support Copilot");
      if (!copilot) throw new Error("the seed has no Support Copilot");
      expect(copilot).toMatchObject({ activeSessionCount: 1, idleSessionCount: 1, totalSessionCount: 4 });

      const active = await client.sessions.list(copilot.id);
      expect(active.items.map((s) => s.derivedStatus).sort()).toEqual(["active", "expired", "idle"]);
      const all = await client.sessions.list(copilot.id, { status: "all" });
      expect(all.items).toHaveLength(4);
      const first = active.items[0];
      if (!first) throw new Error("no session");
      expect((await client.sessions.get(copilot.id, first.id)).session).toEqual(first);

      expect(await client.sessions.revokeAll(copilot.id)).toEqual({ success: true, disconnectedCount: 3 });
      expect(await client.applications.revokeAllAgentSessions(copilot.id)).toEqual({
        success: true,
        disconnectedCount: 0,
      });
      expect((await client.sessions.list(copilot.id)).items).toEqual([]);
      expect((await client.applications.get(copilot.id)).application.activeSessionCount).toBe(0);
    });

    test("traces page, filter, and carry their events; stats and events agree", async () => {
      const traces = [];
      for await (const trace of client.traces.list({ limit: 25 })) traces.push(trace);
      expect(traces).toHaveLength(60);
      const first = traces[0];
      if (!first) throw new Error("no trace");
      const detail = await client.traces.get(present(first.traceId, "a traceId"));
      expect(detail.trace).toEqual(first);
      expect(detail.events).toHaveLength(present(first.eventCount, "an eventCount"));

      const { stats } = await client.traces.stats({ period: "30d" });
      expect(stats.totalTraces).toBe(60);
      expect(stats.totalEvents).toBe(traces.reduce((sum, t) => sum + present(t.eventCount, "an eventCount"), 0));

      const events = await client.events.list({ limit: 10 });
      expect(events.items).toHaveLength(10);
      const times = events.items.map((e) => e.createdAt);
      expect(times).toEqual([...times].sort().reverse());
    });

    test("trace filters: by application, by session, by user; offset skips", async () => {
      const all = (await client.traces.list({ limit: 200 })).items;
      const first = all[0];
      if (!first) throw new Error("no trace");
      const byApp = (await client.traces.list({ limit: 200, applicationId: present(first.agentId, "an agentId") }))
        .items;
      expect(byApp.length).toBeGreaterThan(0);
      expect(byApp.every((t) => t.agentId === first.agentId)).toBe(true);
      expect(byApp.length).toBeLessThan(all.length);
      const bySession = (await client.traces.list({ limit: 200, sessionId: present(first.sessionId, "a sessionId") }))
        .items;
      expect(bySession.every((t) => t.sessionId === first.sessionId)).toBe(true);
      const byUser = (await client.traces.list({ limit: 200, userId: present(first.ownerUserId, "an ownerUserId") }))
        .items;
      expect(byUser.every((t) => t.ownerUserId === first.ownerUserId)).toBe(true);
      expect((await client.traces.list({ limit: 5, offset: 10 })).items).toEqual(all.slice(10, 15));
    });

    test("the same seed gives the same data; another seed, other data", async () => {
      const again = await open({ strict: true, seed: true });
      const other = await open({ strict: true, seed: 2 });
      try {
        const read = async (s: Sandbox) => {
          const c = clientOf(s);
          return {
            traces: (await c.traces.list({ limit: 200 })).items,
            events: (await c.events.list({ limit: 200 })).items,
          };
        };
        const fresh = await open({ strict: true, seed: 1 });
        try {
          expect(await read(again)).toEqual(await read(fresh));
        } finally {
          await fresh.close();
        }
        expect((await read(other)).traces[0]?.traceId).not.toBe((await read(again)).traces[0]?.traceId);
      } finally {
        await Promise.all([again.close(), other.close()]);
      }
    });
  });
});
