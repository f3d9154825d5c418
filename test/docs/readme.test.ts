// The README as a newcomer tries it: its method table matches the spec and the client; every
// TypeScript snippet type-checks against the built package and runs against a sandbox; every shell
// command line runs here against a sandbox, or is named with the test that runs it; every
// `npm run X` it mentions is a script. A snippet or a command that stops working fails this file.
import { execFile } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { KontextManagementClient } from "../../src/management.js";
import { type Sandbox, startSandbox } from "../../src/sandbox/index.js";
import { operations as specOperations } from "../mock/spec.js";
import { assertBuilt, root } from "../package/built.js";
import { fencedBlocks, runSnippet, typecheck } from "./snippets.js";

const exec = promisify(execFile);
const readme = readFileSync(join(root, "README.md"), "utf8");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

const table = readme.slice(readme.indexOf("<!-- methods:start -->"), readme.indexOf("<!-- methods:end -->"));
const rows = [...table.matchAll(/^\| (GET|POST|PUT|PATCH|DELETE) \| `([^`]+)` \| `client\.([\w.]+)\(/gm)].map((m) => ({
  endpoint: `${m[1]} ${m[2]}`,
  method: m[3] as string,
}));
const operations = specOperations.map((op) => `${op.method} ${op.path}`);

describe("README method table", () => {
  test("lists every operation of the spec", () => {
    const listed = new Set(rows.map((r) => r.endpoint));
    expect(operations.filter((op) => !listed.has(op))).toEqual([]);
  });

  test("lists no endpoint the spec lacks", () => {
    expect(rows.map((r) => r.endpoint).filter((e) => !operations.includes(e))).toEqual([]);
  });

  test("names only methods the client has", () => {
    const client = new KontextManagementClient({ baseUrl: "https://api.kontext.security", accessToken: "t" });
    const missing = rows.filter(({ method }) => {
      const parts = method.split(".");
      let target: unknown = client;
      for (const part of parts) target = (target as Record<string, unknown> | undefined)?.[part];
      return typeof target !== "function";
    });
    expect(missing).toEqual([]);
    expect(rows.length).toBeGreaterThanOrEqual(operations.length);
  });
});

const blocks = (lang: string) => fencedBlocks(readme, lang);

