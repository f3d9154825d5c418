// The GitHub Actions steps of docs/cli.md, run with bash against the sandbox: the bootstrap step creates
// the run's service account (its secret only in $GITHUB_ENV and the add-mask line), finds or
// creates the GitHub integration and attaches it; the cleanup step revokes the account.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { KontextManagementClient } from "../../src/management.js";
import { type Sandbox, startSandbox } from "../../src/sandbox/index.js";
import { root } from "../package/built.js";
import { assertBinBuilt, BIN } from "./kontext.js";

const exec = promisify(execFile);
let sandbox: Sandbox;
let client: KontextManagementClient;
let dir: string;

/** The `run:` script of the guide's workflow step named `name`. */
function step(name: string): string {
  const guide = readFileSync(join(root, "docs/cli.md"), "utf8");
  const start = guide.indexOf("## In GitHub Actions");
  const end = guide.indexOf("\n## ", start + 3);
  const section = guide.slice(start, end < 0 ? undefined : end);
  const yaml = section.match(/```yaml\n([\s\S]*?)```/)?.[1];
  if (!yaml) throw new Error("docs/cli.md's In GitHub Actions section has no yaml block");
  const lines = yaml.split("\n");
  const begin = lines.indexOf(`- name: ${name}`);
  if (begin < 0) throw new Error(`no step "${name}" in docs/cli.md's workflow`);
  const run = lines.findIndex((line, i) => i > begin && line.startsWith("  run: "));
  const first = (lines[run] as string).slice("  run: ".length);
  if (first !== "|") return first.replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  const body: string[] = [];
  for (const line of lines.slice(run + 1)) {
    if (!line.startsWith("    ") && line !== "") break;
    body.push(line.slice(4));
  }
  return body.join("\n");
}

async function bash(script: string, env: Record<string, string>) {
  return exec("bash", ["-c", script], {
    cwd: dir,
    env: { PATH: `${dir}/bin:${dirname(process.execPath)}:${process.env.PATH ?? ""}`, HOME: dir, ...env },
  });
}

beforeAll(async () => {
  assertBinBuilt();
  sandbox = await startSandbox();
  client = new KontextManagementClient({ baseUrl: sandbox.url, credentials: sandbox.credentials });
  dir = mkdtempSync(join(tmpdir(), "kontext-readme-"));
  // What `npm install --global @kontext-dev/js-sdk` puts on PATH.
  mkdirSync(join(dir, "bin"));
  symlinkSync(BIN, join(dir, "bin", "kontext"));
});

afterAll(async () => {
  expect(sandbox.violations).toEqual([]);
  await sandbox.close();
});

describe("the GitHub Actions steps of docs/cli.md", () => {
  test("bootstrap a service account, attach the integration (twice: idempotent), then revoke", {
    timeout: 120_000,
  }, async () => {
    const { application } = await client.applications.create({
      name: "Deployed Agent",
      oauth: { type: "public", redirectUris: [] },
    });
    const githubEnv = join(dir, "github_env");
    writeFileSync(githubEnv, "");
    const env = {
      KONTEXT_BASE_URL: sandbox.url,
      KONTEXT_CLIENT_ID: sandbox.credentials.clientId,
      KONTEXT_CLIENT_SECRET: sandbox.credentials.clientSecret,
      APPLICATION_ID: application.id,
      GITHUB_RUN_ID: "4242",
      GITHUB_ENV: githubEnv,
    };
    const script = step("Bootstrap a service account and attach the GitHub integration");
    const first = await bash(script, env);

    const written = Object.fromEntries(
      readFileSync(githubEnv, "utf8")
        .trim()
        .split("\n")
        .map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]),
    );
    expect(written.KONTEXT_CLIENT_ID).toMatch(/^sa_/);
    const secret = written.KONTEXT_CLIENT_SECRET as string;
    expect(secret.length).toBeGreaterThan(10);
    // The log shows the secret only in the add-mask command, which makes the runner mask it.
    expect(first.stdout.split(secret)).toHaveLength(2);
    expect(first.stdout).toContain(`::add-mask::${secret}`);
    expect(first.stderr).not.toContain(secret);
    expect(first.stderr).not.toContain(sandbox.credentials.clientSecret);

    const integrations = (await client.integrations.list()).items.filter((i) => i.name === "GitHub");
    expect(integrations).toHaveLength(1);
    const attached = await client.applications.listIntegrations(application.id);
    expect(attached.integrationIds).toEqual([integrations[0]?.id]);

    // The run's own account works, as the later steps use it.
    const own = new KontextManagementClient({
      baseUrl: sandbox.url,
      credentials: { clientId: written.KONTEXT_CLIENT_ID as string, clientSecret: secret },
    });
    const account = await own.serviceAccounts.get(written.RUN_SERVICE_ACCOUNT_ID as string);
    expect(account.serviceAccount.name).toBe("ci-4242");

    // A second run finds the integration instead of creating another.
    writeFileSync(githubEnv, "");
    await bash(script, { ...env, GITHUB_RUN_ID: "4243" });
    expect((await client.integrations.list()).items.filter((i) => i.name === "GitHub")).toHaveLength(1);

    await bash(step("Revoke the run's service account"), {
      ...env,
      RUN_SERVICE_ACCOUNT_ID: written.RUN_SERVICE_ACCOUNT_ID as string,
    });
    const gone = await client.serviceAccounts.get(written.RUN_SERVICE_ACCOUNT_ID as string).catch((e) => e);
    expect(gone.statusCode).toBe(404);
  });
});
