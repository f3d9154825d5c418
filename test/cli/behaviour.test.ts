// What Prism cannot produce, against a real local node:http server: each exit code, --all over
// many pages, --data from stdin, --dry-run sending nothing, credentials, and the secret scan.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { type Handler, hang, json, type TestApi, testApi, text } from "../helpers/api.js";
import { assertBinBuilt, BIN, jsonLines, knownSecrets, kontext, kontextBin, parsed } from "./kontext.js";

const APP = "550e8400-e29b-41d4-a716-446655440000";
const INTEGRATION = "11111111-1111-4111-8111-111111111111";
const CLIENT_ID = "sa_6ba7b810-9dad-41d1-80b4-00c04fd430c8";
const CLIENT_SECRET = `kx_sa_${randomBytes(16).toString("hex")}`;

let server: TestApi;
/** Where the server listens: the command line runs in a child process and reaches it over a socket. */
let base: string;
let issued: string[];
let env: Record<string, string>;
/** The API's answer for each request; the token endpoint is served separately. */
let api: Handler;

beforeAll(async () => {
  assertBinBuilt();
  knownSecrets.add(CLIENT_SECRET);
  server = testApi((req) => {
    if (req.url.startsWith("/oauth2/token")) {
      const basic = Buffer.from(`${encodeURIComponent(CLIENT_ID)}:${encodeURIComponent(CLIENT_SECRET)}`).toString(
        "base64",
      );
      if (req.headers.authorization !== `Basic ${basic}`) {
        return json(401, { error: "invalid_client", error_description: "Client authentication failed" });
      }
      const token = `ory_at_${randomBytes(24).toString("hex")}`;
      issued.push(token);
      knownSecrets.add(token);
      return json(200, { access_token: token, token_type: "Bearer", expires_in: 3600 });
    }
    return api(req);
  });
  base = (await server.listen()).url;
  env = { KONTEXT_BASE_URL: base, KONTEXT_CLIENT_ID: CLIENT_ID, KONTEXT_CLIENT_SECRET: CLIENT_SECRET };
});

afterAll(() => server.close());

beforeEach(() => {
  server.requests.length = 0;
  issued = [];
  api = () => json(404, { message: "no such route", statusCode: 404 });
});

