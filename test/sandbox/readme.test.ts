// docs/testing.md ("Testing your automation") is a test waiting to be written: its snippets run as
// written, in a scratch project that uses the built package by name, and its claims about Prism hold.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { transform } from "esbuild";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { BadRequestError, isNotFoundError } from "../../src/errors.js";
import { KontextManagementClient } from "../../src/management.js";
import { assertBuilt, root } from "../package/built.js";

const exec = promisify(execFile);
const guide = readFileSync(join(root, "docs/testing.md"), "utf8");
const blocks = [...guide.matchAll(/```(?:ts|js)\n([\s\S]*?)```/g)].map((m) => m[1] as string);
const files = blocks.flatMap((code) => {
  const path = /^\/\/ ([\w./-]+\.m?[tj]s)\n/.exec(code)?.[1];
  return path ? [{ path, code }] : [];
});

let scratch: string;

beforeAll(() => {
  assertBuilt();
  scratch = mkdtempSync(join(tmpdir(), "kontext-readme-"));
  mkdirSync(join(scratch, "node_modules", "@kontext-dev"), { recursive: true });
  symlinkSync(root, join(scratch, "node_modules", "@kontext-dev", "js-sdk"), "dir");
  mkdirSync(join(scratch, "node_modules", "@types"), { recursive: true });
  for (const name of ["vitest", "typescript", "@types/node", "msw"]) {
    symlinkSync(join(root, "node_modules", name), join(scratch, "node_modules", name), "dir");
  }
  writeFileSync(join(scratch, "package.json"), JSON.stringify({ name: "automation", private: true, type: "module" }));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe("the guide's sandbox snippets", () => {
  test("name the per-test file, the MSW file, and the globalSetup config, setup, script and test", () => {
    expect(files.map((f) => f.path)).toEqual([
      "test/applications.test.ts",
      "test/app-fetch.test.ts",
      "vitest.config.ts",
      "test/kontext-sandbox.ts",
      "scripts/sync.mjs",
      "test/sync-script.test.ts",
    ]);
  });

  test("run as written: the per-test sandbox with failNext, the MSW recipe and the globalSetup script all pass", async () => {
    for (const { path, code } of files) {
      mkdirSync(join(scratch, dirname(path)), { recursive: true });
      writeFileSync(join(scratch, path), code);
    }
    const { stdout } = await exec(
      process.execPath,
      [join(root, "node_modules", "vitest", "vitest.mjs"), "run", "--reporter=json"],
      { cwd: scratch, timeout: 120_000, env: { ...process.env, CI: "1" } },
    );
    const report = JSON.parse(stdout.slice(stdout.indexOf("{")));
    expect({ passed: report.numPassedTests, failed: report.numFailedTests, files: report.numTotalTestSuites }).toEqual({
      passed: 5,
      failed: 0,
      files: 3,
    });
  }, 150_000);

  test("type-check strictly, as a user's NodeNext project", async () => {
    writeFileSync(
      join(scratch, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: "NodeNext",
          moduleResolution: "NodeNext",
          target: "ES2022",
          noEmit: true,
          skipLibCheck: true,
          types: ["node"],
        },
        include: ["vitest.config.ts", "test"],
      }),
    );
    const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
    const result = await exec(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: scratch, timeout: 120_000 }).catch(
      (e: { stdout?: string }) => ({ stdout: e.stdout ?? String(e) }),
    );
    expect(result.stdout).toBe("");
  }, 150_000);

  test("the first snippet runs as a script", async () => {
    const code = blocks.find((b) => b.includes('from "@kontext-dev/js-sdk/sandbox"') && !b.startsWith("//"));
    if (!code) throw new Error("no start-up snippet");
    const { code: js } = await transform(code, { loader: "ts", format: "esm" });
    writeFileSync(join(scratch, "start.mjs"), `${js}\nconsole.log("ok");\n`);
    const { stdout } = await exec(process.execPath, ["start.mjs"], { cwd: scratch, timeout: 30_000 });
    expect(stdout.trim()).toBe("ok");
  });
});

describe("the guide's claims about Prism", () => {
  const prismUrl = inject("prismUrl");
  const client = new KontextManagementClient({
    baseUrl: prismUrl,
    credentials: { clientId: "sa_test", clientSecret: "test" },
    maxRetries: 0,
  });

  test("Prefer: code=404 with a UUID id is a NotFoundError; with an id that is not a UUID, the spec's 400", async () => {
    const notFound = await client.applications
      .get("550e8400-e29b-41d4-a716-446655440000", { headers: { prefer: "code=404" } })
      .catch((e: unknown) => e);
    expect(isNotFoundError(notFound)).toBe(true);
    const invalid = await client.applications
      .get("app_123", { headers: { prefer: "code=404" } })
      .catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(BadRequestError);
    expect(invalid).toMatchObject({ statusCode: 400 });
  });

  test("for await over a list throws PaginationError after the first page; example=lastPage ends it", async () => {
    const seen: string[] = [];
    const error = await (async () => {
      for await (const app of client.applications.list()) seen.push(app.id);
    })().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "PaginationError" });
    expect(seen.length).toBeGreaterThan(0);
    const last = await client.applications.list({}, { headers: { prefer: "example=lastPage" } });
    expect(last.nextCursor ?? null).toBeNull();
  });
});
