// npm run bench:sandbox: what checking every request and answer against openapi.yaml costs the
// sandbox, in-process with ajv (the choice) and behind `prism proxy --errors` (the alternative).
// Measures the BUILT package. Prints a table; exits 0 (a report, not a gate).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startSandbox } from "../dist/src/sandbox/index.js";
import { loadSpec } from "../dist/src/sandbox/spec.js";
import { compileSpec } from "../dist/src/sandbox/validator.js";
import { freePort } from "../scripts/prism.mjs";
import { median } from "./stats.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const quick = process.argv.includes("--quick");
const rounds = quick ? 200 : 2000;

/** Median microseconds of `fn` over `n` runs (after a warm-up). */
async function time(n, fn) {
  for (let i = 0; i < Math.min(200, n); i++) await fn();
  const samples = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1000);
  }
  return median(samples);
}

const t0 = performance.now();
const sandbox = await startSandbox({ seed: true });
const startMs = performance.now() - t0;
const basic = Buffer.from(`${sandbox.credentials.clientId}:${sandbox.credentials.clientSecret}`).toString("base64");
async function bearerOf(url) {
  const res = await fetch(`${url}/oauth2/token`, {
    method: "POST",
    headers: { authorization: `Basic ${basic}`, "content-type": "application/x-www-form-urlencoded" },
    body: "grant_type=client_credentials",
  });
  return `Bearer ${(await res.json()).access_token}`;
}
const auth = await bearerOf(sandbox.url);
for (let i = 0; i < 48; i++) {
  await fetch(`${sandbox.url}/api/v1/applications`, {
    method: "POST",
    headers: { authorization: auth, "content-type": "application/json" },
    body: JSON.stringify({ name: `bench ${i}`, oauth: { type: "public", redirectUris: [] } }),
  });
}
const list = await (await fetch(`${sandbox.url}/api/v1/applications`, { headers: { authorization: auth } })).json();
const one = list.items[0];

// The validators alone, on the bodies the sandbox really sends and receives.
const compiled = compileSpec(await loadSpec());
const op = (id) => compiled.operations.find((o) => o.operationId === id);
const getApp = op("getApplication");
const listApps = op("listApplications");
const createApp = op("createApplication");
const createBody = { name: "x", oauth: { type: "confidential", redirectUris: ["https://a.example.com/cb"] } };
const validators = {
  "getApplication: path id + query + answer": () => {
    getApp.validatePath()({ id: one.id });
    getApp.validateQuery()({});
    getApp.validateResponse("200")({ application: one });
  },
  "createApplication: body + answer": () => {
    createApp.validateBody()(structuredClone(createBody));
    createApp.validateResponse("201")({ application: one, oauth: one.oauth });
  },
  "listApplications: query + answer of 50 applications": () => {
    listApps.validateQuery()({ limit: "50" });
    listApps.validateResponse("200")(list);
  },
};
const validatorUs = {};
for (const [name, fn] of Object.entries(validators)) validatorUs[name] = await time(rounds * 5, fn);

// Whole requests over loopback HTTP (keep-alive), in-process validation on.
async function roundTrips(url, authorization) {
  const get = () =>
    fetch(`${url}/api/v1/applications/${one.id}`, { headers: { authorization } }).then((r) => r.arrayBuffer());
  const page = () =>
    fetch(`${url}/api/v1/applications?limit=50`, { headers: { authorization } }).then((r) => r.arrayBuffer());
  return { get: await time(rounds, get), list: await time(rounds, page) };
}
const directAuth = await roundTrips(sandbox.url, auth);

// The same requests through `prism proxy --errors` in front of the sandbox.
const port = await freePort();
const prism = spawn(
  `${root}node_modules/.bin/prism`,
  ["proxy", "openapi.yaml", sandbox.url, "--errors", "-p", String(port), "-h", "127.0.0.1"],
  { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
);
const prismUrl = `http://127.0.0.1:${port}`;
const prismStart = performance.now();
for (;;) {
  try {
    await fetch(`${prismUrl}/api/v1/applications`);
    break;
  } catch {
    if (performance.now() - prismStart > 60_000) throw new Error("prism proxy did not start");
    await new Promise((r) => setTimeout(r, 200));
  }
}
const prismStartMs = performance.now() - prismStart;
const proxied = {
  get: await time(Math.max(50, rounds / 10), () =>
    fetch(`${prismUrl}/api/v1/applications/${one.id}`, { headers: { authorization: auth } }).then((r) =>
      r.arrayBuffer(),
    ),
  ),
  list: await time(Math.max(50, rounds / 10), () =>
    fetch(`${prismUrl}/api/v1/applications?limit=50`, { headers: { authorization: auth } }).then((r) =>
      r.arrayBuffer(),
    ),
  ),
};
const badLimit = await fetch(`${prismUrl}/api/v1/applications?limit=500`, { headers: { authorization: auth } });
prism.kill("SIGTERM");
await sandbox.close();

const rows = [
  ["Sandbox start (spec loaded, 3 ajv instances, validators compiled lazily)", `${startMs.toFixed(0)} ms`],
  ...Object.entries(validatorUs).map(([name, value]) => [`ajv, ${name}`, `${value.toFixed(1)} µs`]),
  ["Round trip, GET one application, in-process validation", `${directAuth.get.toFixed(0)} µs`],
  ["Round trip, GET a page of 50, in-process validation", `${directAuth.list.toFixed(0)} µs`],
  ["prism proxy --errors start", `${prismStartMs.toFixed(0)} ms`],
  ["Round trip through prism proxy --errors, GET one application", `${proxied.get.toFixed(0)} µs`],
  ["Round trip through prism proxy --errors, GET a page of 50", `${proxied.list.toFixed(0)} µs`],
  ["prism proxy's answer to limit=500", `${badLimit.status} (the API documents 400)`],
];
console.log(`\n| Measure (median, ${quick ? "quick" : `${rounds} rounds`}) | Figure |\n|---|---|`);
for (const [name, figure] of rows) console.log(`| ${name} | ${figure} |`);
