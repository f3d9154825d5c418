// docs/cli.md's first example, as a newcomer runs it: the create command with flags only, run by
// bash as written against the sandbox, and the refusals it shows, each checked line for line.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { KontextManagementClient } from "../../src/management.js";
import { type Sandbox, startSandbox } from "../../src/sandbox/index.js";
import { root } from "../package/built.js";
import { assertBinBuilt, BIN } from "./kontext.js";

const exec = promisify(execFile);
const guide = readFileSync(join(root, "docs/cli.md"), "utf8");
const start = guide.indexOf("## Create an application with flags only");
const section = guide.slice(start, guide.indexOf("\n## ", start + 3));
const script = section.match(/```sh\n([\s\S]*?)```/)?.[1] ?? "";
const transcript = section.match(/```console\n([\s\S]*?)```/)?.[1] ?? "";

let sandbox: Sandbox;
let dir: string;
let env: Record<string, string>;

async function bash(source: string) {
  return exec("bash", ["-c", source], { cwd: dir, env }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

beforeAll(async () => {
  assertBinBuilt();
  sandbox = await startSandbox();
  dir = mkdtempSync(join(tmpdir(), "kontext-docs-"));
  mkdirSync(join(dir, "bin"));
  symlinkSync(BIN, join(dir, "bin", "kontext"));
  env = {
    PATH: `${dir}/bin:${dirname(process.execPath)}:${process.env.PATH ?? ""}`,
    HOME: dir,
    KONTEXT_BASE_URL: sandbox.url,
    KONTEXT_CLIENT_ID: sandbox.credentials.clientId,
    KONTEXT_CLIENT_SECRET: sandbox.credentials.clientSecret,
  };
});

afterAll(async () => {
  expect(sandbox.violations).toEqual([]);
  await sandbox.close();
});

describe("docs/cli.md: create an application with flags only", { timeout: 60_000 }, () => {
  test("the example creates the application it describes, with no JSON", async () => {
    expect(script).toMatch(/^kontext applications create --name /);
    expect(script).not.toContain("--data");
    const run = await bash(script);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const { application, oauth } = JSON.parse(run.stdout);
    expect(application.name).toBe("Support Agent");
    expect(oauth).toMatchObject({
      type: "public",
      redirectUris: ["https://agent.example/callback", "http://localhost:3000/callback"],
      scopes: ["openid"],
    });
    const client = new KontextManagementClient({ baseUrl: sandbox.url, credentials: sandbox.credentials });
    expect((await client.applications.get(application.id)).application.name).toBe("Support Agent");
  });

  test("its refusals print what it shows, exit 2, and send nothing", async () => {
    const client = new KontextManagementClient({ baseUrl: sandbox.url, credentials: sandbox.credentials });
    const before = (await client.applications.list({ limit: 200 })).items.length;
    const steps = transcript.split(/^\$ /m).filter(Boolean);
    expect(steps).toHaveLength(2);
    for (const step of steps) {
      const [command, ...shown] = step.trimEnd().split("\n");
      const run = await bash(command as string);
      expect(run.code, command).toBe(2);
      expect(run.stdout, command).toBe("");
      expect(run.stderr, command).toBe(`${shown.join("\n")}\n`);
    }
    expect((await client.applications.list({ limit: 200 })).items.length).toBe(before);
  });
});
