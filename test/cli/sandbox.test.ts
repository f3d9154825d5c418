// The built CLI against the stateful sandbox, as a pipeline would use it: state carried from one
// command to the next, 404 and 409 from real state, --all over 130 created items, rotation, and
// no secret it was given ever printed.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { KontextManagementClient } from "../../src/management.js";
import { type Sandbox, startSandbox } from "../../src/sandbox/index.js";
import { assertBinBuilt, jsonLines, knownSecrets, kontext, parsed, pool } from "./kontext.js";

let sandbox: Sandbox;
let client: KontextManagementClient;
let env: Record<string, string>;

beforeAll(async () => {
  assertBinBuilt();
  sandbox = await startSandbox({ seed: true });
  client = new KontextManagementClient({ baseUrl: sandbox.url, credentials: sandbox.credentials });
  knownSecrets.add(sandbox.credentials.clientSecret);
  env = {
    KONTEXT_BASE_URL: sandbox.url,
    KONTEXT_CLIENT_ID: sandbox.credentials.clientId,
    KONTEXT_CLIENT_SECRET: sandbox.credentials.clientSecret,
  };
});

afterAll(async () => {
  expect(sandbox.violations).toEqual([]);
  await sandbox.close();
});

const MISSING = "99999999-9999-4999-8999-999999999999";

