// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${env:NAME} is the config file syntax.
import { readFileSync, statSync } from "node:fs";
import { PassThrough, Readable } from "node:stream";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { apply } from "../../src/cli/config/index.js";
import type { CliContext } from "../../src/cli/context.js";
import { KontextManagementClient } from "../../src/management.js";
import { assertBuilt } from "../package/built.js";
import { file, type Harness, kontext, type Run, startHarness } from "./harness.js";

const CONFIG = `$schema: ./node_modules/@kontext-dev/js-sdk/kontext.schema.json
integrations:
  - name: GitHub
    url: https://mcp.github.example/mcp
    authMode: oauth
  - name: Linear
    url: https://mcp.linear.example/mcp
  - name: Internal
    url: https://mcp.internal.example/mcp
    authMode: server_token
    serverToken: \${env:INTERNAL_TOKEN}
applications:
  - name: Support Copilot
    description: Answers tickets
    oauth: { type: confidential, redirectUris: ["https://app.example/callback"] }
    integrations: [GitHub, Linear]
  - name: Triage Bot
    oauth: { type: public, redirectUris: ["http://localhost:3000/callback"], scopes: [read] }
    integrations: [Internal]
serviceAccounts:
  - name: CI Pipeline
    description: Used by the deploy workflow
`;
const TOKEN = "internal-server-token-4f1d2c";
const env = { INTERNAL_TOKEN: TOKEN };

let h: Harness;
/** Every stdout and stderr of every run, for the secret scan. */
const outputs: string[] = [];
/** Secrets printed to stdout on purpose (no --secrets-out): they must show nowhere else. */
const shownSecrets: string[] = [];

async function run(
  args: string[],
  options: { env?: Record<string, string>; input?: string; interruptAt?: string } = {},
): Promise<Run> {
  const result = await kontext(h, args, { ...options, env: { ...env, ...options.env } });
  outputs.push(result.stdout, result.stderr);
  return result;
}
const writes = () => h.seen.filter((r) => r.method !== "GET" && !r.path.startsWith("/oauth2/"));

beforeAll(async () => {
  assertBuilt();
  h = await startHarness();
});
afterAll(async () => {
  // Every answer the bin saw kept to openapi.yaml.
  expect(h.sandbox.violations).toEqual([]);
  await h.close();
});
beforeEach(() => {
  h.delay = undefined;
  h.sandbox.reset();
  h.seen.length = 0;
});

