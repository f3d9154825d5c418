import { decodeCursor, encodeCursor, secret, uuid } from "./encoding.js";
import type { FieldError } from "./validator.js";

type Json = Record<string, unknown>;

/** An answer the API documents as an error: `{ message, statusCode }`, plus `validationErrors` on a 400. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly validationErrors?: FieldError[],
  ) {
    super(message);
  }
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A fault from `failNext`: sent as is, not checked against the spec. */
  injected?: boolean;
}

export interface Call {
  path: Record<string, string>;
  query: Record<string, unknown>;
  body: Json;
  origin: string;
}

export interface ApplicationRecord {
  seq: number;
  id: string;
  name: string;
  description?: string;
  ownerUserId: string;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
  oauth: {
    type: "public" | "confidential";
    clientId: string;
    clientSecret?: string;
    redirectUris: string[];
    pkceRequired: boolean;
    scopes: string[];
    allowedResources: string[];
  };
  integrationIds: string[];
}

export interface IntegrationRecord {
  seq: number;
  id: string;
  name: string;
  url: string;
  category: string;
  authMode: string;
  capabilities: Json;
  oauth: Json;
  credentialSchema?: Json;
  serverToken?: string;
  validationStatus: "pending" | "valid" | "invalid" | null;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
  oauthConfig?: {
    clientId: string;
    clientSecret: string;
    authorizationUrl: string;
    tokenUrl: string;
    scopes: string[];
    updatedAt: string;
  };
  connection?: { connectedAt: string };
}

export interface ServiceAccountRecord {
  seq: number;
  id: string;
  name: string;
  description: string | null;
  clientId: string;
  clientSecret: string;
  createdAt: string;
}

export interface SessionRecord {
  id: string;
  name: string;
  status: "active" | "disconnected";
  derivedStatus: "active" | "idle" | "expired" | "disconnected";
  tokenExpiresAt?: string;
  lastActiveAt?: string;
  connectedAt?: string;
  disconnectedAt?: string;
  createdAt: string;
  agentId: string;
  organizationId: string;
  hostname: string;
  userAgent: string;
  clientInfo: { name: string; version: string } | null;
}

export interface TraceRecord {
  traceId: string;
  sessionId: string;
  startedAt: string;
  endedAt: string | null;
  eventCount: number;
  okCount: number;
  warnCount: number;
  errorCount: number;
  agentId: string;
  agentName: string;
  ownerUserId: string;
  ownerEmail: string;
  agentSessionId?: string;
  agentSessionName?: string;
}

export interface EventRecord {
  id: string;
  traceId: string;
  sessionId: string;
  integrationId: string;
  toolName: string;
  eventType: string;
  status: "ok" | "warn" | "error_remote" | "error_proxy" | "error_auth";
  durationMs: number;
  errorMessage: string | null;
  createdAt: string;
  bytesIn: number;
  bytesOut: number;
}

/** The user the sandbox's service account acts for: the owner of what it creates. */
export const SANDBOX_USER_ID = "00000000-0000-4000-8000-000000000001";
export const SANDBOX_ORGANIZATION_ID = "00000000-0000-4000-8000-0000000000aa";

const notFound = (what: string, id: string) => new ApiError(404, `${what} ${id} not found`);

/** Everything one sandbox holds. Nothing is shared between sandboxes. */
export class Store {
  seq = 0;
  applications = new Map<string, ApplicationRecord>();
  integrations = new Map<string, IntegrationRecord>();
  serviceAccounts = new Map<string, ServiceAccountRecord>();
  sessions: SessionRecord[] = [];
  traces: TraceRecord[] = [];
  events: EventRecord[] = [];
  /** Policies, read-only through the API: enforcement off and no rules unless seeded. */
  policy: { policyEnabled: boolean; rules: { action: string; scope: string; level: string; toolName: string }[] } = {
    policyEnabled: false,
    rules: [],
  };

  /** Called when a service account's secret changes or it is deleted (the token store listens). */
  onServiceAccountRevoked: (clientId: string) => void = () => {};

  now(): string {
    return new Date().toISOString();
  }

  // ---- applications ----------------------------------------------------------------------

  application(id: string): ApplicationRecord {
    const app = this.applications.get(id);
    if (!app) throw notFound("Application", id);
    return app;
  }

  integration(id: string): IntegrationRecord {
    const integration = this.integrations.get(id);
    if (!integration || integration.archived) throw notFound("Integration", id);
    return integration;
  }

  serviceAccount(id: string): ServiceAccountRecord {
    const account = this.serviceAccounts.get(id);
    if (!account) throw notFound("Service account", id);
    return account;
  }

  applicationJson(app: ApplicationRecord, origin: string): Json {
    const sessions = this.sessions.filter((s) => s.agentId === app.id);
    const count = (status: SessionRecord["derivedStatus"]) => sessions.filter((s) => s.derivedStatus === status).length;
    const out: Json = {
      id: app.id,
      name: app.name,
      ownerUserId: app.ownerUserId,
      createdAt: app.createdAt,
      updatedAt: app.updatedAt,
      archivedAt: app.archivedAt,
      canModify: true,
      activeSessionCount: count("active"),
      idleSessionCount: count("idle"),
      liveSessionCount: count("active") + count("idle"),
      totalSessionCount: sessions.length,
      mcpUrlTemplate: `${origin}/mcp/${app.id}/{integrationId}`,
      integrations: app.integrationIds.flatMap((id) => {
        const integration = this.integrations.get(id);
        return integration && !integration.archived
          ? [{ id: integration.id, name: integration.name, url: integration.url }]
          : [];
      }),
      oauth: oauthJson(app, false),
    };
    if (app.description !== undefined) out.description = app.description;
    return out;
  }

