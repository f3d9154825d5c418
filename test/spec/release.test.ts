// The release memory, the gate and the release script, run as a maintainer would in a scratch copy of
// the repository (its tracked files, with this checkout's node_modules linked in).
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { root } from "./constraints.js";

const exec = promisify(execFile);
let scratch: string;

async function npm(...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await exec("npm", ["run", "-s", ...args], { cwd: scratch, timeout: 120_000 });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

const version = () => JSON.parse(readFileSync(join(scratch, "package.json"), "utf8")).version as string;
const editSpec = (edit: (doc: Record<string, Record<string, unknown>>) => void) => {
  const file = join(scratch, "openapi.yaml");
  const doc = parse(readFileSync(file, "utf8"));
  edit(doc);
  writeFileSync(file, stringify(doc));
};

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), "kontext-release-"));
  const { stdout } = await exec("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root });
  for (const file of stdout.split("\0").filter(Boolean)) {
    if (existsSync(join(root, file))) cpSync(join(root, file), join(scratch, file), { recursive: true });
  }
  symlinkSync(join(root, "node_modules"), join(scratch, "node_modules"), "dir");
}, 120_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe("check:breaking and release in a scratch copy", () => {
  it("passes untouched, and after an addition", async () => {
    const untouched = await npm("check:breaking");
    expect(untouched.code, untouched.out).toBe(0);
    expect(untouched.out).toContain("nothing breaking");
    editSpec((doc) => {
      const schemas = (doc.components as Record<string, Record<string, { properties: Record<string, unknown> }>>)
        .schemas;
      if (!schemas?.CreateServiceAccountInput) throw new Error("no CreateServiceAccountInput");
      schemas.CreateServiceAccountInput.properties.team = { type: "string", description: "A team name." };
    });
    const added = await npm("check:breaking");
    expect(added.code, added.out).toBe(0);
    expect(added.out).toMatch(/nothing breaking \(0 breaking, 0 warning, [1-9]\d* info\)/);
  }, 60_000);

  it("fails after a removal, naming the operation and the rule, until a breaking bump", async () => {
    editSpec((doc) => {
      delete doc.paths?.["/api/v1/mcp-events"];
    });
    const removed = await npm("check:breaking");
    expect(removed.code).toBe(1);
    expect(removed.out).toContain("listMcpEvents (GET /api/v1/mcp-events) [api-removed-without-deprecation]");

    const patch = await npm("release", "--", nextPatch(version()));
    expect(patch.code).toBe(1);
    expect(patch.out).toContain("refused");
    expect(patch.out).toContain("listMcpEvents");
    expect(version()).not.toBe(nextPatch(version()));

    const older = await npm("release", "--", "0.0.1");
    expect(older.code).toBe(1);
    expect(older.out).toContain("is not newer");
  }, 60_000);

  it("release writes the changelog from the diff, the versions and the release copy; the gate then passes", async () => {
    const before = version();
    const to = nextBreaking(before);
    const result = await npm("release", "--", to);
    expect(result.code, result.out).toBe(0);
    expect(version()).toBe(to);
    const spec = parse(readFileSync(join(scratch, "openapi.yaml"), "utf8"));
    expect(spec.info.version).toBe(to);
    expect(existsSync(join(scratch, `releases/openapi-${to}.yaml`))).toBe(true);
    expect(existsSync(join(scratch, `releases/openapi-${before}.yaml`))).toBe(false);
    const changelog = readFileSync(join(scratch, "CHANGELOG.md"), "utf8");
    const section = changelog.slice(changelog.indexOf(`## [${to}]`), changelog.indexOf(`## [${before}]`));
    expect(changelog.indexOf("## [Unreleased]")).toBeLessThan(changelog.indexOf(`## [${to}]`));
    expect(section).toContain("#### Breaking");
    expect(section).toMatch(/`listMcpEvents` \(`GET \/api\/v1\/mcp-events`\): operation removed/);
    expect(section.indexOf("#### Breaking")).toBeLessThan(section.indexOf("#### Added and changed"));
    expect(section).toMatch(/`createServiceAccount` \(`POST \/api\/v1\/service-accounts`\): [^\n]*'team'/);
    const gate = await npm("check:breaking");
    expect(gate.code, gate.out).toBe(0);
    expect(gate.out).toContain(`releases/openapi-${to}.yaml: nothing breaking (0 breaking, 0 warning, 0 info)`);
    const drift = await npm("check:generated");
    expect(drift.code, drift.out).toBe(0);
  }, 180_000);
});

function nextPatch(v: string): string {
  const [major, minor, patch] = v.split(".").map(Number);
  return `${major}.${minor}.${(patch ?? 0) + 1}`;
}

function nextBreaking(v: string): string {
  const [major, minor] = v.split(".").map(Number);
  return major === 0 ? `0.${(minor ?? 0) + 1}.0` : `${(major ?? 0) + 1}.0.0`;
}