// Each test runs the CLI two to eight times, and the Ctrl-C test the bin as a child process: a busy 2-core machine needs time.
describe("kontext plan / apply against the sandbox", { timeout: 60_000 }, () => {
  it("plans every creation on an empty organization, reading each list once at 200 a page and writing nothing", async () => {
    const path = file(h, "kontext.yaml", CONFIG);
    const result = await run(["plan", "-f", path, "--detailed-exitcode"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('+ create integration "GitHub"');
    expect(result.stdout).toContain('+ create application "Support Copilot"');
    expect(result.stdout).toContain('attach integration "Linear" to application "Support Copilot"');
    expect(result.stdout).toContain('+ create service account "CI Pipeline"');
    expect(result.stdout).toContain("serverToken: (write-only)");
    expect(result.stdout).toContain(
      "Plan: 6 to create, 0 to update, 3 to attach, 0 to detach, 0 to archive, 0 to revoke.",
    );
    expect(writes()).toEqual([]);
    const api = h.seen.filter((r) => r.path.startsWith("/api/")).map((r) => r.path);
    expect(api.sort()).toEqual([
      "/api/v1/applications?limit=200",
      "/api/v1/integrations?limit=200",
      "/api/v1/service-accounts?limit=200",
    ]);

    const json = await run(["plan", "-f", path, "--output", "json"]);
    expect(json.code).toBe(0);
    const plan = JSON.parse(json.stdout);
    expect(plan.summary).toEqual({ create: 6, update: 0, attach: 3, detach: 0, archive: 0, revoke: 0, total: 9 });
    expect(plan.changes).toContainEqual({
      action: "attach",
      kind: "application",
      name: "Triage Bot",
      integration: "Internal",
    });
  });

  it("refuses a bad file before any request, with the line of each problem", async () => {
    const path = file(h, "bad.yaml", "applications:\n  - name: A\n    oauth: { type: secret, redirectUris: [] }\n");
    const result = await run(["plan", "-f", path, "--detailed-exitcode"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${path}:3: applications[0].oauth.type: must be one of "public", "confidential"`);
    expect(h.seen).toEqual([]);
  });

  it("reports a misspelt section on its own line, and a bad authMode once", async () => {
    const text =
      "integrations:\n  - name: T\n    url: https://t.example\n    authMode: magic\naplications:\n  - name: A\n";
    const path = file(h, "typo.yaml", text);
    const result = await run(["plan", "-f", path]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      [
        `kontext plan: ${path} has 2 problems:`,
        `  ${path}:4: integrations[0].authMode: must be one of "none", "oauth", "user_token", "server_token" (got "magic")`,
        `  ${path}:5: aplications: unknown field "aplications" (known: $schema, integrations, applications, serviceAccounts)`,
        "",
      ].join("\n"),
    );
    expect(h.seen).toEqual([]);
  });

  it("exits 1 on an API error under --detailed-exitcode, without showing the credentials", async () => {
    const path = file(h, "kontext.yaml", CONFIG);
    const wrong = "wrong-secret-9c1f0e7d";
    const result = await run(["plan", "-f", path, "--detailed-exitcode"], { env: { KONTEXT_CLIENT_SECRET: wrong } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^kontext plan: .*\(kontext_/m);
    expect(result.stderr + result.stdout).not.toContain(wrong);
  });

  it("applies, then plans no changes (exit 0) and a second apply sends no write", async () => {
    const path = file(h, "kontext.yaml", CONFIG);
    const secrets = `${h.dir}/secrets.json`;
    const applied = await run(["apply", "-f", path, "--auto-approve", "--secrets-out", secrets]);
    expect(applied.stderr).toBe("");
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain("Apply complete: 8 steps done.");
    expect(statSync(secrets).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(readFileSync(secrets, "utf8")).secrets;
    expect(stored.map((s: { kind: string; name: string }) => `${s.kind}:${s.name}`).sort()).toEqual([
      "application:Support Copilot",
      "serviceAccount:CI Pipeline",
    ]);
    for (const s of stored) expect(s.clientSecret).toMatch(/.{16}/);

    const { items } = await h.client.applications.list();
    const copilot = items.find((a) => a.name === "Support Copilot");
    expect(copilot?.integrations.map((i) => i.name).sort()).toEqual(["GitHub", "Linear"]);
    expect(copilot?.oauth?.redirectUris).toEqual(["https://app.example/callback"]);

    h.seen.length = 0;
    const again = await run(["plan", "-f", path, "--detailed-exitcode"]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("No changes");
    expect(again.stdout).toContain(
      'Not compared (the API never returns them; sent on create, and again only with --force-write-only): integration "Internal" serverToken',
    );
    const second = await run(["apply", "-f", path, "--auto-approve"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("No changes");
    expect(writes()).toEqual([]);

    // --force-write-only sends the token again, and says so without showing it.
    const forced = await run(["plan", "-f", path, "--force-write-only", "--detailed-exitcode"]);
    expect(forced.code).toBe(2);
    expect(forced.stdout).toContain('~ update integration "Internal"\n      serverToken: (write-only, sent again)');
  });

  it("shows a changed field as an update old → new, and an integration removed from an application as a detach", async () => {
    const path = file(h, "kontext.yaml", CONFIG);
    expect((await run(["apply", "-f", path, "--auto-approve", "--secrets-out", `${h.dir}/s.json`])).code).toBe(0);
    const edited = CONFIG.replace("description: Answers tickets", "description: Answers tickets, fast")
      .replace(
        'redirectUris: ["https://app.example/callback"]',
        'redirectUris: ["https://app.example/callback", "https://app.example/cb2"]',
      )
      .replace("integrations: [GitHub, Linear]", "integrations: [GitHub]")
      .replace("url: https://mcp.linear.example/mcp", "url: https://mcp.linear.example/v2/mcp");
    file(h, "kontext.yaml", edited);
    const plan = await run(["plan", "-f", path, "--detailed-exitcode"]);
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain(
      '~ update integration "Linear"\n      url: "https://mcp.linear.example/mcp" → "https://mcp.linear.example/v2/mcp"',
    );
    expect(plan.stdout).toContain(
      '~ update application "Support Copilot"\n      description: "Answers tickets" → "Answers tickets, fast"\n      oauth.redirectUris: ["https://app.example/callback"] → ["https://app.example/callback","https://app.example/cb2"]',
    );
    expect(plan.stdout).toContain('detach integration "Linear" from application "Support Copilot"');
    expect(plan.stdout).not.toMatch(/^- /m);

    h.seen.length = 0;
    const applied = await run(["apply", "-f", path, "--auto-approve"]);
    expect(applied.code).toBe(0);
    const copilot = (await h.client.applications.list()).items.find((a) => a.name === "Support Copilot");
    expect(copilot?.description).toBe("Answers tickets, fast");
    expect(copilot?.integrations.map((i) => i.name)).toEqual(["GitHub"]);
    expect(copilot?.oauth?.redirectUris).toEqual(["https://app.example/callback", "https://app.example/cb2"]);
    expect((await run(["plan", "-f", path, "--detailed-exitcode"])).code).toBe(0);
  });

  it("archives and revokes what the file drops only with --prune", async () => {
    const path = file(h, "kontext.yaml", CONFIG);
    expect((await run(["apply", "-f", path, "--auto-approve", "--secrets-out", `${h.dir}/s.json`])).code).toBe(0);
    const smaller = `integrations:
  - name: GitHub
    url: https://mcp.github.example/mcp
    authMode: oauth
applications:
  - name: Support Copilot
    description: Answers tickets
    oauth: { type: confidential, redirectUris: ["https://app.example/callback"] }
    integrations: [GitHub]
`;
    file(h, "kontext.yaml", smaller);
    const plain = await run(["plan", "-f", path, "--detailed-exitcode"]);
    expect(plain.stdout).not.toMatch(/^- /m);
    expect(plain.stdout).toContain("4 resources not in the file left alone (--prune archives or revokes them)");
    const json = JSON.parse((await run(["plan", "-f", path, "--output", "json"])).stdout);
    expect(json.notices).toContainEqual({
      resources: expect.arrayContaining([
        { kind: "application", name: "Triage Bot" },
        { kind: "integration", name: "Linear" },
        { kind: "integration", name: "Internal" },
        { kind: "serviceAccount", name: "CI Pipeline" },
      ]),
      message: expect.stringContaining("4 resources not in the file left alone"),
    });
    const pruned = await run(["plan", "-f", path, "--prune", "--detailed-exitcode"]);
    expect(pruned.code).toBe(2);
    expect(pruned.stdout).toContain('- archive application "Triage Bot"');
    expect(pruned.stdout).toContain('- archive integration "Linear"');
    expect(pruned.stdout).toContain('- archive integration "Internal"');
    expect(pruned.stdout).toContain('- revoke service account "CI Pipeline"');

    const applied = await run(["apply", "-f", path, "--prune", "--auto-approve"]);
    expect(applied.code).toBe(0);
    expect((await h.client.applications.list()).items.filter((a) => !a.archivedAt).map((a) => a.name)).toEqual([
      "Support Copilot",
    ]);
    expect((await h.client.integrations.list()).items.map((i) => i.name)).toEqual(["GitHub"]);
    const accounts = (await h.client.serviceAccounts.list()).items.map((s) => s.name);
    expect(accounts).not.toContain("CI Pipeline");
    expect((await run(["plan", "-f", path, "--prune", "--detailed-exitcode"])).code).toBe(0);
  });

  it("stops starting steps after a failure, reports done / failed / not started, and a re-run finishes", async () => {
    const path = file(h, "kontext.yaml", CONFIG);
    // Every attempt at the first attachment fails (PUT is retried twice by the client).
    h.sandbox.failNext({ times: 3, status: 500, method: "PUT" });
    const secrets = `${h.dir}/halfway.json`;
    const first = await run(["apply", "-f", path, "--auto-approve", "--parallelism", "1", "--secrets-out", secrets]);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('failed: set the integrations of application "Support Copilot" (+GitHub, +Linear)');
    expect(first.stdout).toMatch(
      /Apply stopped: 4 done, 1 failed, 3 not started\. Run kontext apply again to finish\./,
    );
    expect(first.stdout).toContain('not started: create application "Triage Bot"');
    expect(JSON.parse(readFileSync(secrets, "utf8")).secrets.map((s: { name: string }) => s.name)).toEqual([
      "Support Copilot",
    ]);

    h.seen.length = 0;
    const second = await run(["apply", "-f", path, "--auto-approve", "--secrets-out", secrets]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("Apply complete: 4 steps done.");
    // Nothing created twice.
    const creates = writes()
      .filter((r) => r.method === "POST")
      .map((r) => r.path);
    expect(creates.sort()).toEqual(["/api/v1/applications", "/api/v1/service-accounts"]);
    expect(
      JSON.parse(readFileSync(secrets, "utf8"))
        .secrets.map((s: { name: string }) => s.name)
        .sort(),
    ).toEqual(["CI Pipeline", "Support Copilot"]);
    expect((await run(["plan", "-f", path, "--detailed-exitcode"])).code).toBe(0);
  });

  it("on Ctrl-C finishes the steps in flight, starts no new one, and a re-run completes", async () => {
    const path = file(h, "kontext.yaml", CONFIG);
    // Every write after the first takes 300 ms, so the signal lands while steps remain.
    let posts = 0;
    h.delay = (r) => (r.method === "POST" && r.path.startsWith("/api/") && posts++ > 0 ? 300 : 0);
    const first = await run(
      ["apply", "-f", path, "--auto-approve", "--parallelism", "1", "--secrets-out", `${h.dir}/s.json`],
      {
        interruptAt: 'done: create integration "GitHub"',
      },
    );
    expect(first.code).toBe(1);
    expect(first.stderr).toContain("kontext apply: SIGINT: finishing the steps in flight, starting no new one");
    const [, done, notStarted] =
      first.stdout.match(/Apply interrupted: (\d+) done, 0 failed, (\d+) not started\./) ?? [];
    expect(Number(done)).toBeGreaterThanOrEqual(1);
    expect(Number(done) + Number(notStarted)).toBe(8);
    expect(Number(notStarted)).toBeGreaterThan(0);
    h.delay = undefined;
    const second = await run(["apply", "-f", path, "--auto-approve", "--secrets-out", `${h.dir}/s.json`]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`Apply complete: ${notStarted} steps done.`);
    expect((await h.client.integrations.list()).items.map((i) => i.name).sort()).toEqual([
      "GitHub",
      "Internal",
      "Linear",
    ]);
    expect((await run(["plan", "-f", path, "--detailed-exitcode"])).code).toBe(0);
  });

  it("needs --auto-approve without a terminal, and prints new secrets to stdout with a warning without --secrets-out", async () => {
    const path = file(h, "kontext.yaml", CONFIG);
    const refused = await run(["apply", "-f", path]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("pass --auto-approve");
    expect(h.seen).toEqual([]);

    const applied = await run(["apply", "-f", path, "--auto-approve"]);
    expect(applied.code).toBe(0);
    expect(applied.stderr).toContain("Warning: new secrets are printed to stdout below, once; pass --secrets-out FILE");
    const shown = JSON.parse(applied.stdout.slice(applied.stdout.indexOf("{"))).secrets;
    expect(shown).toHaveLength(2);
    shownSecrets.push(...shown.map((s: { clientSecret: string }) => s.clientSecret));
    outputs.splice(outputs.indexOf(applied.stdout), 1); // the one output allowed to hold them
  });

  it("asks for confirmation on a terminal and changes nothing unless the answer is yes", async () => {
    const path = file(h, "kontext.yaml", CONFIG);
    const session = (answer: string) => {
      const stdout = new PassThrough();
      let text = "";
      stdout.on("data", (chunk: Buffer) => {
        text += chunk.toString();
      });
      const ctx: CliContext = {
        argv: ["-f", path, "--secrets-out", `${h.dir}/tty.json`],
        stdout,
        stderr: new PassThrough(),
        stdin: Readable.from([answer]),
        stdoutIsTTY: true,
        stdinIsTTY: true,
        stderrIsTTY: true,
        env,
        verbose: false,
        output: undefined,
        client: () => new KontextManagementClient({ baseUrl: h.url, credentials: h.sandbox.credentials }),
      };
      return { ctx, output: () => text };
    };
    const no = session("no\n");
    expect(await apply(no.ctx)).toBe(1);
    expect(no.output()).toContain("Apply these changes? Only 'yes' is accepted: ");
    expect(no.output()).toContain("Apply cancelled: nothing was changed.");
    expect(writes()).toEqual([]);
    const yes = session("yes\n");
    expect(await apply(yes.ctx)).toBe(0);
    expect(yes.output()).toContain("Apply complete: 8 steps done.");
    outputs.push(no.output(), yes.output());
  });

  it("exports the organization as a config that, applied to an empty organization, reproduces it", async () => {
    const path = file(h, "kontext.yaml", CONFIG);
    expect((await run(["apply", "-f", path, "--auto-approve", "--secrets-out", `${h.dir}/s.json`])).code).toBe(0);
    const exported = await run(["export"]);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain("serverToken: ${env:KONTEXT_INTERNAL_SERVER_TOKEN}");
    expect(exported.stdout).not.toContain(TOKEN);
    const copy = file(h, "exported.yaml", exported.stdout);
    expect(
      (
        await run(["plan", "-f", copy, "--prune", "--detailed-exitcode"], {
          env: { KONTEXT_INTERNAL_SERVER_TOKEN: TOKEN },
        })
      ).code,
    ).toBe(0);

    h.sandbox.reset();
    const rebuilt = await run(["apply", "-f", copy, "--auto-approve", "--secrets-out", `${h.dir}/s2.json`], {
      env: { KONTEXT_INTERNAL_SERVER_TOKEN: TOKEN },
    });
    expect(rebuilt.code).toBe(0);
    const again = await run(["export"]);
    expect(again.stdout).toBe(exported.stdout);
    expect((await run(["plan", "-f", path, "--prune", "--detailed-exitcode"])).code).toBe(0);
  });
});

describe("the secret scan", () => {
  it("finds no secret in any output of the runs above", () => {
    const secrets = [h.sandbox.credentials.clientSecret, TOKEN, ...shownSecrets];
    for (const name of ["secrets.json", "s.json", "s2.json", "halfway.json", "tty.json"]) {
      try {
        for (const s of JSON.parse(readFileSync(`${h.dir}/${name}`, "utf8")).secrets) secrets.push(s.clientSecret);
      } catch {}
    }
    expect(secrets.length).toBeGreaterThan(4);
    expect(outputs.length).toBeGreaterThan(20);
    for (const output of outputs) for (const secret of secrets) expect(output).not.toContain(secret);
  });
});
