// The packed package, installed into a scratch project the way a user gets it, in every fetch
// runtime the README names besides Node: Cloudflare workerd (through Miniflare), Bun, Deno and
// Chromium. Each one calls a real node:http server (./server.ts): client credentials (a token
// request, then an API call), a 404 that must become NotFoundError, a 300 ms timeout against a path
// that never answers and one against a body that stalls, which must reject with TimeoutError, a
// client.raw call, and a 401 that must renew the token once and re-send the POST. In workerd the timeout runs in two requests to the same isolate: a timer started
// by one request never fires in the next.
// Run alone: npm run test:runtimes (it builds first, and installs the runtimes on first use).
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";
import puppeteer, { type Browser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureRuntimes } from "../../scripts/runtimes.mjs";
import { packedTarball, root } from "../package/built.js";
import { expectSandboxSmoke, type SandboxSmoke } from "./sandbox-expect.js";
import { APPLICATION, type Api, renewedTokenFor, startApi, tokenFor } from "./server.js";

const exec = promisify(execFile);
const here = join(root, "test/runtimes");
// bun, deno and Miniflare are not devDependencies: this installs them on first use (scripts/runtimes.mjs).
const runtimes = ensureRuntimes();
const bin = (name: "bun" | "deno") => runtimes[name];
/** What this test uses of Miniflare, which is loaded from the runtimes' cache rather than node_modules. */
interface Miniflare {
  ready: Promise<unknown>;
  dispatchFetch(url: string): Promise<Response>;
  dispose(): Promise<void>;
}
const chromium = process.env.CHROMIUM_BIN ?? "/usr/bin/chromium";
/** A timeout that fires answers within a second or two; no answer by then means the call hangs. */
const HANG_MS = 10_000;

interface Settled {
  rejected: boolean;
  value?: unknown;
  name?: string;
  code?: string;
  statusCode?: number;
  message?: string;
  isNotFoundError?: boolean;
  isTimeoutError?: boolean;
  elapsedMs?: number;
}

interface Smoke {
  runtime?: string;
  call: Settled;
  notFound: Settled;
  timeout: Settled;
  stalledBody: Settled;
  raw: Settled;
  renewal: Settled;
}

let temp: string;
let scratch: string;
let api: Api;

beforeAll(async () => {
  const { tarball } = packedTarball();
  temp = mkdtempSync(join(tmpdir(), "kontext-runtimes-"));
  scratch = join(temp, "app");
  mkdirSync(scratch);
  writeFileSync(join(scratch, "package.json"), JSON.stringify({ name: "app", private: true, version: "1.0.0" }));
  // openapi-fetch comes from the npm cache when it is there, from the registry otherwise.
  await exec("npm", ["install", tarball, "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: scratch,
    timeout: 120_000,
  });
  for (const file of ["smoke.mjs", "worker.mjs", "main.mjs", "sandbox-smoke.mjs", "sandbox-main.mjs"]) {
    copyFileSync(join(here, file), join(scratch, file));
  }
  api = await startApi();
}, 180_000);

