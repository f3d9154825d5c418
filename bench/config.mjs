// Rows of `kontext plan` / `kontext apply` (issue 14): the BUILT bin as a child process against the
// sandbox, through a proxy that counts requests and, for apply, answers 5% of API requests with a
// 429 (Retry-After: 0) without forwarding them. `node bench/config.mjs` (after `npm run build`); exits 1
// when a row misses its goal.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { KontextManagementClient } from "../dist/src/management.js";
import { startSandbox } from "../dist/src/sandbox/index.js";
import { mulberry32 } from "../dist/src/sandbox/seed.js";
import { startProxy } from "../scripts/proxy.mjs";
import { finish, row } from "./stats.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "dist/src/cli/bin.js");
const dir = mkdtempSync(join(tmpdir(), "kontext-bench-"));

/** The proxy in front of the sandbox: for `reset(rate)`, a share `rate` of API requests, drawn by a seeded generator so every run injects the same faults, is answered 429 without being forwarded. */
async function proxyTo(origin) {
  const fault = { rate: 0, injected: 0, next: mulberry32(14) };
  const proxy = await startProxy(origin, (entry, res) => {
    if (!entry.path.startsWith("/api/") || fault.next() >= fault.rate) return false;
    fault.injected++;
    res.writeHead(429, { "content-type": "application/json", "retry-after": "0" });
    res.end(JSON.stringify({ message: "Too many requests", statusCode: 429 }));
    return true;
  });
  return {
    url: proxy.url,
    get stats() {
      return {
        requests: proxy.seen.length,
        injected: fault.injected,
        forwarded: proxy.forwarded.map((r) => `${r.method} ${r.path.split("?")[0]}`),
      };
    },
    reset(rate) {
      proxy.seen.length = 0;
      proxy.forwarded.length = 0;
      Object.assign(fault, { rate, injected: 0, next: mulberry32(14) });
    },
    close: proxy.close,
  };
}

function kontext(url, credentials, args) {
  const started = performance.now();
  const child = spawn(process.execPath, [bin, ...args], {
    env: {
      PATH: process.env.PATH,
      KONTEXT_BASE_URL: url,
      KONTEXT_CLIENT_ID: credentials.clientId,
      KONTEXT_CLIENT_SECRET: credentials.clientSecret,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c) => {
    stdout += c;
  });
  child.stderr.on("data", (c) => {
    stderr += c;
  });
  return new Promise((resolve) =>
    child.on("close", (code) => resolve({ code, stdout, stderr, ms: performance.now() - started })),
  );
}

async function eachLimit(items, limit, work) {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

const sandbox = await startSandbox();
const proxy = await proxyTo(sandbox.url);
const direct = new KontextManagementClient({ baseUrl: sandbox.url, credentials: sandbox.credentials });
const yaml = (apps, integrations) =>
  [
    "integrations:",
    ...integrations.map((n) => `  - name: ${n}\n    url: https://${n.toLowerCase()}.example/mcp`),
    "applications:",
    ...apps.map(
      (a) =>
        `  - name: ${a.name}\n    oauth: { type: public, redirectUris: ["https://app.example/cb"] }\n    integrations: [${a.integrations.join(", ")}]`,
    ),
    "",
  ].join("\n");

try {
  // Plan over 1,000 applications that already match the file.
  const integrations = Array.from({ length: 10 }, (_, i) => `Tool${i}`);
  const ids = [];
  for (const name of integrations) {
    ids.push(
      (await direct.integrations.create({ name, url: `https://${name.toLowerCase()}.example/mcp` })).integration.id,
    );
  }
  const apps = Array.from({ length: 1000 }, (_, i) => ({
    name: `App${String(i).padStart(4, "0")}`,
    integrations: [integrations[i % 10], integrations[(i + 1) % 10]],
  }));
  await eachLimit(apps, 16, async (a, i) => {
    const { application } = await direct.applications.create({
      name: a.name,
      oauth: { type: "public", redirectUris: ["https://app.example/cb"] },
    });
    await direct.applications.setIntegrations(application.id, {
      integrationIds: a.integrations.map((n) => ids[integrations.indexOf(n)]),
    });
    void i;
  });
  const file = join(dir, "plan.yaml");
  writeFileSync(file, yaml(apps, integrations));
  proxy.reset(0);
  const plan = await kontext(proxy.url, sandbox.credentials, ["plan", "-f", file, "--detailed-exitcode"]);
  if (plan.code !== 0) throw new Error(`plan over 1,000 applications: exit ${plan.code}\n${plan.stdout}${plan.stderr}`);
  const planRequests = proxy.stats.requests;
  row(
    "kontext plan over 1,000 applications (no changes)",
    `${planRequests} requests (token + ${proxy.stats.forwarded.filter((r) => r.startsWith("GET /api/v1/applications")).length} application pages of 200 + integrations + service accounts), ${plan.ms.toFixed(0)} ms wall, process start included`,
    "≤ 9 requests",
    planRequests <= 9,
  );

  // Apply 200 applications with 2 attachments each, 5% of API requests answered 429.
  sandbox.reset();
  const small = apps.slice(0, 200);
  const applyFile = join(dir, "apply.yaml");
  writeFileSync(applyFile, yaml(small, integrations));
  proxy.reset(0.05);
  const applied = await kontext(proxy.url, sandbox.credentials, ["apply", "-f", applyFile, "--auto-approve"]);
  const stats = { ...proxy.stats };
  const listed = [];
  for await (const a of direct.applications.list({ limit: 200 })) listed.push(a);
  const names = new Set(listed.map((a) => a.name));
  const posts = stats.forwarded.filter((r) => r === "POST /api/v1/applications").length;
  const attached = listed.filter((a) => a.integrations.length === 2).length;
  proxy.reset(0);
  const after = await kontext(proxy.url, sandbox.credentials, ["plan", "-f", applyFile, "--detailed-exitcode"]);
  const ok = applied.code === 0 && listed.length === 200 && names.size === 200 && posts === 200 && attached === 200;
  row(
    "kontext apply: 200 applications × 2 attachments, 5% injected 429s",
    `${stats.requests} requests (${stats.injected} answered 429 and retried), ${applied.ms.toFixed(0)} ms wall; ${listed.length} applications, ${posts} creations forwarded, ${attached} with both attachments; plan after: exit ${after.code}`,
    "exit 0, 200 created once each, then no changes",
    ok && after.code === 0,
  );
  if (applied.code !== 0) console.log(applied.stderr.slice(0, 2000));
} finally {
  await proxy.close();
  await sandbox.close();
}
finish();
