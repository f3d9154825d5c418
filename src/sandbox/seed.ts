import type { EventRecord, SessionRecord, Store, TraceRecord } from "./store.js";
import { SANDBOX_ORGANIZATION_ID } from "./store.js";

/**
 * mulberry32: a tiny seeded generator of numbers in [0, 1), so a seed gives the same ids, names
 * and counts every run (the fault tests and benches draw from it too).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function startOfDay(ms: number): number {
  return ms - (ms % 86_400_000);
}

const TOOLS = [
  "github.search_issues",
  "github.create_pull_request",
  "github.get_file",
  "linear.create_issue",
  "linear.list_issues",
  "linear.update_issue",
];

const USERS = [
  { id: "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f", email: "jane@example.com" },
  { id: "9b2f4c1e-7d3a-4e8b-a6f5-0c1d2e3f4a5b", email: "omar@example.com" },
];

/**
 * Sample data for dashboards and tests: two applications, two integrations attached to them,
 * agent sessions in every state, 60 traces over the last week with their events. Everything depends
 * only on `seed` and the day: timestamps count back from midnight UTC of the day the sandbox starts,
 * so two sandboxes with one seed hold the same data, and `period` filters have something to count.
 */
export function seedStore(store: Store, seed: number, start = startOfDay(Date.now())): void {
  const random = mulberry32(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[], index = int(list.length)): T => {
    const item = list[index];
    if (item === undefined) throw new Error("seed: empty list");
    return item;
  };
  const hex = (n: number) => Array.from({ length: n }, () => int(16).toString(16)).join("");
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${"89ab"[int(4)]}${hex(3)}-${hex(12)}`;
  const ago = (ms: number) => new Date(start - ms).toISOString();
  const minute = 60_000;
  const hour = 60 * minute;
  const day = 24 * hour;

  const github = store.addIntegration({
    id: uuid(),
    name: "GitHub",
    url: "https://api.githubcopilot.com/mcp/",
    authMode: "oauth",
    capabilities: { tools: true, resources: true, prompts: false },
    oauth: { provider: "github", scopes: ["repo", "read:org"] },
    createdAt: ago(30 * day),
  });
  github.validationStatus = "valid";
  const linear = store.addIntegration({
    id: uuid(),
    name: "Linear",
    url: "https://mcp.linear.app/mcp",
    authMode: "user_token",
    capabilities: { tools: true, resources: false, prompts: false },
    createdAt: ago(29 * day),
  });
  linear.validationStatus = "valid";

  const copilot = store.addApplication({
    id: uuid(),
    name: "Support Copilot",
    description: "Answers customer tickets with GitHub and Linear tools",
    ownerUserId: USERS[1]?.id,
    createdAt: ago(28 * day),
    oauth: {
      type: "confidential",
      redirectUris: ["https://support.example.com/oauth/callback"],
      scopes: ["openid", "offline_access"],
      allowedResources: ["https://api.kontext.security/mcp"],
    },
    integrationIds: [github.id, linear.id],
  });
  const reporter = store.addApplication({
    id: uuid(),
    name: "Nightly Report Bot",
    description: "Summarises yesterday's incidents every morning",
    ownerUserId: USERS[0]?.id,
    createdAt: ago(20 * day),
    oauth: { type: "public", redirectUris: ["http://localhost:3000/callback"], scopes: ["openid"] },
    integrationIds: [linear.id],
  });

  const session = (
    app: { id: string },
    name: string,
    derivedStatus: SessionRecord["derivedStatus"],
    connectedAgo: number,
    lastActiveAgo: number,
  ): SessionRecord => {
    const s: SessionRecord = {
      id: uuid(),
      name,
      status: derivedStatus === "disconnected" ? "disconnected" : "active",
      derivedStatus,
      // Live sessions' tokens outlast the day the timestamps count back from.
      tokenExpiresAt: derivedStatus === "expired" ? ago(hour) : ago(-2 * day),
      lastActiveAt: ago(lastActiveAgo),
      connectedAt: ago(connectedAgo),
      createdAt: ago(connectedAgo),
      agentId: app.id,
      organizationId: SANDBOX_ORGANIZATION_ID,
      hostname: name.split(" on ")[1] ?? "localhost",
      userAgent: name.startsWith("Claude") ? "Claude/0.14.10 (darwin; arm64)" : "Cursor/1.2.4",
      clientInfo: name.startsWith("Claude") ? { name: "claude-ai", version: "0.1.0" } : null,
    };
    if (derivedStatus === "disconnected") s.disconnectedAt = ago(lastActiveAgo);
    store.sessions.push(s);
    return s;
  };
  const sessions = [
    session(copilot, "Claude Desktop on mbp-jane", "active", 3 * hour, 2 * minute),
    session(copilot, "Cursor on build-runner-07", "idle", 5 * hour, 40 * minute),
    session(copilot, "Claude Desktop on mbp-omar", "expired", 2 * day, 26 * hour),
    session(copilot, "Cursor on laptop-omar", "disconnected", 4 * day, 3 * day),
    session(reporter, "Cursor on report-runner-01", "active", 8 * hour, 5 * minute),
  ];

  const apps = [
    { app: copilot, sessions: sessions.slice(0, 4), integrations: [github, linear] },
    { app: reporter, sessions: sessions.slice(4), integrations: [linear] },
  ];
  const traces: TraceRecord[] = [];
  const events: EventRecord[] = [];
  for (let i = 0; i < 60; i++) {
    const { app, sessions: own, integrations } = pick(apps, i % 3 === 2 ? 1 : 0);
    const agentSession = pick(own);
    const user = pick(USERS);
    const startedMs = start - Math.floor((i / 60) * 7 * day) - int(hour) - minute;
    const traceId = hex(32);
    const count = 2 + int(5);
    let okCount = 0;
    let warnCount = 0;
    let errorCount = 0;
    let at = startedMs;
    for (let j = 0; j < count; j++) {
      const roll = random();
      const status: EventRecord["status"] =
        roll < 0.8
          ? "ok"
          : roll < 0.88
            ? "warn"
            : roll < 0.94
              ? "error_remote"
              : roll < 0.97
                ? "error_auth"
                : "error_proxy";
      if (status === "ok") okCount++;
      else if (status === "warn") warnCount++;
      else errorCount++;
      const integration = pick(integrations);
      const tools = TOOLS.filter((t) => t.startsWith(integration.name.toLowerCase()));
      const durationMs = 40 + int(900);
      events.push({
        id: uuid(),
        traceId,
        sessionId: agentSession.id,
        integrationId: integration.id,
        toolName: pick(tools),
        eventType: "tool_call",
        status,
        durationMs,
        errorMessage: status.startsWith("error_")
          ? `${integration.name} answered ${status === "error_auth" ? 401 : 502}`
          : null,
        createdAt: new Date(at).toISOString(),
        bytesIn: 200 + int(4000),
        bytesOut: 100 + int(1500),
      });
      at += durationMs + int(2000);
    }
    // The newest trace is still running.
    traces.push({
      traceId,
      sessionId: agentSession.id,
      startedAt: new Date(startedMs).toISOString(),
      endedAt: i === 0 ? null : new Date(at).toISOString(),
      eventCount: count,
      okCount,
      warnCount,
      errorCount,
      agentId: app.id,
      agentName: app.name,
      ownerUserId: user.id,
      ownerEmail: user.email,
      agentSessionId: agentSession.id,
      agentSessionName: agentSession.name,
    });
  }
  store.traces.push(...traces);
  store.events.push(...events);
  store.policy = {
    policyEnabled: true,
    rules: [
      { action: "deny", scope: "organization", level: "tool", toolName: "delete_repository" },
      { action: "allow", scope: "application", level: "tool", toolName: "search_issues" },
    ],
  };
}