afterAll(async () => {
  await api?.close();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

/** Bundles a module of the scratch project, as a Worker's or a web app's bundler would. */
async function bundle(entry: string, platform: "browser" | "neutral"): Promise<string> {
  const result = await build({
    absWorkingDir: scratch,
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform,
    // What wrangler asks for when it bundles a Worker; a browser bundler uses the "browser" set.
    conditions: platform === "neutral" ? ["workerd", "worker", "browser"] : [],
    mainFields: ["browser", "module", "main"],
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error(`esbuild wrote nothing for ${entry}`);
  return file.text;
}

/** The requests the API server saw from one client id: the token request, then the API call. */
function requestsOf(clientId: string) {
  const basic = `Basic ${btoa(`${clientId}:${clientId}-secret`)}`;
  const bearer = `Bearer ${tokenFor(clientId)}`;
  return api.seen
    .filter((r) => r.authorization === basic || r.authorization === bearer)
    .map((r) => ({
      method: r.method,
      path: r.path,
      authorization: r.authorization,
      grant: r.method === "POST" ? new URLSearchParams(r.body).get("grant_type") : null,
    }));
}

function expectTokenThenCall(clientId: string, apiPath: string) {
  const basic = `Basic ${btoa(`${clientId}:${clientId}-secret`)}`;
  expect(requestsOf(clientId)).toContainEqual({
    method: "POST",
    path: "/oauth2/token",
    authorization: basic,
    grant: "client_credentials",
  });
  expect(requestsOf(clientId)).toContainEqual({
    method: "GET",
    path: apiPath,
    authorization: `Bearer ${tokenFor(clientId)}`,
    grant: null,
  });
}

/** What the server saw from a "-renew" client: token, POST (401), a new token, the same POST again. */
function expectRenewal(clientId: string) {
  const id = `${clientId}-renew`;
  const basic = `Basic ${btoa(`${id}:${id}-secret`)}`;
  const body = JSON.stringify({
    name: "Renewed",
    oauth: { type: "public", redirectUris: ["https://app.example/callback"] },
  });
  const post = (n: number) => ({
    method: "POST",
    path: "/api/v1/applications",
    authorization: `Bearer ${renewedTokenFor(id, n)}`,
    body,
  });
  const token = { method: "POST", path: "/oauth2/token", authorization: basic, body: expect.any(String) };
  const seen = api.seen
    .filter((r) => r.authorization === basic || r.authorization.startsWith(`Bearer tok_${id}.`))
    .map(({ method, path, authorization, body }) => ({ method, path, authorization, body }));
  expect(seen).toEqual([token, post(1), token, post(2)]);
}

const renewed = {
  rejected: false,
  value: {
    application: { id: "app_new", name: "Renewed" },
    oauth: { type: "public", redirectUris: ["https://app.example/callback"] },
  },
};

const applicationFetched = { rejected: false, value: APPLICATION };
const notFoundError = {
  rejected: true,
  name: "NotFoundError",
  code: "kontext_not_found",
  statusCode: 404,
  isNotFoundError: true,
};
const timeoutError = { rejected: true, name: "TimeoutError", code: "kontext_timeout", isTimeoutError: true };
const rawFetched = { rejected: false, value: { data: { application: APPLICATION }, status: 200 } };

/** The checks every runtime passes, given what its run of smoke.mjs returned. */
function expectSmoke(results: () => Smoke, clientId: string) {
  it("client credentials: fetches a token, then the application", () => {
    expect(results().call).toEqual(applicationFetched);
    expectTokenThenCall(clientId, `/api/v1/applications/${APPLICATION.id}`);
  });

  it("a 404 from the API rejects with NotFoundError (kontext_not_found)", () => {
    expect(results().notFound).toMatchObject(notFoundError);
  });

  it.each(["timeout", "stalledBody"] as const)(
    "a 300 ms timeout rejects with TimeoutError (kontext_timeout): %s",
    (check) => {
      expect(results()[check]).toMatchObject(timeoutError);
      expect(results()[check].elapsedMs).toBeGreaterThanOrEqual(250);
      expect(results()[check].elapsedMs).toBeLessThan(HANG_MS);
    },
  );

  it("client.raw returns { data, response } from the typed call", () => {
    expect(results().raw).toEqual(rawFetched);
  });

  it("a 401 renews the token once and re-sends the POST with its body", () => {
    expect(results().renewal).toEqual(renewed);
    expectRenewal(clientId);
  });
}

describe("Cloudflare workerd (Miniflare), one isolate", () => {
  let mf: Miniflare;

  beforeAll(async () => {
    const { Miniflare } = (await import(runtimes.miniflare)) as { Miniflare: new (options: object) => Miniflare };
    mf = new Miniflare({
      modules: true,
      script: await bundle("worker.mjs", "neutral"),
      // No nodejs_compat: ./management needs web-standard APIs only.
      compatibilityDate: "2026-04-01",
      bindings: { API_BASE_URL: api.baseUrl },
    });
    await mf.ready;
  }, 60_000);

  afterAll(async () => {
    await mf?.dispose();
  });

  /** One request to the Worker; fails saying so when the Worker has not answered within HANG_MS. */
  async function dispatch(path: string): Promise<{ result: Settled; ms: number }> {
    const started = performance.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const hang = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`workerd: no answer to ${path} within ${HANG_MS} ms`)), HANG_MS);
    });
    try {
      const response = await Promise.race([mf.dispatchFetch(`http://worker${path}`), hang]);
      const text = await response.text();
      if (!response.ok) throw new Error(`workerd: ${path} answered ${response.status}: ${text.slice(0, 500)}`);
      return { result: JSON.parse(text), ms: performance.now() - started };
    } finally {
      clearTimeout(timer);
    }
  }

  it.each(["first", "second"])(
    "a 300 ms timeout rejects with TimeoutError (kontext_timeout), %s request in the isolate",
    async () => {
      const { result, ms } = await dispatch("/timeout");
      expect(result).toMatchObject(timeoutError);
      expect(ms).toBeGreaterThanOrEqual(250);
    },
    HANG_MS + 5_000,
  );

  it("client credentials: fetches a token, then the application", async () => {
    const { result } = await dispatch("/call");
    expect(result).toEqual(applicationFetched);
    expectTokenThenCall("sa_workerd", `/api/v1/applications/${APPLICATION.id}`);
  });

  it("a 404 from the API rejects with NotFoundError (kontext_not_found)", async () => {
    const { result } = await dispatch("/not-found");
    expect(result).toMatchObject(notFoundError);
  });

  it("a 300 ms timeout covers a response body that stalls: TimeoutError (kontext_timeout)", async () => {
    const { result, ms } = await dispatch("/stalled-body");
    expect(result).toMatchObject(timeoutError);
    expect(ms).toBeGreaterThanOrEqual(250);
  });

  it("client.raw returns { data, response } from the typed call", async () => {
    const { result } = await dispatch("/raw");
    expect(result).toEqual(rawFetched);
  });

  it("a 401 renews the token once and re-sends the POST with its body", async () => {
    const { result } = await dispatch("/renewal");
    expect(result).toEqual(renewed);
    expectRenewal("sa_workerd");
  });

  describe("the in-process sandbox (createSandbox), bundled with the Worker", () => {
    let results: SandboxSmoke;
    beforeAll(async () => {
      results = (await dispatch("/sandbox")).result as unknown as SandboxSmoke;
    }, HANG_MS + 5_000);
    expectSandboxSmoke(() => results);
  });
});

