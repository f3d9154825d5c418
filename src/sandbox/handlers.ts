import { secret } from "./encoding.js";
import { ApiError, type Call, oauthJson, page, type Reply, type Store } from "./store.js";

type Json = Record<string, unknown>;
export type Handler = (store: Store, call: Call) => Reply;

const ok = (body: unknown): Reply => ({ status: 200, body });
const created = (body: unknown): Reply => ({ status: 201, body });
const noContent: Reply = { status: 204 };

function bad(field: string, message: string): ApiError {
  return new ApiError(400, message, [{ field, message }]);
}

const bySeq = (item: { seq: number }) => item.seq;

/** One handler per operationId of openapi.yaml; a test fails when an operation has none. */
export const handlers: Record<string, Handler> = {
  // ---- applications ----------------------------------------------------------------------
  listApplications(store, { query, origin }) {
    const apps = [...store.applications.values()];
    const { slice, nextCursor } = page("applications", apps, bySeq, query);
    const body: Json = { items: slice.map((a) => store.applicationJson(a, origin)) };
    if (nextCursor) body.nextCursor = nextCursor;
    return ok(body);
  },
  createApplication(store, { body, origin }) {
    const name = String(body.name);
    store.checkApplicationName(name);
    const app = store.addApplication(body as Parameters<Store["addApplication"]>[0]);
    return created({ application: store.applicationJson(app, origin), oauth: oauthJson(app, true) });
  },
  getApplicationAccessGraph(store, { query }) {
    const apps = [...store.applications.values()].filter((a) => a.archivedAt === null);
    const integrations = [...store.integrations.values()].filter((i) => !i.archived);
    const live = new Set(integrations.map((i) => i.id));
    return ok({
      nodes: [
        ...apps.map((a) => ({ id: a.id, type: "application", name: a.name })),
        ...integrations.map((i) => ({ id: i.id, type: "integration", name: i.name })),
      ],
      edges: apps.flatMap((a) =>
        a.integrationIds
          .filter((id) => live.has(id))
          .map((id) =>
            query.includePolicy === true
              ? { source: a.id, target: id, policy: { level: "allow" } }
              : { source: a.id, target: id },
          ),
      ),
    });
  },
  getApplication(store, { path, origin }) {
    return ok({ application: store.applicationJson(store.application(path.id as string), origin) });
  },
  updateApplication(store, { path, body, origin }) {
    const app = store.application(path.id as string);
    if (typeof body.name === "string") {
      store.checkApplicationName(body.name, app.id);
      app.name = body.name;
    }
    if (typeof body.description === "string") app.description = body.description;
    app.updatedAt = store.now();
    return ok({ application: store.applicationJson(app, origin) });
  },
  archiveApplication(store, { path }) {
    const app = store.application(path.id as string);
    if (app.archivedAt === null) {
      app.archivedAt = store.now();
      app.updatedAt = app.archivedAt;
    }
    store.disconnect(app.id);
    return noContent;
  },
  rotateApplicationSecret(store, { path }) {
    const app = store.application(path.id as string);
    if (app.oauth.type !== "confidential") {
      throw new ApiError(400, "Only confidential applications have a client secret to rotate");
    }
    app.oauth.clientSecret = secret("kx_cs_");
    app.updatedAt = store.now();
    return ok({ oauth: oauthJson(app, true) });
  },
  getApplicationOAuth(store, { path }) {
    return ok({ oauth: oauthJson(store.application(path.id as string), false) });
  },
  updateApplicationOAuth(store, { path, body }) {
    const app = store.application(path.id as string);
    const oauth = app.oauth;
    const becameConfidential = body.type === "confidential" && oauth.type !== "confidential";
    if (body.type === "public" || body.type === "confidential") oauth.type = body.type;
    if (Array.isArray(body.redirectUris)) oauth.redirectUris = [...(body.redirectUris as string[])];
    if (typeof body.pkceRequired === "boolean") oauth.pkceRequired = body.pkceRequired;
    if (Array.isArray(body.scopes)) oauth.scopes = [...(body.scopes as string[])];
    if (Array.isArray(body.allowedResources)) oauth.allowedResources = [...(body.allowedResources as string[])];
    if (oauth.type === "public") oauth.clientSecret = undefined;
    if (becameConfidential) oauth.clientSecret = secret("kx_cs_");
    app.updatedAt = store.now();
    // A client that just became confidential gets its secret in this answer, as on rotation.
    return ok({ oauth: oauthJson(app, becameConfidential) });
  },
  listApplicationIntegrations(store, { path }) {
    const app = store.application(path.id as string);
    return ok({ integrationIds: app.integrationIds.filter((id) => store.integrations.get(id)?.archived === false) });
  },
  setApplicationIntegrations(store, { path, body }) {
    const app = store.application(path.id as string);
    const ids = body.integrationIds as string[];
    for (const id of ids) store.integration(id);
    app.integrationIds = [...ids];
    app.updatedAt = store.now();
    return ok({ integrationIds: [...app.integrationIds] });
  },
  attachApplicationIntegration(store, { path }) {
    const app = store.application(path.id as string);
    const integration = store.integration(path.integrationId as string);
    if (!app.integrationIds.includes(integration.id)) {
      app.integrationIds.push(integration.id);
      app.updatedAt = store.now();
    }
    return noContent;
  },
  detachApplicationIntegration(store, { path }) {
    const app = store.application(path.id as string);
    const id = path.integrationId as string;
    if (app.integrationIds.includes(id)) {
      app.integrationIds = app.integrationIds.filter((x) => x !== id);
      app.updatedAt = store.now();
    }
    return noContent;
  },

  // ---- sessions --------------------------------------------------------------------------
  listAgentSessions(store, { path, query }) {
    const app = store.application(path.id as string);
    const status = query.includeInactive === true ? "all" : ((query.status as string | undefined) ?? "active");
    const limit = typeof query.limit === "number" ? query.limit : 100;
    const items = store.sessions
      .filter((s) => s.agentId === app.id)
      .filter((s) => status === "all" || (status === "active" ? s.status === "active" : s.status !== "active"))
      .slice(0, limit);
    return ok({ items: items.map((s) => ({ ...s })) });
  },
  revokeAllAgentSessions(store, { path }) {
    const app = store.application(path.id as string);
    return ok({ success: true, disconnectedCount: store.disconnect(app.id) });
  },
  getAgentSession(store, { path }) {
    const app = store.application(path.id as string);
    const session = store.sessions.find((s) => s.agentId === app.id && s.id === path.sessionId);
    if (!session) throw new ApiError(404, `Session ${path.sessionId} not found`);
    return ok({ session: { ...session } });
  },

  // ---- integrations ----------------------------------------------------------------------
  listIntegrations(store, { query }) {
    const live = [...store.integrations.values()].filter((i) => !i.archived);
    const { slice, nextCursor } = page("integrations", live, bySeq, query);
    const body: Json = { items: slice.map((i) => store.integrationJson(i)) };
    if (nextCursor) body.nextCursor = nextCursor;
    return ok(body);
  },
  createIntegration(store, { body }) {
    if (body.authMode === "server_token" && typeof body.serverToken !== "string") {
      throw bad("serverToken", "serverToken is required when authMode is server_token");
    }
    store.checkIntegrationName(String(body.name));
    return created({ integration: store.integrationJson(store.addIntegration(body)) });
  },
  getIntegration(store, { path }) {
    return ok({ integration: store.integrationJson(store.integration(path.id as string)) });
  },
  updateIntegration(store, { path, body }) {
    const integration = store.integration(path.id as string);
    if (typeof body.name === "string") store.checkIntegrationName(body.name, integration.id);
    const serverToken = typeof body.serverToken === "string" ? body.serverToken : integration.serverToken;
    if (body.authMode === "server_token" && serverToken === undefined) {
      throw bad("serverToken", "serverToken is required when authMode is server_token");
    }
    for (const key of ["name", "url", "category", "authMode"] as const) {
      if (typeof body[key] === "string") integration[key] = body[key] as string;
    }
    if (body.capabilities) integration.capabilities = { ...integration.capabilities, ...(body.capabilities as Json) };
    if (body.oauth) integration.oauth = { ...integration.oauth, ...(body.oauth as Json) };
    if (body.credentialSchema) integration.credentialSchema = body.credentialSchema as Json;
    integration.serverToken = serverToken;
    if (body.url !== undefined || body.authMode !== undefined) integration.validationStatus = null;
    integration.updatedAt = store.now();
    return ok({ integration: store.integrationJson(integration) });
  },
  archiveIntegration(store, { path }) {
    const integration = store.integration(path.id as string);
    integration.archived = true;
    for (const app of store.applications.values()) {
      app.integrationIds = app.integrationIds.filter((id) => id !== integration.id);
    }
    return noContent;
  },
  validateIntegration(store, { path }) {
    const integration = store.integration(path.id as string);
    let result: { status: "valid" | "invalid"; message: string };
    if (integration.authMode === "oauth" && !integration.oauthConfig) {
      result = { status: "invalid", message: "authMode is oauth but no OAuth app is configured (PUT /oauth)" };
    } else if (integration.authMode === "server_token" && integration.serverToken === undefined) {
      result = { status: "invalid", message: "authMode is server_token but no server token is configured" };
    } else {
      result = { status: "valid", message: `${integration.url} answered the MCP handshake (sandbox)` };
    }
    integration.validationStatus = result.status;
    return ok(result);
  },
  getIntegrationOAuthConfig(store, { path }) {
    const integration = store.integration(path.id as string);
    if (!integration.oauthConfig) throw new ApiError(404, `Integration ${integration.id} has no OAuth configuration`);
    const { clientSecret: _secret, ...config } = integration.oauthConfig;
    return ok({ oauth: { ...config, scopes: [...config.scopes], clientSecretConfigured: true } });
  },
  setIntegrationOAuthConfig(store, { path, body }) {
    const integration = store.integration(path.id as string);
    integration.oauthConfig = {
      clientId: String(body.clientId),
      clientSecret: String(body.clientSecret),
      authorizationUrl: String(body.authorizationUrl),
      tokenUrl: String(body.tokenUrl),
      scopes: [...(body.scopes as string[])],
      updatedAt: store.now(),
    };
    const { clientSecret: _secret, ...config } = integration.oauthConfig;
    return ok({ oauth: { ...config, scopes: [...config.scopes], clientSecretConfigured: true } });
  },
  deleteIntegrationOAuthConfig(store, { path }) {
    store.integration(path.id as string).oauthConfig = undefined;
    return noContent;
  },
  createIntegrationConnection(store, { path }) {
    const integration = store.integration(path.id as string);
    integration.connection = { connectedAt: store.now() };
    return created({
      connection: { status: "connected", connectedAt: integration.connection.connectedAt, expiresAt: null },
    });
  },
  getIntegrationConnection(store, { path }) {
    const connection = store.integration(path.id as string).connection;
    return ok({
      connection: connection
        ? { status: "connected", connectedAt: connection.connectedAt, expiresAt: null }
        : { status: "not_connected", connectedAt: null, expiresAt: null },
    });
  },
  revokeIntegrationConnection(store, { path }) {
    store.integration(path.id as string).connection = undefined;
    return noContent;
  },

  // ---- service accounts ------------------------------------------------------------------
  listServiceAccounts(store, { query }) {
    const { slice, nextCursor } = page("service-accounts", [...store.serviceAccounts.values()], bySeq, query);
    return ok({ items: slice.map(serviceAccountJson), nextCursor });
  },
  createServiceAccount(store, { body }) {
    const name = String(body.name);
    for (const account of store.serviceAccounts.values()) {
      if (account.name === name) throw new ApiError(409, `A service account named "${name}" already exists`);
    }
    const account = store.addServiceAccount({ name, description: body.description as string | undefined });
    return created({
      serviceAccount: serviceAccountJson(account),
      credentials: { clientId: account.clientId, clientSecret: account.clientSecret },
    });
  },
  getServiceAccount(store, { path }) {
    return ok({ serviceAccount: serviceAccountJson(store.serviceAccount(path.id as string)) });
  },
  revokeServiceAccount(store, { path }) {
    const account = store.serviceAccount(path.id as string);
    store.serviceAccounts.delete(account.id);
    store.onServiceAccountRevoked(account.clientId);
    return noContent;
  },
  rotateServiceAccountSecret(store, { path }) {
    const account = store.serviceAccount(path.id as string);
    // The old secret stops working at once; tokens already issued live until they expire.
    account.clientSecret = secret("kx_sa_");
    return ok({ credentials: { clientId: account.clientId, clientSecret: account.clientSecret } });
  },

  // ---- traces and events -----------------------------------------------------------------
  listTraces(store, { query }) {
    const filtered = store.traces
      .map((trace, index) => ({ trace, index }))
      .filter(
        ({ trace }) =>
          (query.userId === undefined || trace.ownerUserId === query.userId) &&
          (query.sessionId === undefined || trace.sessionId === query.sessionId) &&
          (query.agentId === undefined || trace.agentId === query.agentId) &&
          (query.applicationId === undefined || trace.agentId === query.applicationId),
      );
    const skipped =
      typeof query.offset === "number" && query.cursor === undefined ? filtered.slice(query.offset) : filtered;
    const { slice, nextCursor } = page("traces", skipped, (t) => t.index, query);
    const body: Json = { items: slice.map(({ trace }) => ({ ...trace })) };
    if (nextCursor) body.nextCursor = nextCursor;
    return ok(body);
  },
  getTraceStats(store, { query }) {
    const days = { "1d": 1, "7d": 7, "30d": 30 }[String(query.period ?? "7d")] ?? 7;
    const since = Date.now() - days * 86_400_000;
    const traces = store.traces.filter(
      (t) => Date.parse(t.startedAt) >= since && (query.userId === undefined || t.ownerUserId === query.userId),
    );
    const ids = new Set(traces.map((t) => t.traceId));
    const events = store.events.filter((e) => ids.has(e.traceId));
    const eventCounts: Record<string, number> = {};
    const errorsByType = new Map<string, number>();
    const tools = new Map<string, number>();
    for (const e of events) {
      eventCounts[e.status] = (eventCounts[e.status] ?? 0) + 1;
      if (e.status.startsWith("error_")) errorsByType.set(e.status, (errorsByType.get(e.status) ?? 0) + 1);
      tools.set(e.toolName, (tools.get(e.toolName) ?? 0) + 1);
    }
    const durations = events.map((e) => e.durationMs).sort((a, b) => a - b);
    const pct = (p: number) =>
      durations.length ? (durations[Math.min(durations.length - 1, Math.floor((p / 100) * durations.length))] ?? 0) : 0;
    const errors = [...errorsByType.values()].reduce((a, b) => a + b, 0);
    return ok({
      totalTraces: traces.length,
      totalEvents: events.length,
      eventCounts,
      errorRate: events.length ? Math.round((errors / events.length) * 10_000) / 100 : 0,
      latency: { p50: pct(50), p95: pct(95), p99: pct(99) },
      bytesTransferred: {
        in: events.reduce((sum, e) => sum + e.bytesIn, 0),
        out: events.reduce((sum, e) => sum + e.bytesOut, 0),
      },
      errorsByType: [...errorsByType].map(([type, count]) => ({ type, count })),
      topTools: [...tools]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, 10)
        .map(([toolName, count]) => ({ toolName, count })),
    });
  },
  getTrace(store, { path, query }) {
    const trace = store.traces.find(
      (t) => t.traceId === path.traceId && (query.userId === undefined || t.ownerUserId === query.userId),
    );
    if (!trace) throw new ApiError(404, `Trace ${path.traceId} not found`);
    return ok({
      trace: { ...trace },
      events: store.events.filter((e) => e.traceId === trace.traceId).map(traceEventJson),
    });
  },
  listMcpEvents(store, { query }) {
    const limit = typeof query.limit === "number" ? query.limit : 50;
    const newest = [...store.events].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, limit);
    return ok({
      items: newest.map((e) => ({
        id: e.id,
        sessionId: e.sessionId,
        toolName: e.toolName,
        eventType: e.eventType,
        status: e.status,
        durationMs: e.durationMs,
        traceId: e.traceId,
        createdAt: e.createdAt,
      })),
    });
  },

  // ---- policies (read-only) --------------------------------------------------------------
  getPolicySettings(store) {
    return ok({ policyEnabled: store.policy.policyEnabled });
  },
  listPolicyRules(store) {
    return ok(store.policy.rules.map((rule) => ({ ...rule })));
  },
};

function serviceAccountJson(account: {
  id: string;
  name: string;
  description: string | null;
  clientId: string;
  createdAt: string;
}): Json {
  return {
    id: account.id,
    name: account.name,
    description: account.description,
    clientId: account.clientId,
    createdAt: account.createdAt,
  };
}

function traceEventJson(e: Store["events"][number]): Json {
  const { bytesIn: _in, bytesOut: _out, ...event } = e;
  return event;
}