  integrationJson(integration: IntegrationRecord): Json {
    const out: Json = {
      id: integration.id,
      name: integration.name,
      url: integration.url,
      category: integration.category,
      authMode: integration.authMode,
      capabilities: integration.capabilities,
      oauth: integration.oauth,
      validationStatus: integration.validationStatus,
      serverTokenConfigured: integration.serverToken !== undefined,
      createdAt: integration.createdAt,
      updatedAt: integration.updatedAt,
    };
    if (integration.credentialSchema) out.credentialSchema = integration.credentialSchema;
    return out;
  }

  checkApplicationName(name: string, except?: string): void {
    for (const app of this.applications.values()) {
      if (app.id !== except && app.archivedAt === null && app.name === name) {
        throw new ApiError(409, `An application named "${name}" already exists`);
      }
    }
  }

  checkIntegrationName(name: string, except?: string): void {
    for (const integration of this.integrations.values()) {
      if (integration.id !== except && !integration.archived && integration.name === name) {
        throw new ApiError(409, `An integration named "${name}" already exists`);
      }
    }
  }

  addApplication(input: {
    id?: string;
    name: string;
    description?: string;
    ownerUserId?: string;
    createdAt?: string;
    oauth: Partial<ApplicationRecord["oauth"]> & { type: "public" | "confidential"; redirectUris: string[] };
    integrationIds?: string[];
  }): ApplicationRecord {
    const id = input.id ?? uuid();
    const createdAt = input.createdAt ?? this.now();
    const app: ApplicationRecord = {
      seq: ++this.seq,
      id,
      name: input.name,
      description: input.description,
      ownerUserId: input.ownerUserId ?? SANDBOX_USER_ID,
      createdAt,
      updatedAt: createdAt,
      archivedAt: null,
      oauth: {
        type: input.oauth.type,
        clientId: `app_${id}`,
        clientSecret: input.oauth.type === "confidential" ? secret("kx_cs_") : undefined,
        redirectUris: [...input.oauth.redirectUris],
        pkceRequired: input.oauth.pkceRequired ?? true,
        scopes: [...(input.oauth.scopes ?? [])],
        allowedResources: [...(input.oauth.allowedResources ?? [])],
      },
      integrationIds: [...(input.integrationIds ?? [])],
    };
    this.applications.set(id, app);
    return app;
  }

  addIntegration(input: Json & { id?: string; createdAt?: string }): IntegrationRecord {
    const id = input.id ?? uuid();
    const createdAt = input.createdAt ?? this.now();
    const integration: IntegrationRecord = {
      seq: ++this.seq,
      id,
      name: String(input.name),
      url: String(input.url),
      category: (input.category as string | undefined) ?? "gateway_remote_mcp",
      authMode: (input.authMode as string | undefined) ?? "none",
      capabilities: { ...((input.capabilities as Json | undefined) ?? {}) },
      oauth: { ...((input.oauth as Json | undefined) ?? {}) },
      credentialSchema: input.credentialSchema as Json | undefined,
      serverToken: input.serverToken as string | undefined,
      validationStatus: null,
      createdAt,
      updatedAt: createdAt,
      archived: false,
    };
    this.integrations.set(id, integration);
    return integration;
  }

  addServiceAccount(input: { name: string; description?: string | null; createdAt?: string }): ServiceAccountRecord {
    const id = uuid();
    const account: ServiceAccountRecord = {
      seq: ++this.seq,
      id,
      name: input.name,
      description: input.description ?? null,
      clientId: `sa_${id}`,
      clientSecret: secret("kx_sa_"),
      createdAt: input.createdAt ?? this.now(),
    };
    this.serviceAccounts.set(id, account);
    return account;
  }

  disconnect(appId: string): number {
    const at = this.now();
    let count = 0;
    for (const session of this.sessions) {
      if (session.agentId !== appId || session.status !== "active") continue;
      session.status = "disconnected";
      session.derivedStatus = "disconnected";
      session.disconnectedAt = at;
      count++;
    }
    return count;
  }
}

export function oauthJson(app: ApplicationRecord, withSecret: boolean): Json {
  const { clientSecret, ...rest } = app.oauth;
  const out: Json = { ...rest, redirectUris: [...rest.redirectUris], scopes: [...rest.scopes] };
  out.allowedResources = [...rest.allowedResources];
  if (withSecret && clientSecret !== undefined) out.clientSecret = clientSecret;
  return out;
}

/** Opaque cursors: base64url of the list's name and the position after the last item given. */
export function page<T>(list: string, items: T[], keyOf: (item: T) => number, query: Record<string, unknown>) {
  const limit = typeof query.limit === "number" ? query.limit : 50;
  let after = -Infinity;
  if (typeof query.cursor === "string") {
    const d = decodeCursor(query.cursor) as { l?: unknown; a?: unknown } | undefined;
    if (!d || d.l !== list || typeof d.a !== "number") {
      throw new ApiError(400, "cursor is not a cursor this list gave out", [
        { field: "cursor", message: "cursor is not a cursor this list gave out" },
      ]);
    }
    after = d.a;
  }
  const rest = items.filter((item) => keyOf(item) > after);
  const slice = rest.slice(0, limit);
  const last = slice[slice.length - 1];
  const nextCursor =
    rest.length > slice.length && last !== undefined ? encodeCursor({ l: list, a: keyOf(last) }) : null;
  return { slice, nextCursor };
}