function application(i: number) {
  return { id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`, name: `app ${i}` };
}

describe("exit codes", { timeout: 60_000 }, () => {
  const statuses: [number, number, string][] = [
    [400, 2, "kontext_validation_error"],
    [422, 2, "kontext_http_error"],
    [401, 3, "kontext_unauthorized"],
    [403, 3, "kontext_policy_denied"],
    [404, 4, "kontext_not_found"],
    [409, 5, "kontext_conflict"],
    [429, 6, "kontext_rate_limited"],
    [500, 8, "kontext_server_error"],
    [503, 8, "kontext_server_error"],
    [418, 1, "kontext_http_error"],
  ];
  for (const [status, exit, code] of statuses) {
    test(`HTTP ${status} exits ${exit}, one line on stderr, nothing on stdout`, async () => {
      api = () => json(status, { message: `refused with ${status}`, statusCode: status }, { "retry-after": "0" });
      const run = await kontext(["applications", "get", APP, "--max-retries", "1"], { env });
      expect(run.code).toBe(exit);
      expect(run.stdout).toBe("");
      expect(run.stderr).toBe(`kontext: refused with ${status} (${code}, HTTP ${status})\n`);
    });
  }

  test("429 is retried before it exits 6", async () => {
    api = () => json(429, { message: "slow down", statusCode: 429 }, { "retry-after": "0" });
    const run = await kontext(["integrations", "list", "--max-retries", "2"], { env });
    expect(run.code).toBe(6);
    expect(server.apiRequests()).toHaveLength(3);
  });

  test("--output json writes the error as {code,statusCode,message,requestId} on stderr", async () => {
    api = () => json(409, { message: "name taken", statusCode: 409 }, { "x-request-id": "req_8f14e45fceea167a" });
    const run = await kontext(["service-accounts", "create", "--name", "CI", "--output", "json"], { env });
    expect(run.code).toBe(5);
    expect(run.stdout).toBe("");
    expect(JSON.parse(run.stderr)).toEqual({
      code: "kontext_conflict",
      statusCode: 409,
      message: "name taken",
      requestId: "req_8f14e45fceea167a",
    });
  });

  test("a token endpoint that refuses the credentials exits 3 (OAuthError)", async () => {
    const run = await kontext(["applications", "list"], {
      env: { ...env, KONTEXT_CLIENT_SECRET: "wrong-secret-value" },
    });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^kontext: .*Client authentication failed.*\(kontext_oauth_error/);
    expect(server.apiRequests()).toHaveLength(0);
  });

  test("a refused connection exits 7", async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as import("node:net").AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const run = await kontext(["applications", "list", "--max-retries", "0"], {
      env: { ...env, KONTEXT_BASE_URL: `http://127.0.0.1:${port}` },
    });
    expect(run.code).toBe(7);
    expect(run.stderr).toMatch(/^kontext: .*ECONNREFUSED.*\(kontext_network_error\)\n$/);
  });

  test("a timeout exits 7", async () => {
    api = hang; // never answers
    const run = await kontext(["applications", "get", APP, "--timeout", "300", "--max-retries", "0"], { env });
    expect(run.code).toBe(7);
    expect(run.stderr).toMatch(/timed out after 300 ms \(kontext_timeout\)/);
  });

  test("a 2xx answer that is not JSON exits 8", async () => {
    api = () => text(200, "<html>proxy</html>", { "content-type": "text/html" });
    const run = await kontext(["applications", "get", APP], { env });
    expect(run.code).toBe(8);
    expect(run.stderr).toMatch(/kontext_invalid_response/);
  });

  test("bad usage exits 2 before any request, naming the flag and the accepted values", async () => {
    const cases: [string[], RegExp][] = [
      [["applications", "list", "--bogus"], /unknown flag --bogus for kontext applications list; flags: --limit, /],
      [
        ["sessions", "list", APP, "--status", "closed"],
        /--status must be one of active, inactive, all \(got "closed"\)/,
      ],
      [["applications", "list", "--limit", "0"], /--limit must be an integer from 1 to 200 \(got "0"\)/],
      [["applications", "list", "--limit"], /--limit needs a value/],
      [["applications", "get"], /missing <application-id>/],
      [["applications", "get", APP, "extra"], /unexpected argument "extra"/],
      [["applications", "fetch"], /unknown method "fetch" for applications; methods: list, create, /],
      [["apps", "list"], /unknown command "apps"; commands: applications, integrations, service-accounts/],
      [["service-accounts", "create"], /missing --name \(required\)/],
      [["applications", "update", APP], /nothing to send: give at least one of --name, --description, --data/],
      [["integrations", "create", "--name", "x", "--url", "https://x", "--data", "{"], /--data .* not valid JSON/],
      [
        ["integrations", "create", "--name", "x", "--url", "https://x", "--auth-mode", "magic"],
        /--auth-mode must be one of none, oauth, user_token, server_token/,
      ],
      [["applications", "list", "--output", "yaml"], /--output must be one of json, jsonl, table \(got "yaml"\)/],
      [["applications", "get", "../x"], /id must be a non-empty id/],
      [["--bogus", "applications", "list"], /^kontext: unknown flag --bogus /],
      [
        ["applications", "create", "--name", "X", "--oauth.type", "publik", "--oauth.redirect-uris", "https://a/cb"],
        /--oauth.type must be one of public, confidential \(got "publik"\)/,
      ],
      [["applications", "create", "--name", "X"], /missing --oauth.type, --oauth.redirect-uris \(required\)/],
      [
        ["applications", "create", "--name", "X", "--oauth.type", "public"],
        /missing --oauth.redirect-uris \(required\)/,
      ],
      [
        ["integrations", "create", "--name", "x", "--url", "https://x", "--capabilities.tools=yes"],
        /--capabilities.tools takes no value/,
      ],
    ];
    for (const [args, message] of cases) {
      const run = await kontext(args, { env });
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).toMatch(message);
      expect(run.stderr.split("\n"), args.join(" ")).toHaveLength(2);
    }
    expect(server.requests).toHaveLength(0);
  });

  test("no credentials exits 2 with what to set", async () => {
    const run = await kontext(["applications", "list"], { env: { KONTEXT_BASE_URL: base } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/No credentials: set KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET/);
    expect(server.requests).toHaveLength(0);
  });

  test("a secret is never accepted as a flag value, and is not echoed", async () => {
    for (const args of [
      ["applications", "list", "--client-secret", "hunter2-secret"],
      ["--client-secret=hunter2-secret", "applications", "list"],
      ["applications", "list", "--access-token", "hunter2-secret"],
      ["integrations", "connect", INTEGRATION, "--token", "hunter2-secret"],
      ["integrations", "create", "--name", "x", "--url", "https://x", "--server-token=hunter2-secret"],
    ]) {
      const run = await kontext(args, { env, secrets: ["hunter2-secret"] });
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).toMatch(/is not accepted: .*shows in process lists and shell history/);
    }
    expect(server.requests).toHaveLength(0);
  });

  test("plain http to a host that is not loopback is refused (exit 2) unless --allow-insecure-http", async () => {
    const refused = await kontext(["applications", "list", "--base-url", "http://kontext.example"], { env });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/plain http to kontext\.example/);
    // The refusal speaks the CLI's language: the flag to pass, not the SDK option behind it.
    expect(refused.stderr).toMatch(/pass --allow-insecure-http/);
    expect(refused.stderr).not.toMatch(/dangerouslyAllowInsecureHttp/);
    const dry = await kontext(
      ["applications", "list", "--base-url", "http://kontext.example", "--allow-insecure-http", "--dry-run"],
      { env },
    );
    expect(dry.code).toBe(0);
    expect(parsed(dry)).toEqual({ method: "GET", url: "http://kontext.example/api/v1/applications" });
  });
});

