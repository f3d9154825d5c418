// Packs the package with `npm pack`, installs the tarball into a scratch project and uses it by name
// from ESM, from CommonJS and from TypeScript, the way a user's project would.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packedTarball, root } from "./built.js";

const exec = promisify(execFile);
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

let temp: string;
let scratch: string;
let tarballFiles: string[];
let server: Server;
let baseUrl: string;
const seen: { method: string; path: string; authorization: string }[] = [];

/** A stand-in for the API: issues a token, knows one application, and 404s everything else. */
function answer(req: IncomingMessage): [number, unknown] {
  if (req.method === "POST" && req.url === "/oauth2/token") {
    return [200, { access_token: "tok_packed", token_type: "Bearer", expires_in: 3600 }];
  }
  if (req.method === "GET" && req.url === "/api/v1/applications/app_packed") {
    return [200, { application: { id: "app_packed", name: "Packed App" } }];
  }
  return [404, { statusCode: 404, error: "Not Found", message: "Application not found" }];
}

beforeAll(async () => {
  const packed = packedTarball();
  tarballFiles = packed.files;
  temp = mkdtempSync(join(tmpdir(), "kontext-pack-"));

  scratch = join(temp, "consumer");
  mkdirSync(scratch);
  writeFileSync(join(scratch, "package.json"), JSON.stringify({ name: "consumer", private: true, version: "1.0.0" }));
  // openapi-fetch comes from the npm cache when it is there, from the registry otherwise.
  await exec("npm", ["install", packed.tarball, "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: scratch,
    timeout: 120_000,
  });

  server = createServer((req, res) => {
    seen.push({ method: req.method ?? "", path: req.url ?? "", authorization: req.headers.authorization ?? "" });
    req.resume();
    req.on("end", () => {
      const [status, body] = answer(req);
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 180_000);

afterAll(async () => {
  if (server) await new Promise((resolve) => server.close(resolve));
  if (temp) rmSync(temp, { recursive: true, force: true });
});

/** Writes a file into the scratch project and runs it with this Node, against the stand-in API. */
async function runConsumer(name: string, code: string): Promise<Record<string, unknown>> {
  writeFileSync(join(scratch, name), code);
  seen.length = 0;
  const { stdout } = await exec(process.execPath, [name, baseUrl], { cwd: scratch, timeout: 30_000 });
  return JSON.parse(stdout.trim().split("\n").at(-1) ?? "");
}

describe("the packed tarball", () => {
  it("ships the built ESM, CommonJS, declarations, both specs and the docs files, and nothing else", () => {
    const top = [...new Set(tarballFiles.map((f) => f.split("/")[0]))].sort();
    expect(top).toEqual([
      "CHANGELOG.md",
      "LICENSE",
      "README.md",
      "dist",
      "docs",
      "examples",
      "generated",
      "kontext.schema.json",
      "openapi.yaml",
      "package.json",
    ]);
    // The guides the README links to, and no rendered page.
    expect(tarballFiles.filter((f) => f.startsWith("docs/")).every((f) => f.endsWith(".md"))).toBe(true);
    const distDirs = [...new Set(tarballFiles.filter((f) => f.startsWith("dist/")).map((f) => f.split("/")[1]))];
    expect(distDirs.sort()).toEqual(["cjs", "generated", "openapi.json", "src"]);
    // The published spec variants, and nothing else of generated/ (its code ships built, in dist/generated).
    expect(tarballFiles.filter((f) => f.startsWith("generated/")).sort()).toEqual([
      "generated/openapi.3.0.json",
      "generated/openapi.dereferenced.json",
    ]);
    const stray = tarballFiles.filter((f) => f.startsWith("dist/") && !/(\.d\.ts|\.js|\.json)$/.test(f));
    expect(stray).toEqual([]);
    for (const dir of ["dist/src", "dist/cjs/src"]) {
      for (const entry of ["index", "management", "errors"]) {
        expect(tarballFiles).toContain(`${dir}/${entry}.js`);
        expect(tarballFiles).toContain(`${dir}/${entry}.d.ts`);
      }
    }
    expect(tarballFiles).toContain("dist/cjs/package.json");
  });

  it("contains every file its exports map points to", () => {
    const targets = (value: unknown): string[] =>
      typeof value === "string" ? [value] : Object.values(value as object).flatMap(targets);
    const files = targets(pkg.exports).map((t) => t.replace(/^\.\//, ""));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(tarballFiles).toContain(file);
  });

  it("resolves every relative link of its README, guides and changelog to a file it ships", () => {
    const broken: string[] = [];
    for (const file of tarballFiles.filter((f) => f.endsWith(".md"))) {
      const text = readFileSync(join(root, file), "utf8");
      for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/i.test(target as string)) continue;
        const path = posix.normalize(posix.join(posix.dirname(file), target as string)).replace(/\/$/, "");
        if (!tarballFiles.some((f) => f === path || f.startsWith(`${path}/`))) broken.push(`${file}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("is used by name from an ES module: client, error guards and the JSON spec", async () => {
    const out = await runConsumer(
      "esm.mjs",
      `import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { KontextManagementClient } from "@kontext-dev/js-sdk/management";
import { NotFoundError, isNotFoundError } from "@kontext-dev/js-sdk/errors";
import * as root from "@kontext-dev/js-sdk";
import spec from "@kontext-dev/js-sdk/openapi.json" with { type: "json" };

const client = new KontextManagementClient({
  baseUrl: process.argv[2],
  credentials: { clientId: "sa_packed", clientSecret: "packed-secret" },
  maxRetries: 0,
});
const { application } = await client.applications.get("app_packed");
const missing = await client.applications.get("app_missing").catch((e) => e);
const yamlPath = createRequire(import.meta.url).resolve("@kontext-dev/js-sdk/openapi.yaml");
console.log(JSON.stringify({
  name: application.name,
  notFound: isNotFoundError(missing) && missing instanceof NotFoundError && missing.statusCode,
  rootExportsClient: root.KontextManagementClient === KontextManagementClient,
  specVersion: spec.openapi,
  specPaths: Object.keys(spec.paths).length,
  yamlStart: readFileSync(yamlPath, "utf8").slice(0, 8),
  resolved: import.meta.resolve("@kontext-dev/js-sdk/management"),
}));
`,
    );
    expect(out).toMatchObject({
      name: "Packed App",
      notFound: 404,
      rootExportsClient: true,
      specVersion: expect.stringMatching(/^3\.1\./),
      yamlStart: "openapi:",
    });
    expect(out.specPaths).toBeGreaterThan(10);
    expect(out.resolved).toMatch(/node_modules\/@kontext-dev\/js-sdk\/dist\/src\/management\.js$/);
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /oauth2/token",
      "GET /api/v1/applications/app_packed",
      "GET /api/v1/applications/app_missing",
    ]);
    expect(seen[0]?.authorization).toBe(`Basic ${btoa("sa_packed:packed-secret")}`);
    expect(seen[1]?.authorization).toBe("Bearer tok_packed");
  });

  it("is used by name from CommonJS require(), which loads the CommonJS build", async () => {
    const out = await runConsumer(
      "cjs.cjs",
      `const { KontextManagementClient } = require("@kontext-dev/js-sdk/management");
const { NotFoundError, isNotFoundError } = require("@kontext-dev/js-sdk/errors");
const root = require("@kontext-dev/js-sdk");
const spec = require("@kontext-dev/js-sdk/openapi.json");

async function main() {
  const client = new KontextManagementClient({
    baseUrl: process.argv[2],
    credentials: { clientId: "sa_packed", clientSecret: "packed-secret" },
    maxRetries: 0,
  });
  const { application } = await client.applications.get("app_packed");
  const missing = await client.applications.get("app_missing").catch((e) => e);
  console.log(JSON.stringify({
    name: application.name,
    notFound: isNotFoundError(missing) && missing instanceof NotFoundError && missing.statusCode,
    rootExportsClient: root.KontextManagementClient === KontextManagementClient,
    specVersion: spec.openapi,
    resolved: require.resolve("@kontext-dev/js-sdk/management"),
  }));
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
`,
    );
    expect(out).toMatchObject({
      name: "Packed App",
      notFound: 404,
      rootExportsClient: true,
      specVersion: expect.stringMatching(/^3\.1\./),
    });
    expect(out.resolved).toMatch(/node_modules\/@kontext-dev\/js-sdk\/dist\/cjs\/src\/management\.js$/);
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /oauth2/token",
      "GET /api/v1/applications/app_packed",
      "GET /api/v1/applications/app_missing",
    ]);
  });

  it("starts the sandbox by name from ESM and from CommonJS, and the SDK works against it", async () => {
    const body = (load: string) => `${load}
(async () => {
  const sandbox = await startSandbox({ seed: true, tokenTtl: 60 });
  const client = new KontextManagementClient({ baseUrl: sandbox.url, credentials: sandbox.credentials });
  const { application } = await client.applications.create({ name: "Packed", oauth: { type: "public", redirectUris: [] } });
  const { items } = await client.applications.list();
  const anonymous = await fetch(sandbox.url + "/api/v1/applications").then((r) => r.status);
  await sandbox.close();
  console.log(JSON.stringify({ read: items.map((a) => a.name), id: typeof application.id, anonymous, violations: sandbox.violations }));
})();
`;
    const expected = {
      read: ["Support Copilot", "Nightly Report Bot", "Packed"],
      id: "string",
      anonymous: 401,
      violations: [],
    };
    expect(
      await runConsumer(
        "sandbox.mjs",
        body(`import { startSandbox } from "@kontext-dev/js-sdk/sandbox";
import { KontextManagementClient } from "@kontext-dev/js-sdk/management";`),
      ),
    ).toEqual(expected);
    expect(
      await runConsumer(
        "sandbox.cjs",
        body(`const { startSandbox } = require("@kontext-dev/js-sdk/sandbox");
const { KontextManagementClient } = require("@kontext-dev/js-sdk/management");`),
      ),
    ).toEqual(expected);
  });

  it("type-checks in a TypeScript project with node16 resolution, from .mts and .cts files", async () => {
    const use = (guard: string) => `const client = new KontextManagementClient({
  baseUrl: "https://api.kontext.security",
  credentials: { clientId: "sa_x", clientSecret: "secret" },
});
export async function name(): Promise<string> {
  const { application } = await client.applications.get("app_1");
  return application.name;
}
export function is404(error: unknown): boolean {
  return ${guard}(error) && error.statusCode === 404;
}
// @ts-expect-error create needs a body
void client.applications.create();
`;
    writeFileSync(
      join(scratch, "esm.mts"),
      `import { KontextManagementClient } from "@kontext-dev/js-sdk/management";
import { isNotFoundError } from "@kontext-dev/js-sdk/errors";
import type { Application } from "@kontext-dev/js-sdk";
export type Named = Pick<Application, "name">;
${use("isNotFoundError")}`,
    );
    // `import x = require()` is the CommonJS-only form: it must resolve to the CommonJS declarations.
    writeFileSync(
      join(scratch, "cjs.cts"),
      `import { KontextManagementClient } from "@kontext-dev/js-sdk/management";
import errors = require("@kontext-dev/js-sdk/errors");
${use("errors.isNotFoundError")}`,
    );
    writeFileSync(
      join(scratch, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "node16",
          moduleResolution: "node16",
          target: "ES2022",
          lib: ["ES2022", "DOM"],
          types: [],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
        },
        files: ["esm.mts", "cjs.cts"],
      }),
    );
    const tsc = join(root, "node_modules/typescript/bin/tsc");
    const result = await exec(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: scratch, timeout: 60_000 }).catch(
      (error) => error,
    );
    expect(`${result.stdout}${result.stderr}`).toBe("");
    // tsc on a cold start takes 5–20 s on a busy 2-core machine: the exec's own timeout bounds it.
  }, 90_000);
});
