// `npm run demo` as a newcomer reads it: the complete example against the sandbox, showing what it
// created, the attachment and lists that contain both; and against a real organization, run twice,
// where it must leave nothing behind and fail in one line.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { KontextManagementClient } from "../../src/management.js";
import { type Sandbox, startSandbox } from "../../src/sandbox/index.js";
import { root } from "../package/built.js";

const exec = promisify(execFile);

test("npm run demo shows the application and integration created, attached, and listed", async () => {
  const env = { ...process.env };
  delete env.KONTEXT_BASE_URL;
  const { stdout } = await exec(process.execPath, ["scripts/demo.mjs"], { cwd: root, env, timeout: 120_000 });
  expect(stdout).toContain("against a local sandbox of the Kontext API at http://127.0.0.1:");
  const app = /1\. Created application "Support Agent"\n\s+id ([0-9a-f-]{36}), OAuth client app_\1/.exec(stdout);
  const integration = /2\. Created integration "GitHub"\n\s+id ([0-9a-f-]{36}), /.exec(stdout);
  expect(app).not.toBeNull();
  expect(integration).not.toBeNull();
  const [appId, integrationId] = [app?.[1], integration?.[1]];
  expect(stdout).toContain('3. Attached "GitHub" to "Support Agent"');
  expect(stdout).toContain(`4. "Support Agent" now uses 1 integration(s): ${integrationId}`);
  expect(stdout).toContain(`- Support Agent (${appId}), uses GitHub   <- step 1`);
  expect(stdout).toContain(`- GitHub (${integrationId}), https://mcp.github.example.com/mcp   <- step 2`);
  expect(stdout).toContain("\ndemo finished: the sandbox has stopped");
  // The demo prints no secret: the application's secret and the sandbox's own stay out of the output.
  expect(stdout).not.toMatch(/kx_(cs|sa|at)_/);
}, 150_000);

describe("npm run demo against a real organization (a stateful stand-in that already holds a GitHub integration)", () => {
  let org: Sandbox;
  let client: KontextManagementClient;

  beforeEach(async () => {
    org = await startSandbox({ seed: true });
    client = new KontextManagementClient({ baseUrl: org.url, credentials: org.credentials, maxRetries: 0 });
    // The seed's organization: two applications and two integrations, one of them "GitHub".
    expect((await names()).integrations).toContain("GitHub");
  });
  afterEach(() => org.close());

  const names = async () => ({
    // An archived application stays in the list, with archivedAt set, as in the API.
    applications: (await client.applications.list()).items
      .filter((a) => !a.archivedAt)
      .map((a) => a.name)
      .sort(),
    integrations: (await client.integrations.list()).items.map((i) => i.name).sort(),
  });
  const demo = (args: string[] = [], secret = org.credentials.clientSecret) =>
    exec(process.execPath, ["scripts/demo.mjs", ...args], {
      cwd: root,
      timeout: 120_000,
      env: {
        ...process.env,
        KONTEXT_BASE_URL: org.url,
        KONTEXT_CLIENT_ID: org.credentials.clientId,
        KONTEXT_CLIENT_SECRET: secret,
      },
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);

  test("runs twice, each time under names of its own, and archives what it created", async () => {
    const before = await names();
    for (const run of [1, 2]) {
      const result = await demo();
      expect(result, `run ${run}: ${"stderr" in result ? result.stderr : ""}`).not.toHaveProperty("code");
      const { stdout } = result as { stdout: string };
      const id = /names end in " \(demo ([0-9a-f]{8})\)"/.exec(stdout)?.[1];
      expect(id).toBeDefined();
      expect(stdout).toContain(`1. Created application "Support Agent (demo ${id})"`);
      expect(stdout).toContain(`2. Created integration "GitHub (demo ${id})"`);
      expect(stdout).toContain(
        `Archived what this run created: application "Support Agent (demo ${id})", integration "GitHub (demo ${id})"`,
      );
      expect(stdout).toMatch(/\ndemo finished\n$/);
      expect(await names()).toEqual(before);
    }
    expect(org.violations).toEqual([]);
  }, 240_000);

  test("--keep leaves what it created", async () => {
    const { stdout } = (await demo(["--keep"])) as { stdout: string };
    const id = /\(demo ([0-9a-f]{8})\)/.exec(stdout)?.[1];
    expect((await names()).applications).toContain(`Support Agent (demo ${id})`);
    expect((await names()).integrations).toContain(`GitHub (demo ${id})`);
    expect(stdout).not.toContain("Archived");
  }, 120_000);

  test("a failing API: one line on stderr, exit 1, and the half-created application archived", async () => {
    const before = await names();
    org.failNext({ status: 403, path: "/api/v1/integrations", method: "POST" });
    const failed = (await demo()) as { code: number; stdout: string; stderr: string };
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^demo failed: ForbiddenError 403: [^\n]+\n$/);
    expect(failed.stdout).toMatch(
      /Archived what this run created: application "Support Agent \(demo [0-9a-f]{8}\)" \(--keep leaves it\)\n/,
    );
    expect(await names()).toEqual(before);
  }, 120_000);

  test("wrong credentials: one line naming the refusal, exit 1, no stack trace", async () => {
    const failed = (await demo([], "not-the-secret")) as { code: number; stderr: string };
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^demo failed: \w+Error 401: [^\n]+\n$/);
    expect(failed.stderr).not.toContain("not-the-secret");
  }, 120_000);
});