/** A block's command lines, without their trailing `# comments`. */
const commandLines = (code: string) =>
  code
    .split("\n")
    .map((line) => line.replace(/\s+#\s.*$/, "").trim())
    .filter(Boolean);

let temp: string;
let shims: string;
const sandboxes: Sandbox[] = [];

/** A fresh sandbox (seeded unless told), and the KONTEXT_* variables a snippet or a command reads. */
async function organization(seed = true) {
  const sandbox = await startSandbox({ seed, strict: true });
  sandboxes.push(sandbox);
  return {
    sandbox,
    env: {
      ...process.env,
      PATH: `${shims}:${process.env.PATH}`,
      KONTEXT_BASE_URL: sandbox.url,
      KONTEXT_CLIENT_ID: sandbox.credentials.clientId,
      KONTEXT_CLIENT_SECRET: sandbox.credentials.clientSecret,
    },
  };
}

beforeAll(() => {
  assertBuilt();
  // Inside the repository, so `@kontext-dev/js-sdk/...` resolves to the package itself (dist/), as
  // it does for a user who installed it.
  mkdirSync(join(root, ".tmp"), { recursive: true });
  temp = mkdtempSync(join(root, ".tmp/readme-"));
  // `npx kontext` finds the installed bin; here the bin is dist's.
  shims = join(temp, "bin");
  mkdirSync(shims);
  writeFileSync(join(shims, "kontext"), `#!/bin/sh\nexec "${process.execPath}" "${root}dist/src/cli/bin.js" "$@"\n`);
  chmodSync(join(shims, "kontext"), 0o755);
});

afterAll(async () => {
  await Promise.all(sandboxes.map((s) => s.close()));
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe("the README's TypeScript snippets", () => {
  const snippets = blocks("ts");

  test("there are snippets for the quick start, the client and testing", () => {
    expect(snippets.map((s) => s.section)).toEqual(["Quick start", "The client", "Testing your automation"]);
  });

  test("type-check, strictly, against the built package", async () => {
    expect(
      await typecheck(
        temp,
        snippets.map((s) => s.code),
      ),
    ).toBe("");
  }, 150_000);

  test.each(snippets.map((s, i) => [s.section, i] as const))(
    "%s: runs as written against a sandbox",
    async (_section, i) => {
      const { sandbox, env } = await organization();
      const { stderr } = await runSnippet(temp, String(i), snippets[i]?.code ?? "", env);
      expect(stderr).toBe("");
      expect(sandbox.violations).toEqual([]);
    },
    60_000,
  );
});

/** Commands this file does not run, with the test that does; that test must mention `needle`. */
const RUN_ELSEWHERE: Record<string, { test: string; needle: string }> = {
  "npm ci && npm run demo": { test: "test/sandbox/demo.test.ts", needle: "scripts/demo.mjs" },
  // The suite itself: scripts/test.mjs; CI runs it (.ci/run).
  "npm test": { test: ".ci/run", needle: "scripts/test.mjs" },
  // The packed tarball, installed into a scratch project.
  "npm install @kontext-dev/js-sdk": { test: "test/package/pack.test.ts", needle: '"install"' },
};

describe("the README's command lines", () => {
  const sh = blocks("sh");

  test("every line either runs below or names the test that runs it", () => {
    const here = ["The command line", "Configuration as code", "The spec"];
    for (const { section, code } of sh) {
      for (const line of commandLines(code)) {
        if (here.includes(section)) continue;
        const elsewhere = RUN_ELSEWHERE[line];
        expect(elsewhere, `${section}: \`${line}\` is run by no test`).toBeDefined();
        if (elsewhere) expect(readFileSync(join(root, elsewhere.test), "utf8")).toContain(elsewhere.needle);
      }
    }
    expect(pkg.scripts.demo).toBe("node scripts/demo.mjs");
    expect(pkg.scripts.test).toBe("node scripts/test.mjs");
  });

  test("every `npm run X` the README mentions is a script of package.json", () => {
    const named = [...readme.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1] as string);
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((name) => !(name in pkg.scripts))).toEqual([]);
  });

  /** Runs one block's lines in order with bash, in a directory holding the README's kontext.yaml. */
  async function runBlock(section: string, expectExit: (line: string) => number, cwd = temp, seed = true) {
    const block = sh.find((b) => b.section === section);
    expect(block, `no sh block under "## ${section}"`).toBeDefined();
    const { env } = await organization(seed);
    const outputs: string[] = [];
    for (const line of commandLines(block?.code ?? "")) {
      const command = line.replace(/^npx kontext /, "kontext ");
      const result = await exec("bash", ["-c", command], { cwd, env, timeout: 60_000 }).then(
        (r) => ({ code: 0, ...r }),
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
      expect(result.code, `\`${line}\` exited ${result.code}: ${result.stderr}`).toBe(expectExit(line));
      outputs.push(result.stdout);
    }
    return outputs;
  }

  // Nested body flags (`--oauth.type`) come with the CLI's issue 19 work: this passes once it is merged.
  test("The command line: create with flags only, list as a table, the create help", async () => {
    const [created, listed, help] = await runBlock("The command line", () => 0);
    expect(JSON.parse(created ?? "")).toMatchObject({
      application: { name: "X" },
      oauth: { type: "public", redirectUris: ["https://a/cb"] },
    });
    expect(listed).toContain("X");
    expect(help).toMatch(/--oauth\.type/);
  }, 120_000);

  test("Configuration as code: the README's kontext.yaml plans (changes pending) and applies to an empty organization", async () => {
    const dir = mkdtempSync(join(temp, "config-"));
    const [yaml] = blocks("yaml").filter((b) => b.section === "Configuration as code");
    writeFileSync(join(dir, "kontext.yaml"), yaml?.code ?? "");
    const [plan] = await runBlock("Configuration as code", (line) => (line.includes(" plan ") ? 2 : 0), dir, false);
    expect(plan).toMatch(/\+.*GitHub/);
    const secrets = JSON.parse(readFileSync(join(dir, "secrets.json"), "utf8"));
    expect(JSON.stringify(secrets)).toContain("Support Copilot");
  }, 120_000);

  // spec:diff and check:breaking come with the spec's issue 17 work: these pass once it is merged.
  test("The spec: spec:diff between two copies of the spec, and check:breaking", async () => {
    const dir = mkdtempSync(join(temp, "spec-"));
    copyFileSync(join(root, "openapi.yaml"), join(dir, "base.yaml"));
    const block = sh.find((b) => b.section === "The spec");
    const lines = commandLines(block?.code ?? "");
    expect(lines).toEqual(["npm run spec:diff -- BASE HEAD --json", "npm run check:breaking"]);
    const diff = await exec(
      "npm",
      ["run", "--silent", "spec:diff", "--", join(dir, "base.yaml"), join(root, "openapi.yaml"), "--json"],
      { cwd: root, timeout: 60_000 },
    );
    expect(JSON.parse(diff.stdout)).toEqual({ changes: [] });
    await exec("npm", ["run", "--silent", "check:breaking"], { cwd: root, timeout: 60_000 });
  }, 120_000);
});