/**
 * The environment a runtime starts with: this one's, without npm's `npm_*` variables. Under
 * `npx -p node@22 -c '…'` (as .ci/run starts the suite) they hold that npx's `call` and `package`,
 * which an inner `npx -p node@24 node …` would take as its own and refuse (EUSAGE).
 */
const runtimeEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith("npm_"))),
  DENO_NO_UPDATE_CHECK: "1",
  NO_COLOR: "1",
};

/** Runs main.mjs in a runtime from the registry's package and returns its JSON line. */
async function runMain(command: string, args: string[], clientId: string): Promise<Smoke> {
  const { stdout } = await exec(command, [...args, "main.mjs", api.baseUrl, clientId], {
    cwd: scratch,
    timeout: 60_000,
    env: runtimeEnv,
  });
  const line = stdout.trim().split("\n").at(-1) ?? "";
  return JSON.parse(line);
}

describe("Bun", () => {
  let results: Smoke;
  beforeAll(async () => {
    results = await runMain(bin("bun"), [], "sa_bun");
  }, 60_000);

  it("is the registry's bun 1.4.4", () => expect(results.runtime).toBe("Bun 1.4.4"));
  expectSmoke(() => results, "sa_bun");
});

describe("Deno", () => {
  let results: Smoke;
  beforeAll(async () => {
    // Deno finds the scratch project's node_modules by itself (package.json beside main.mjs).
    results = await runMain(bin("deno"), ["run", "--allow-net=127.0.0.1"], "sa_deno");
  }, 60_000);

  it("is the registry's deno 2.9.6", () => expect(results.runtime).toBe("Deno 2.9.6"));
  expectSmoke(() => results, "sa_deno");
});

