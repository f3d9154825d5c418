// npm run bench:sandbox: what the in-process sandbox (createSandbox) costs against the same
// sandbox over loopback HTTP (startSandbox), measured on the BUILT package, each as a ratio within
// one run, with its spread (min–max over the rounds). The goals (issue 18):
//   1. one call through createSandbox().fetch ≤ 0.2× the same call over loopback HTTP;
//   2. a fresh process importing the sandbox, creating one and answering one call ≤ 1.5× a fresh
//      process importing ./management and making one call to a loopback server;
//   3. in one process, a new sandbox plus its first answered call ≤ 10× a later call.
// Prints a table; exits 0 (a report, not a gate). --quick: fewer rounds.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { KontextManagementClient } from "../dist/src/management.js";
import { createSandbox, startSandbox } from "../dist/src/sandbox/index.js";
import { median, startupSamples, summary } from "./stats.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const quick = process.argv.includes("--quick");
const rounds = quick ? 5 : 15;
const calls = quick ? 100 : 400;
const fmt = (x, digits = 2) => x.toFixed(digits);
const spread = (s, digits = 2) => `${fmt(s.median, digits)} (${fmt(s.min, digits)}–${fmt(s.max, digits)})`;

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Median milliseconds of one `fn` call over `n` calls. */
async function perCall(n, fn) {
  const samples = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

// 1. Per call: client.applications.get of one application, in process and over loopback HTTP.
const inProcess = createSandbox({ seed: true });
const overHttp = await startSandbox({ seed: true });
const clientOf = (sandbox) =>
  new KontextManagementClient({ baseUrl: sandbox.url, credentials: sandbox.credentials, fetch: sandbox.fetch });
const pairs = [inProcess, overHttp].map((sandbox) => ({ sandbox, client: clientOf(sandbox) }));
for (const pair of pairs) {
  pair.id = (await pair.client.applications.list()).items[0].id;
  await perCall(calls, () => pair.client.applications.get(pair.id)); // warm-up
}
const callRatios = [];
const callMs = { inProcess: [], overHttp: [] };
for (let r = 0; r < rounds; r++) {
  const [a, b] = pairs;
  const msA = await perCall(calls, () => a.client.applications.get(a.id));
  const msB = await perCall(calls, () => b.client.applications.get(b.id));
  callMs.inProcess.push(msA);
  callMs.overHttp.push(msB);
  callRatios.push(msA / msB);
}

// 3. In one process: a new sandbox, a new client and its first list() (token request + call), against
// a later list() on a warm client. Each first call is one sub-millisecond sample, which on a shared
// machine mostly measures waiting for a CPU: this measure counts the CPU time the process spent
// (process.cpuUsage), a later call as the mean of 20.
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const firstMs = [];
const laterMs = [];
for (let r = -20; r < rounds * 20; r++) {
  const t = cpuMs();
  const sandbox = createSandbox();
  const client = clientOf(sandbox);
  await client.applications.list();
  const t1 = cpuMs();
  for (let i = 0; i < 20; i++) await client.applications.list();
  if (r < 0) continue; // warm-up
  firstMs.push(t1 - t);
  laterMs.push((cpuMs() - t1) / 20);
}
await overHttp.close();

// 2. Fresh processes: the loopback server runs in its own process (kontext-sandbox), so that the
// samples, taken one process at a time, never wait on this one.
const server = spawn(process.execPath, [`${root}dist/src/sandbox/bin.js`], { stdio: ["ignore", "pipe", "inherit"] });
const banner = await new Promise((resolve, reject) => {
  let out = "";
  server.stdout.on("data", (chunk) => {
    out += chunk;
    if (out.includes("Press Ctrl-C")) resolve(out);
  });
  server.on("exit", (code) => reject(new Error(`kontext-sandbox exited ${code}`)));
});
for (const name of ["KONTEXT_BASE_URL", "KONTEXT_CLIENT_ID", "KONTEXT_CLIENT_SECRET"]) {
  process.env[name] = new RegExp(`${name}=(\\S+)`).exec(banner)[1];
}
const script = (code) => ["--input-type=module", "-e", code];
const startup = startupSamples(
  process.execPath,
  {
    sandbox: script(`import { KontextManagementClient } from "${root}dist/src/management.js";
import { createSandbox } from "${root}dist/src/sandbox/index.js";
const sandbox = createSandbox();
const client = new KontextManagementClient({ baseUrl: sandbox.url, credentials: sandbox.credentials, fetch: sandbox.fetch });
await client.applications.list();`),
    loopback: script(`import { KontextManagementClient } from "${root}dist/src/management.js";
const env = process.env;
const client = new KontextManagementClient({ baseUrl: env.KONTEXT_BASE_URL, credentials: { clientId: env.KONTEXT_CLIENT_ID, clientSecret: env.KONTEXT_CLIENT_SECRET } });
await client.applications.list();`),
  },
  { runs: quick ? 7 : 21, cwd: root },
);
server.kill("SIGTERM");

const callRatio = summary(callRatios);
const first = summary(firstMs);
const later = summary(laterMs);
const startupRatio = startup.sandbox.median / startup.loopback.median;
const rows = [
  [
    "1. client.applications.get: createSandbox().fetch ÷ startSandbox() over loopback HTTP (goal ≤ 0.2)",
    `${spread(callRatio)}×`,
    `${spread(summary(callMs.inProcess), 3)} ms ÷ ${spread(summary(callMs.overHttp), 3)} ms`,
  ],
  [
    "2. Fresh process: import + createSandbox + list() ÷ import ./management + list() to a loopback server (goal ≤ 1.5)",
    `${fmt(startupRatio)}× (${fmt(startup.sandbox.min / startup.loopback.max)}–${fmt(startup.sandbox.max / startup.loopback.min)})`,
    `${spread(startup.sandbox, 0)} ms ÷ ${spread(startup.loopback, 0)} ms`,
  ],
  [
    "3. New createSandbox() + client + first list() ÷ a later list(), CPU time (goal ≤ 10)",
    `${fmt(first.median / later.median)}× (quartiles ${fmt(quantile(firstMs, 0.25) / later.median)}–${fmt(quantile(firstMs, 0.75) / later.median)})`,
    `${spread(first, 3)} ms ÷ ${spread(later, 3)} ms`,
  ],
];
console.log(
  `\n| Measure (median, min–max; ${rounds} rounds${quick ? ", quick" : ""}) | Ratio | Times |\n|---|---|---|`,
);
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