describe("--all", { timeout: 60_000 }, () => {
  test("follows every page and streams 130 items as JSON lines", async () => {
    const all = Array.from({ length: 130 }, (_, i) => application(i));
    api = (req) => {
      const url = new URL(req.url, base);
      const limit = Number(url.searchParams.get("limit") ?? 50);
      const start = Number(url.searchParams.get("cursor") ?? 0);
      const items = all.slice(start, start + limit);
      const next = start + limit < all.length ? String(start + limit) : null;
      return json(200, { items, nextCursor: next });
    };
    const run = await kontext(["applications", "list", "--all", "--limit", "50"], { env });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(""); // progress only on a terminal
    expect(jsonLines(run)).toEqual(all);
    expect(server.apiRequests().map((r) => r.url)).toEqual([
      "/api/v1/applications?limit=50",
      "/api/v1/applications?limit=50&cursor=50",
      "/api/v1/applications?limit=50&cursor=100",
    ]);
    expect(issued).toHaveLength(1);
  });

  test("a failing page exits with its code after the items already streamed", async () => {
    api = (req) =>
      req.url.includes("cursor=")
        ? json(500, { message: "boom", statusCode: 500 })
        : json(200, { items: [application(1)], nextCursor: "2" });
    const run = await kontext(["integrations", "list", "--all", "--max-retries", "0"], { env });
    expect(run.code).toBe(8);
    expect(jsonLines(run)).toEqual([application(1)]);
    expect(run.stderr).toBe("kontext: boom (kontext_server_error, HTTP 500)\n");
  });
});

