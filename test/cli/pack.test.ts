// `npx -p <packed tarball> kontext …` works the way the README says: the bin ships, starts with its
// shebang, finds the spec it ships and talks to an API.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { json, type TestApi, testApi } from "../helpers/api.js";
import { packedTarball, root } from "../package/built.js";
import { assertBinBuilt } from "./kontext.js";

const exec = promisify(execFile);
let temp: string;
let tarball: string;
let server: TestApi;
let base: string;

beforeAll(async () => {
  assertBinBuilt();
  temp = mkdtempSync(join(tmpdir(), "kontext-cli-pack-"));
  tarball = packedTarball().tarball;
  server = testApi((req) =>
    req.url === "/oauth2/token"
      ? json(200, { access_token: "tok_packed_cli", token_type: "Bearer" })
      : json(200, { application: { id: "app_packed", name: "Packed App" } }),
  );
  base = (await server.listen()).url;
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

/** `npx -p <tarball> kontext …args` in an empty directory. */
function npx(args: string[], env: Record<string, string> = {}) {
  return exec("npx", ["--yes", "--prefer-offline", "-p", tarball, "kontext", ...args], {
    cwd: temp,
    timeout: 120_000,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? temp, ...env },
  });
}

describe("the packed bin", () => {
  test("npx -p <tarball> kontext --help and --version", { timeout: 120_000 }, async () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    const help = await npx(["--help"]);
    expect(help.stdout).toMatch(/^kontext \S+: the Kontext Management API from the command line/);
    expect(help.stdout).toMatch(/^Exit codes:$/m);
    expect((await npx(["--version"])).stdout).toBe(`${version}\n`);
  });

  test("calls the API with credentials from the environment", { timeout: 120_000 }, async () => {
    const { stdout } = await npx(["applications", "get", "app_packed"], {
      KONTEXT_BASE_URL: base,
      KONTEXT_CLIENT_ID: "sa_packed",
      KONTEXT_CLIENT_SECRET: "packed-cli-secret",
    });
    expect(JSON.parse(stdout)).toEqual({ application: { id: "app_packed", name: "Packed App" } });
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "POST /oauth2/token",
      "GET /api/v1/applications/app_packed",
    ]);
  });
});
