// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${env:NAME} is the config file syntax.
import { describe, expect, it } from "vitest";
import { exportConfig, exportYaml } from "../../src/cli/config/export.js";
import { loadConfig } from "../../src/cli/config/load.js";
import type { CurrentState, Managed } from "../../src/cli/config/model.js";
import { computePlan } from "../../src/cli/config/plan.js";
import { renderPlan } from "../../src/cli/config/render.js";
import type { Application, Integration, ServiceAccount } from "../../src/types.js";

const T = "2026-01-01T00:00:00.000Z";
const integration = (id: string, name: string, extra: Partial<Integration> = {}) =>
  ({
    id,
    name,
    url: `https://${name.toLowerCase()}.example/mcp`,
    category: "gateway_remote_mcp",
    authMode: "none",
    capabilities: {},
    oauth: {},
    validationStatus: null,
    serverTokenConfigured: false,
    createdAt: T,
    updatedAt: T,
    ...extra,
  }) as Managed<Integration>;
const application = (id: string, name: string, attached: Managed<Integration>[], extra: Partial<Application> = {}) =>
  ({
    id,
    name,
    ownerUserId: "u1",
    createdAt: T,
    updatedAt: T,
    archivedAt: null,
    canModify: true,
    activeSessionCount: 0,
    idleSessionCount: 0,
    liveSessionCount: 0,
    totalSessionCount: 0,
    mcpUrlTemplate: null,
    integrations: attached.map((i) => ({ id: i.id, name: i.name })),
    oauth: {
      type: "public",
      clientId: `app_${id}`,
      redirectUris: ["https://a.example/cb", "https://b.example/cb"],
      pkceRequired: true,
      scopes: [],
      allowedResources: [],
    },
    ...extra,
  }) as CurrentState["applications"][number];
const account = (
  id: string,
  name: string,
  description: string | null,
  clientId = `sa_${id}`,
): Managed<ServiceAccount> => ({
  id,
  name,
  description,
  clientId,
  createdAt: T,
});

const github = integration("i1", "GitHub");
const linear = integration("i2", "Linear");
const state: CurrentState = {
  integrations: [github, linear],
  applications: [application("a1", "Copilot", [github, linear])],
  serviceAccounts: [account("s1", "CI", "deploys"), account("s2", "Self", null, "sa_self")],
};
const desired = (yaml: string) => loadConfig(yaml).desired;

describe("computePlan", () => {
  it("compares lists as sets and leaves fields the file omits alone", () => {
    const plan = computePlan(
      desired(`integrations:
  - { name: GitHub, url: "https://github.example/mcp" }
  - { name: Linear, url: "https://linear.example/mcp" }
applications:
  - name: Copilot
    oauth: { type: public, redirectUris: ["https://b.example/cb", "https://a.example/cb"] }
    integrations: [Linear, GitHub]
serviceAccounts:
  - { name: CI }
  - { name: Self }
`),
      state,
    );
    expect(plan.changes).toEqual([]);
    expect(plan.steps).toEqual([]);
    expect(renderPlan(plan)).toContain("No changes");
  });

  it("orders an archived integration after the detaches, and never revokes the account it runs as", () => {
    const plan = computePlan(
      desired(`integrations:
  - { name: GitHub, url: "https://github.example/mcp" }
  - { name: Slack, url: "https://slack.example/mcp" }
applications:
  - name: Copilot
    oauth: { type: public, redirectUris: [] }
    integrations: [GitHub, Slack]
`),
      state,
      { prune: true, selfClientId: "sa_self" },
    );
    const set = plan.steps.find((s) => s.id === "application:Copilot:integrations");
    expect(set?.operation).toEqual({
      type: "setIntegrations",
      app: { id: "a1" },
      integrations: [{ id: "i1" }, { create: "Slack" }],
    });
    expect(set?.after).toEqual(["integration:Slack:create"]);
    expect(plan.steps.find((s) => s.id === "integration:Linear:archive")?.after).toEqual([
      "application:Copilot:integrations",
    ]);
    expect(plan.changes.filter((c) => c.action === "revoke").map((c) => c.name)).toEqual(["CI"]);
    expect(plan.notices).toContainEqual({
      kind: "serviceAccount",
      name: "Self",
      message: "not revoked: it is the service account this run authenticates with",
    });
    expect(plan.changes).toContainEqual({
      action: "update",
      kind: "application",
      name: "Copilot",
      id: "a1",
      fields: [{ field: "oauth.redirectUris", old: ["https://a.example/cb", "https://b.example/cb"], new: [] }],
    });
  });

  it("compares attachments by id: one to an archived integration of the same name is replaced", () => {
    const archived = integration("old", "GitHub");
    const current: CurrentState = { ...state, applications: [application("a1", "Copilot", [archived, linear])] };
    const plan = computePlan(
      desired(`integrations:
  - { name: GitHub, url: "https://github.example/mcp" }
  - { name: Linear, url: "https://linear.example/mcp" }
applications:
  - name: Copilot
    oauth: { type: public, redirectUris: ["https://a.example/cb", "https://b.example/cb"] }
    integrations: [GitHub, Linear]
`),
      current,
    );
    expect(plan.changes.map((c) => `${c.action} ${c.integration}`)).toEqual(["attach GitHub", "detach GitHub"]);
    expect(plan.steps.map((s) => s.operation)).toEqual([
      { type: "setIntegrations", app: { id: "a1" }, integrations: [{ id: "i1" }, { id: "i2" }] },
    ]);
  });

  it("reports a changed service account description as a note, since the API cannot update it", () => {
    const plan = computePlan(desired("serviceAccounts:\n  - { name: CI, description: builds }\n"), state);
    expect(plan.changes).toEqual([]);
    expect(renderPlan(plan)).toContain(
      'Note: service account "CI": description "deploys" → "builds" cannot be changed: the API has no update for service accounts',
    );
  });

  it("refuses to plan the creation of a server_token integration whose token variable is unset", () => {
    const plan = computePlan(
      desired(
        "integrations:\n  - name: Internal\n    url: https://i.example\n    authMode: server_token\n    serverToken: ${env:NOT_SET}\n",
      ),
      { integrations: [], applications: [], serviceAccounts: [] },
    );
    expect(plan.errors).toEqual(['integration "Internal" cannot be created without serverToken: set NOT_SET']);
  });
});

describe("exportConfig", () => {
  it("writes a file that loads back and plans no changes, nulls left out and stored tokens as placeholders", () => {
    const withNulls = integration("i3", "Vault", {
      authMode: "server_token",
      serverTokenConfigured: true,
      oauth: { provider: "github", issuer: null as unknown as string },
    });
    const current: CurrentState = { ...state, integrations: [...state.integrations, withNulls] };
    const config = exportConfig(current);
    expect(config.integrations.find((i) => i.name === "Vault")).toEqual({
      name: "Vault",
      url: "https://vault.example/mcp",
      category: "gateway_remote_mcp",
      authMode: "server_token",
      oauth: { provider: "github" },
      serverToken: "${env:KONTEXT_VAULT_SERVER_TOKEN}",
    });
    const loaded = loadConfig(exportYaml(config), { env: { KONTEXT_VAULT_SERVER_TOKEN: "t" } });
    expect(loaded.warnings).toEqual([]);
    const plan = computePlan(loaded.desired, current, { prune: true });
    expect(plan.changes).toEqual([]);
  });
});