describe("the command line itself", { timeout: 60_000 }, () => {
  test("no arguments prints the help on stderr and exits 2", async () => {
    const run = await kontextBin([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^kontext \S+: the Kontext Management API from the command line\n/);
  });

  test("a base URL ending in /api/v1 is taken as its origin", async () => {
    const run = await kontext(["applications", "get", APP, "--dry-run", "--base-url", `${base}/api/v1/`], {
      env,
    });
    expect(parsed(run)).toEqual({ method: "GET", url: `${base}/api/v1/applications/${APP}` });
  });

  test("a reader that stops early (| head -n 1) ends --all quietly with exit 0", async () => {
    let served = 0;
    api = () => {
      served++;
      const items = Array.from({ length: 1000 }, (_, i) => ({
        ...application(served * 1000 + i),
        padding: "x".repeat(100),
      }));
      return json(200, { items, nextCursor: served < 20 ? `page-${served}` : null });
    };
    const result = await new Promise<{ stdout: string; stderr: string }>((resolve) => {
      const child = spawn(
        "bash",
        ["-c", `'${process.execPath}' '${BIN}' integrations list --all | head -n 1; echo "exit=\${PIPESTATUS[0]}" >&2`],
        // stdin not a socket and no HOME/.bashrc: bash sources ~/.bashrc when stdin is a socket.
        { env: { PATH: process.env.PATH ?? "", HOME: tmpdir(), ...env }, stdio: ["ignore", "pipe", "pipe"] },
      );
      let stdout = "";
      let stderr = "";
      child.stdout.setEncoding("utf8").on("data", (c: string) => {
        stdout += c;
      });
      child.stderr.setEncoding("utf8").on("data", (c: string) => {
        stderr += c;
      });
      child.on("close", () => resolve({ stdout, stderr }));
    });
    expect(result.stderr).toBe("exit=0\n");
    expect(JSON.parse(result.stdout)).toMatchObject({ id: application(1000).id });
    expect(served).toBeLessThan(20);
  });
});

describe("input", { timeout: 60_000 }, () => {
  test("--data - reads the body from stdin; flags override its fields", async () => {
    api = (req) => json(201, { integration: { id: INTEGRATION, ...JSON.parse(req.body) } });
    const body = {
      name: "GitHub",
      url: "https://api.githubcopilot.com/mcp/",
      authMode: "oauth",
      oauth: { scopes: ["repo"] },
    };
    const run = await kontext(["integrations", "create", "--data", "-", "--name", "GitHub (CI)"], {
      env,
      input: JSON.stringify(body),
    });
    expect(run.code).toBe(0);
    const sent = JSON.parse(server.apiRequests()[0]?.body ?? "");
    expect(sent).toEqual({ ...body, name: "GitHub (CI)" });
    expect(parsed(run)).toEqual({ integration: { id: INTEGRATION, ...sent } });
  });

  test("--data @file, repeatable array flags and --no-<flag> build the body", async () => {
    api = (req) => json(200, { oauth: JSON.parse(req.body) });
    const dir = mkdtempSync(join(tmpdir(), "kontext-cli-"));
    writeFileSync(join(dir, "oauth.json"), JSON.stringify({ type: "public", scopes: ["openid"] }));
    const run = await kontext(
      [
        "applications",
        "update-oauth",
        APP,
        "--data",
        `@${join(dir, "oauth.json")}`,
        "--redirect-uri",
        "https://a.example/cb",
        "--redirect-uri",
        "https://b.example/cb",
        "--no-pkce-required",
      ],
      { env },
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(server.apiRequests()[0]?.body ?? "")).toEqual({
      type: "public",
      scopes: ["openid"],
      redirectUris: ["https://a.example/cb", "https://b.example/cb"],
      pkceRequired: false,
    });
  });

  test("nested body flags build the body; --data merges under them, the flags winning field by field", async () => {
    api = (req) =>
      json(201, {
        application: { id: APP, name: "From flags" },
        oauth: { clientId: "app_1", ...JSON.parse(req.body).oauth },
      });
    const data = {
      name: "From data",
      description: "kept from --data",
      oauth: { type: "confidential", scopes: ["openid"], redirectUris: ["https://old.example/cb"] },
    };
    const run = await kontext(
      [
        "applications",
        "create",
        "--data",
        JSON.stringify(data),
        "--name",
        "From flags",
        "--oauth.type",
        "public",
        "--oauth.redirect-uris",
        "https://a.example/cb",
        "--oauth.redirect-uris",
        "https://b.example/cb",
        "--no-oauth.pkce-required",
      ],
      { env },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(server.apiRequests()[0]?.body ?? "")).toEqual({
      name: "From flags",
      description: "kept from --data",
      oauth: {
        type: "public",
        scopes: ["openid"],
        redirectUris: ["https://a.example/cb", "https://b.example/cb"],
        pkceRequired: false,
      },
    });
  });

  test("query flags become the query string; global flags work after the command", async () => {
    api = () => json(200, { items: [] });
    const run = await kontext(
      ["sessions", "list", APP, "--status", "all", "--limit", "5", "--output", "jsonl", "--max-retries", "0"],
      { env: { ...env, KONTEXT_BASE_URL: "http://127.0.0.1:1" }, secrets: [] },
    );
    expect(run.code).toBe(7); // the env's base URL is refused…
    const again = await kontext(
      ["sessions", "list", APP, "--status", "all", "--include-inactive", "--base-url", base],
      {
        env: { ...env, KONTEXT_BASE_URL: "http://127.0.0.1:1" },
      },
    );
    expect(again.code).toBe(0); // …and --base-url after the command wins
    expect(server.apiRequests().map((r) => r.url)).toEqual([
      `/api/v1/applications/${APP}/sessions?status=all&includeInactive=true`,
    ]);
  });
});

describe("credentials", { timeout: 60_000 }, () => {
  test("--client-id and --client-secret-file; KONTEXT_ACCESS_TOKEN skips the token request", async () => {
    api = (req) => json(200, { items: [], nextCursor: null, auth: req.headers.authorization ? "bearer" : "" });
    const dir = mkdtempSync(join(tmpdir(), "kontext-cli-"));
    writeFileSync(join(dir, "secret"), `${CLIENT_SECRET}\n`);
    const byFile = await kontext(
      ["service-accounts", "list", "--client-id", CLIENT_ID, "--client-secret-file", join(dir, "secret")],
      { env: { KONTEXT_BASE_URL: base } },
    );
    expect(byFile.code).toBe(0);
    expect(issued).toHaveLength(1);
    expect(server.apiRequests()[0]?.headers.authorization).toBe(`Bearer ${issued[0]}`);

    const token = `user_${randomBytes(20).toString("hex")}`;
    server.requests.length = 0;
    const byToken = await kontext(["service-accounts", "list"], {
      env: { KONTEXT_BASE_URL: base, KONTEXT_ACCESS_TOKEN: token },
    });
    expect(byToken.code).toBe(0);
    expect(server.tokenRequests()).toHaveLength(0);
    expect(server.apiRequests()[0]?.headers.authorization).toBe(`Bearer ${token}`);
  });

  test("--verbose logs requests, responses and retries to stderr, masked", async () => {
    let calls = 0;
    api = () => {
      calls++;
      if (calls === 1) return json(503, { message: "busy", statusCode: 503 }, { "retry-after": "0" });
      return json(200, { application: application(1) });
    };
    const run = await kontext(["applications", "get", APP, "--verbose"], { env });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^kontext: request \{"method":"POST","url":"http:\/\/127\.0\.0\.1:\d+\/oauth2\/token"/m);
    expect(run.stderr).toMatch(/^kontext: retry \{.*"reason":"status 503"/m);
    expect(run.stderr).toMatch(new RegExp(`^kontext: response \\{"method":"GET",.*${APP}","status":200`, "m"));
    expect(parsed(run)).toEqual({ application: application(1) });
  });
});

describe("--dry-run", { timeout: 60_000 }, () => {
  test("prints method, URL and body, fetches no token and sends nothing", async () => {
    const runs = await Promise.all([
      kontext(["service-accounts", "create", "--name", "CI", "--description", "deploys", "--dry-run"], { env }),
      kontext(["applications", "attach-integration", APP, INTEGRATION, "--dry-run"], { env }),
      kontext(["applications", "list", "--all", "--limit", "20", "--dry-run", "-o", "jsonl"], { env }),
      kontext(
        [
          "integrations",
          "create",
          "--data",
          JSON.stringify({
            name: "Internal",
            url: "https://mcp.internal/",
            authMode: "server_token",
            serverToken: "srv-tok-123456",
          }),
          "--dry-run",
        ],
        { env, secrets: ["srv-tok-123456"] },
      ),
      kontext(["applications", "get", APP, "--dry-run"], { env: { KONTEXT_BASE_URL: base } }),
    ]);
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    expect(runs.map((run) => parsed(run))).toEqual([
      { method: "POST", url: `${base}/api/v1/service-accounts`, body: { name: "CI", description: "deploys" } },
      { method: "POST", url: `${base}/api/v1/applications/${APP}/integrations/${INTEGRATION}` },
      { method: "GET", url: `${base}/api/v1/applications?limit=20` },
      {
        method: "POST",
        url: `${base}/api/v1/integrations`,
        body: { name: "Internal", url: "https://mcp.internal/", authMode: "server_token", serverToken: "[REDACTED]" },
      },
      { method: "GET", url: `${base}/api/v1/applications/${APP}` },
    ]);
    expect(server.requests).toHaveLength(0);
  });
});

describe("plan, apply, export", { timeout: 60_000 }, () => {
  test("are routed to src/cli/config, global flags before or after them", async () => {
    for (const command of ["plan", "apply", "export"]) {
      const run = await kontext(["--verbose", command, "--help", "--output", "json"], { env });
      expect(`${run.stdout}${run.stderr}`, command).not.toMatch(/unknown (command|flag)|--verbose/);
    }
    expect(server.requests).toHaveLength(0);
  });
});

describe("on a terminal", { timeout: 60_000 }, () => {
  /**
   * Runs the bin in a pseudo-terminal (util-linux `script`): stdin, stdout and stderr are TTYs,
   * `columns` wide when given.
   */
  function inTerminal(args: string[], columns?: number): Promise<{ code: number; output: string }> {
    return new Promise((resolve, reject) => {
      const words = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
      const command = columns === undefined ? words : `stty cols ${columns} rows 40; ${words}`;
      const child = spawn("script", ["-qec", command, "/dev/null"], {
        env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", TERM: "dumb", ...env },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
        output += chunk;
      });
      child.on("error", reject);
      child.on("close", (code) => {
        for (const secret of knownSecrets) expect(output).not.toContain(secret);
        resolve({ code: code ?? -1, output: output.replace(/\r\n/g, "\n") });
      });
    });
  }

  test("--all shows progress on stderr; a resource prints as a table; a 204 says done", async () => {
    const all = Array.from({ length: 120 }, (_, i) => application(i));
    api = (req) => {
      const url = new URL(req.url, base);
      if (req.method === "DELETE") return text(204, null);
      if (url.pathname.endsWith(APP)) {
        return json(200, { application: { id: APP, name: "Support Copilot", oauth: { type: "public" } } });
      }
      const start = Number(url.searchParams.get("cursor") ?? 0);
      return json(200, {
        items: all.slice(start, start + 50),
        nextCursor: start + 50 < all.length ? String(start + 50) : null,
      });
    };
    const listing = await inTerminal(["integrations", "list", "--all"]);
    expect(listing.code).toBe(0);
    // Progress on stderr, each step cleared ("\r", erase line) before the next page's items.
    expect(listing.output).toContain("kontext: 50 items, 1 page…\r\x1b[K{");
    expect(listing.output).toContain("kontext: 100 items, 2 pages…\r\x1b[K{");
    expect(listing.output.endsWith("}\nkontext: 120 items, 3 pages…\r\x1b[Kkontext: 120 items, 3 pages\n")).toBe(true);
    const items = listing.output.split("\n").map((line) => line.split("\r\x1b[K").at(-1) as string);
    expect(items.filter((line) => line.startsWith("{")).map((line) => JSON.parse(line))).toEqual(all);

    const one = await inTerminal(["applications", "get", APP]);
    expect(one.code).toBe(0);
    expect(one.output).toMatch(/^name: Support Copilot$/m);
    expect(one.output).toMatch(/^oauth\.type: public$/m);

    const archived = await inTerminal(["applications", "archive", APP]);
    expect(archived).toEqual({ code: 0, output: "kontext: archive an application: done\n" });
  });

  test("a table fits the terminal's width, the fields on the right giving way; in a pipe it stays whole", async () => {
    const rows = Array.from({ length: 3 }, (_, i) => ({
      ...application(i),
      description: `application number ${i} with a long description`,
      createdAt: "2026-01-01T00:00:00.000Z",
      updatedAt: "2026-01-02T00:00:00.000Z",
    }));
    api = () => json(200, { items: rows, nextCursor: null });
    const narrow = await inTerminal(["applications", "list"], 60);
    expect(narrow.code).toBe(0);
    const lines = narrow.output.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^id\s+name$/);
    expect(lines[1]).toBe(`${rows[0]?.id}  app 0`);
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(60);

    const piped = await kontextBin(["applications", "list", "--output", "table"], { env });
    const [header, first] = piped.stdout.split("\n");
    expect(header).toMatch(/^id\s+name\s+description\s+createdAt\s+updatedAt$/);
    expect(first).toContain("application number 0 with a long description");
    expect(first?.length).toBeGreaterThan(60);
  });

  test("in a pipe a table keeps every field whole; a terminal shows only fields flat in every row", async () => {
    const long = "x".repeat(80);
    const rows = [
      { id: "a", name: "one", description: long, integrations: [], oauth: { type: "public" } },
      { id: "b", name: "two", description: "short", integrations: [{ id: "i1" }], oauth: null },
    ];
    api = () => json(200, { items: rows, nextCursor: null });
    const piped = await kontextBin(["applications", "list", "--output", "table"], { env });
    const [header, first, second] = piped.stdout.split("\n");
    expect(header).toMatch(/^id\s+name\s+description\s+integrations\s+oauth$/);
    expect(first).toContain(long);
    expect(first).toContain('{"type":"public"}');
    expect(second).toContain('[{"id":"i1"}]');
    const shown = await inTerminal(["applications", "list"], 200);
    expect(shown.output.split("\n")[0]).toMatch(/^id\s+name\s+description$/);
    expect(shown.output).toContain(`${"x".repeat(47)}…`);
  });

  test("a bare-array answer is a list: one JSON line per item, one table row per item", async () => {
    const rules = [
      { action: "deny", scope: "organization", toolName: "delete_repository" },
      { action: "allow", scope: "application", toolName: "search_issues" },
    ];
    api = () => json(200, rules);
    const jsonl = await kontext(["policies", "list-rules", "--output", "jsonl"], { env });
    expect(jsonl.code).toBe(0);
    expect(jsonLines(jsonl)).toEqual(rules);
    const table = await kontext(["policies", "list-rules", "--output", "table"], { env });
    expect(table.stdout.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/^action\s+scope\s+toolName$/),
      expect.stringMatching(/^deny\s+organization\s+delete_repository$/),
      expect.stringMatching(/^allow\s+application\s+search_issues$/),
    ]);
    api = () => json(200, []);
    expect((await kontext(["policies", "list-rules", "--output", "table"], { env })).stdout).toBe("(none)\n");
  });
});