describe("against the sandbox", { timeout: 60_000 }, () => {
  test("applications and integrations: create, attach, list, set, detach, archive", async () => {
    const created = await kontext(
      ["applications", "create", "--name", "CLI App", "--data", '{"oauth":{"type":"public","redirectUris":[]}}'],
      { env },
    );
    expect(created.code, created.stderr).toBe(0);
    expect(created.stderr).toBe(""); // a public client has no secret
    const { application } = parsed(created) as { application: { id: string; name: string } };
    expect(application.name).toBe("CLI App");

    const integration = parsed(
      await kontext(["integrations", "create", "--name", "CLI GitHub", "--url", "https://api.githubcopilot.com/mcp/"], {
        env,
      }),
    ) as { integration: { id: string; authMode: string } };
    expect(integration.integration.authMode).toBe("none");
    const id = integration.integration.id;

    const attach = await kontext(["applications", "attach-integration", application.id, id], { env });
    expect(attach).toMatchObject({ code: 0, stdout: "" });
    expect(parsed(await kontext(["applications", "list-integrations", application.id], { env }))).toEqual({
      integrationIds: [id],
    });
    const detach = await kontext(["applications", "detach-integration", application.id, id], { env });
    expect(detach.code).toBe(0);
    const set = await kontext(["applications", "set-integrations", application.id, "--integration-id", id], { env });
    expect(parsed(set)).toEqual({ integrationIds: [id] });

    const got = parsed(await kontext(["applications", "get", application.id], { env }));
    expect(got).toEqual(JSON.parse(JSON.stringify(await client.applications.get(application.id))));

    const renamed = await kontext(["applications", "update", application.id, "--name", "CLI App 2"], { env });
    expect((parsed(renamed) as { application: { name: string } }).application.name).toBe("CLI App 2");

    expect((await kontext(["applications", "archive", application.id], { env })).code).toBe(0);
    const archived = (await client.applications.get(application.id)).application;
    expect(archived.archivedAt).not.toBeNull();

    const validate = await kontext(["integrations", "validate", id], { env });
    expect(validate.code).toBe(0);
    expect((parsed(validate) as { status: string }).status).toMatch(/^(pending|valid|invalid)$/);
  });

  test("404 exits 4 and 409 exits 5, from real state", async () => {
    const missing = await kontext(["applications", "get", MISSING], { env });
    expect(missing.code).toBe(4);
    expect(missing.stderr).toMatch(/^kontext: .+ \(kontext_not_found, HTTP 404/);
    const json = await kontext(["integrations", "get", MISSING, "--output", "json"], { env });
    expect(json.code).toBe(4);
    expect(JSON.parse(json.stderr)).toMatchObject({ code: "kontext_not_found", statusCode: 404 });

    const first = await kontext(["service-accounts", "create", "--name", "dup-sa"], { env });
    expect(first.code).toBe(0);
    const secret = (parsed(first) as { credentials: { clientSecret: string } }).credentials.clientSecret;
    const again = await kontext(["service-accounts", "create", "--name", "dup-sa"], { env, secrets: [secret] });
    expect(again.code).toBe(5);
    expect(again.stderr).toMatch(/already exists \(kontext_conflict, HTTP 409/);
  });

  test("a wrong secret exits 3; the new service account's own credentials work", async () => {
    const wrong = await kontext(["applications", "list"], { env: { ...env, KONTEXT_CLIENT_SECRET: "not-the-secret" } });
    expect(wrong.code).toBe(3);

    const created = await kontext(["service-accounts", "create", "--name", "ci-own", "--description", "CLI test"], {
      env,
    });
    expect(created.stderr).toMatch(/^kontext: warning: the answer holds a new secret \(credentials\.clientSecret\)/);
    const { serviceAccount, credentials } = parsed(created) as {
      serviceAccount: { id: string };
      credentials: { clientId: string; clientSecret: string };
    };
    const own = { ...env, KONTEXT_CLIENT_ID: credentials.clientId, KONTEXT_CLIENT_SECRET: credentials.clientSecret };
    const listed = await kontext(["service-accounts", "get", serviceAccount.id], { env: own });
    expect(listed.code).toBe(0);
    expect(listed.stdout).not.toContain(credentials.clientSecret);

    const rotated = await kontext(["service-accounts", "rotate-secret", serviceAccount.id], {
      env,
      secrets: [credentials.clientSecret],
    });
    expect(rotated.code).toBe(0);
    expect(rotated.stderr).toMatch(/warning: the answer holds a new secret/);
    const stale = await kontext(["applications", "list"], { env: own });
    expect(stale.code).toBe(3);

    expect((await kontext(["service-accounts", "revoke", serviceAccount.id], { env })).code).toBe(0);
    expect((await kontext(["service-accounts", "get", serviceAccount.id], { env })).code).toBe(4);
  });

  test("--all streams 130 created integrations as JSON lines over several pages", async () => {
    const names = Array.from({ length: 130 }, (_, i) => `bulk-${String(i).padStart(3, "0")}`);
    await pool(names, 8, (name) => client.integrations.create({ name, url: `https://mcp.example.com/${name}` }));
    const run = await kontext(["integrations", "list", "--all", "--limit", "25"], { env });
    expect(run.code, run.stderr).toBe(0);
    const items = jsonLines(run) as { id: string; name: string }[];
    const bulk = items.filter((i) => i.name.startsWith("bulk-"));
    expect(bulk.map((i) => i.name).sort()).toEqual(names);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    const sdk: string[] = [];
    for await (const integration of client.integrations.list({ limit: 25 })) sdk.push(integration.id);
    expect(items.map((i) => i.id)).toEqual(sdk);
  });

  test("sessions, traces and events of the seeded data", async () => {
    const apps = parsed(await kontext(["applications", "list", "--limit", "200"], { env })) as {
      items: { id: string; name: string }[];
    };
    const seeded = apps.items[0]?.id as string;
    const sessions = await kontext(["sessions", "list", seeded, "--status", "all"], { env });
    expect(sessions.code).toBe(0);
    expect(parsed(sessions)).toEqual(JSON.parse(JSON.stringify(await client.sessions.list(seeded, { status: "all" }))));
    const traces = parsed(await kontext(["traces", "list", "--limit", "5"], { env })) as {
      items: { traceId: string }[];
    };
    expect(traces.items).toHaveLength(5);
    const trace = await kontext(["traces", "get", traces.items[0]?.traceId as string], { env });
    expect(Object.keys(parsed(trace) as object).sort()).toEqual(["events", "trace"]);
    const stats = await kontext(["traces", "stats", "--period", "30d"], { env });
    expect(parsed(stats)).toEqual({
      stats: JSON.parse(JSON.stringify((await client.traces.stats({ period: "30d" })).stats)),
    });
    const events = await kontext(["events", "list", "--limit", "3", "-o", "jsonl"], { env });
    expect(jsonLines(events)).toHaveLength(3);
    const revoked = await kontext(["sessions", "revoke-all", seeded], { env });
    expect(Object.keys(parsed(revoked) as object).sort()).toEqual(["disconnectedCount", "success"]);
  });
});
