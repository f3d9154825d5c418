// The type-check row's consumer: a file calling every namespace method the way an app would.
// bench/run.mjs type-checks it as is and with the lines between the `calls` markers removed, importing the
// built package by name; `npm run typecheck` checks it against src/, so it cannot drift from the API.
import { KontextManagementClient } from "@kontext-dev/js-sdk/management";

const client = new KontextManagementClient({
  baseUrl: "https://api.kontext.security",
  credentials: { clientId: "sa_xxx", clientSecret: "secret" },
});
const id = "550e8400-e29b-41d4-a716-446655440000";
const seen: (string | null | undefined)[] = [client.baseUrl];

// calls:start
const { items: apps, nextCursor } = await client.applications.list({ limit: 50, all: true });
seen.push(...apps.map((app) => app.name), nextCursor ?? "");
for await (const app of client.applications.list({ limit: 100 })) seen.push(app.id);
const { application } = await client.applications.get(id);
seen.push(application.oauth?.clientId ?? "", String(application.activeSessionCount));
const created = await client.applications.create({
  name: "Support agent",
  description: "Answers tickets",
  oauth: { type: "confidential", redirectUris: ["https://agent.example.com/callback"], pkceRequired: true },
});
seen.push(created.application.id, created.oauth.clientSecret ?? "");
seen.push((await client.applications.update(id, { name: "Renamed" })).application.name);
await client.applications.archive(id);
seen.push((await client.applications.rotateSecret(id)).oauth.clientId);
seen.push(...(await client.applications.getOAuth(id)).oauth.redirectUris);
seen.push(...(await client.applications.updateOAuth(id, { scopes: ["openid"], pkceRequired: false })).oauth.scopes);
seen.push(...(await client.applications.listIntegrations(id)).integrationIds);
seen.push(...(await client.applications.setIntegrations(id, { integrationIds: [id] })).integrationIds);
await client.applications.attachIntegration(id, id);
await client.applications.detachIntegration(id, id);
seen.push(String((await client.applications.revokeAllAgentSessions(id)).disconnectedCount));
seen.push(JSON.stringify(await client.applications.getAccessGraph({ includePolicy: true })));

const { items: integrations } = await client.integrations.list({ limit: 20 });
seen.push(...integrations.map((integration) => integration.url));
for await (const integration of client.integrations.list()) seen.push(integration.name);
seen.push((await client.integrations.get(id)).integration.name);
const integration = await client.integrations.create({ name: "GitHub", url: "https://api.githubcopilot.com/mcp/" });
seen.push(integration.integration.id);
seen.push((await client.integrations.update(id, { name: "GitHub MCP", authMode: "oauth" })).integration.name);
await client.integrations.archive(id);
seen.push(JSON.stringify(await client.integrations.validate(id)));
seen.push((await client.integrations.getOAuthConfig(id)).oauth?.clientId);
const oauthConfig = await client.integrations.setOAuthConfig(id, {
  clientId: "gh_client",
  clientSecret: "gh_secret",
  authorizationUrl: "https://github.com/login/oauth/authorize",
  tokenUrl: "https://github.com/login/oauth/access_token",
  scopes: ["repo"],
});
seen.push(oauthConfig.oauth?.tokenUrl);
await client.integrations.deleteOAuthConfig(id);
seen.push(JSON.stringify((await client.integrations.connect(id, { token: "ghp_token" })).connection));
seen.push(JSON.stringify((await client.integrations.getConnection(id)).connection));
await client.integrations.disconnect(id);

const { items: accounts } = await client.serviceAccounts.list({ limit: 10 });
seen.push(...accounts.map((account) => account.name));
for await (const account of client.serviceAccounts.list()) seen.push(account.id);
seen.push((await client.serviceAccounts.get(id)).serviceAccount.name);
const account = await client.serviceAccounts.create({ name: "ci", description: "CI deploys" });
seen.push(account.serviceAccount.id, account.credentials.clientSecret);
await client.serviceAccounts.revoke(id);
seen.push((await client.serviceAccounts.rotateSecret(id)).credentials.clientId);

const sessions = await client.sessions.list(id, { status: "active", limit: 25 });
seen.push(JSON.stringify(sessions));
seen.push(JSON.stringify((await client.sessions.get(id, id)).session));
seen.push(String((await client.sessions.revokeAll(id)).disconnectedCount));

const { items: traces } = await client.traces.list({ limit: 50, applicationId: id });
seen.push(...traces.map((trace) => trace.traceId));
for await (const trace of client.traces.list({ userId: id })) seen.push(trace.traceId);
seen.push(JSON.stringify(await client.traces.get(id, { userId: id })));
seen.push(JSON.stringify((await client.traces.stats({ period: "7d" })).stats));

seen.push(JSON.stringify(await client.events.list({ limit: 100 })));

// calls:end

export { seen };