/** Runs sandbox-main.mjs (the in-process sandbox, no network needed) and returns its JSON line. */
async function runSandboxMain(command: string, args: string[]): Promise<SandboxSmoke & { runtime: string }> {
  const { stdout } = await exec(command, [...args, "sandbox-main.mjs"], {
    cwd: scratch,
    timeout: 120_000,
    env: runtimeEnv,
  });
  return JSON.parse(stdout.trim().split("\n").at(-1) ?? "");
}

/** Node 20, 22 and 24: the one running this suite (.ci/run runs it on each), the others from the registry. */
const thisMajor = process.versions.node.split(".")[0];
const nodes = ["20", "22", "24"].map((major) =>
  major === thisMajor
    ? ([`Node ${major} (this one)`, process.execPath, [], new RegExp(`^Node v${major}\\.`)] as const)
    : ([`Node ${major}`, "npx", ["-y", "-p", `node@${major}`, "node"], new RegExp(`^Node v${major}\\.`)] as const),
);

describe.each([
  ...nodes,
  ["Bun", bin("bun"), [], /^Bun 1\.4\.4$/],
  // No --allow-net: the sandbox answers in process.
  ["Deno", bin("deno"), ["run"], /^Deno 2\.9\.6$/],
] as const)("the in-process sandbox (createSandbox) in %s", (_name, command, args, version) => {
  let results: SandboxSmoke & { runtime: string };
  beforeAll(async () => {
    results = await runSandboxMain(command, [...args]);
  }, 150_000);

  it("runs in that runtime", () => expect(results.runtime).toMatch(version));
  expectSandboxSmoke(() => results);
});

describe("Chromium, a page on another origin than the API", () => {
  let pages: Server;
  let browser: Browser;
  let results: Smoke;
  let sandboxResults: SandboxSmoke;

  beforeAll(async () => {
    if (!existsSync(chromium)) {
      throw new Error(
        `Chromium is missing (looked for ${chromium}). Install it with \`sudo apt-get install -y chromium\` ` +
          "(`npm test` does this when it can run apt-get), or point CHROMIUM_BIN at a Chromium or Chrome binary.",
      );
    }
    const script = await bundle("smoke.mjs", "browser");
    const sandboxScript = await bundle("sandbox-smoke.mjs", "browser");
    const html =
      '<!doctype html><meta charset="utf-8"><title>smoke</title>' +
      '<script type="module">import * as smoke from "/smoke.js"; import * as sandbox from "/sandbox-smoke.js";' +
      " window.sandboxSmoke = sandbox.sandboxSmoke; window.smoke = smoke;</script>";
    pages = createServer((req, res) => {
      if (req.url === "/smoke.js") res.writeHead(200, { "content-type": "text/javascript" }).end(script);
      else if (req.url === "/sandbox-smoke.js") {
        res.writeHead(200, { "content-type": "text/javascript" }).end(sandboxScript);
      } else res.writeHead(200, { "content-type": "text/html" }).end(html);
    });
    await new Promise<void>((resolve) => pages.listen(0, "127.0.0.1", resolve));
    const pageUrl = `http://127.0.0.1:${(pages.address() as AddressInfo).port}/`;
    browser = await puppeteer.launch({
      executablePath: chromium,
      headless: true,
      userDataDir: join(temp, "chromium-profile"),
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    const page = await browser.newPage();
    await page.goto(pageUrl);
    await page.waitForFunction(() => "smoke" in window, { timeout: 30_000 });
    const version = await browser.version();
    const smoke = (await page.evaluate(
      (baseUrl) =>
        (window as unknown as { smoke: { smoke(b: string, c: string): Promise<Smoke> } }).smoke.smoke(
          baseUrl,
          "sa_chromium",
        ),
      api.baseUrl,
    )) as Smoke;
    results = { runtime: version, ...smoke };
    sandboxResults = (await page.evaluate(() =>
      (window as unknown as { sandboxSmoke(): Promise<SandboxSmoke> }).sandboxSmoke(),
    )) as SandboxSmoke;
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (pages ? pages.close(resolve) : resolve(undefined)));
  });

  it("is Chromium", () => expect(results.runtime).toMatch(/Chrom/));
  expectSmoke(() => results, "sa_chromium");

  describe("the in-process sandbox (createSandbox), bundled for the browser", () => {
    expectSandboxSmoke(() => sandboxResults);
  });
});
