// npm run demo: the complete example against a local sandbox of the API (stateful, checked against
// openapi.yaml, no credentials needed), or against KONTEXT_BASE_URL with KONTEXT_CLIENT_ID and
// KONTEXT_CLIENT_SECRET when set.
//
// Against a real organization the demo must not trip over what is already there, nor leave anything
// behind: it adds a run id to the names it creates, archives them at the end (`--keep` leaves them),
// and reports a failure in one line, exiting 1.
import { randomUUID } from "node:crypto";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { root } from "./run.mjs";

const USAGE = "usage: npm run demo [-- --keep]";

/** One line for an error: the SDK's class, status and message (never a stack or a secret). */
function oneLine(error) {
  const status = typeof error?.statusCode === "number" ? ` ${error.statusCode}` : "";
  return `${error?.name ?? "Error"}${status}: ${error?.message ?? String(error)}`.split("\n")[0];
}

function fail(line) {
  console.error(`demo failed: ${line}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== "--keep");
if (unknown.length > 0) fail(`unknown argument ${unknown[0]} (${USAGE})`);
const keep = args.includes("--keep");

const real = process.env.KONTEXT_BASE_URL;
if (real && !(process.env.KONTEXT_CLIENT_ID && process.env.KONTEXT_CLIENT_SECRET)) {
  fail("KONTEXT_BASE_URL is set: also set KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET");
}

// The example, the sandbox and the client straight from the sources, in about a second: no build
// (`npm test` builds and tests dist/), and no type-check (`npm run typecheck` covers examples/).
// The example imports the package by name, as an app does; here that name points at src/.
const out = `${root}.tmp/demo/`;
await build({
  entryPoints: ["examples/complete.ts", "src/sandbox/index.ts", "src/management.ts"].map((p) => `${root}${p}`),
  outbase: root,
  outdir: out,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  alias: { "@kontext-dev/js-sdk": `${root}src` },
  logLevel: "error",
});
const { KontextManagementClient } = await import(pathToFileURL(`${out}src/management.js`).href);
const { startSandbox } = await import(pathToFileURL(`${out}src/sandbox/index.js`).href);

const sandbox = real ? undefined : await startSandbox();
// Against a real organization the names carry a run id, so a second run (or an existing "GitHub")
// does not collide; the sandbox starts empty, so its run keeps the plain names.
const suffix = real ? ` (demo ${randomUUID().slice(0, 8)})` : "";
Object.assign(
  process.env,
  real
    ? { KONTEXT_DEMO_SUFFIX: suffix }
    : {
        KONTEXT_BASE_URL: sandbox.url,
        KONTEXT_CLIENT_ID: sandbox.credentials.clientId,
        KONTEXT_CLIENT_SECRET: sandbox.credentials.clientSecret,
      },
);
console.log(
  real
    ? `Running examples/complete.ts against ${real} (names end in "${suffix}")\n`
    : `Running examples/complete.ts against a local sandbox of the Kontext API at ${sandbox.url}\n` +
        "(in memory, empty at start, every request and answer checked against openapi.yaml)\n",
);

let failure;
try {
  await import(pathToFileURL(`${out}examples/complete.js`).href);
} catch (error) {
  failure = oneLine(error);
}

/** Archives every application and integration whose name carries this run's id; returns their names. */
async function archiveThisRun() {
  const client = new KontextManagementClient({
    baseUrl: real,
    credentials: { clientId: process.env.KONTEXT_CLIENT_ID, clientSecret: process.env.KONTEXT_CLIENT_SECRET },
  });
  const archived = [];
  for await (const app of client.applications.list()) {
    if (!app.name.endsWith(suffix) || app.archivedAt) continue;
    await client.applications.archive(app.id);
    archived.push(`application "${app.name}"`);
  }
  for await (const integration of client.integrations.list()) {
    if (!integration.name.endsWith(suffix)) continue;
    await client.integrations.archive(integration.id);
    archived.push(`integration "${integration.name}"`);
  }
  return archived;
}

if (real && !keep) {
  try {
    const archived = await archiveThisRun();
    if (archived.length > 0) console.log(`\nArchived what this run created: ${archived.join(", ")} (--keep leaves it)`);
  } catch (error) {
    failure ??= `archiving what this run created: ${oneLine(error)}`;
  }
}

const violations = sandbox?.violations ?? [];
await sandbox?.close();
if (failure) fail(failure);
if (violations.length > 0) {
  console.error(`\nthe sandbox sent answers that break openapi.yaml:\n${violations.join("\n")}`);
  process.exit(1);
}
console.log(
  real
    ? "\ndemo finished"
    : "\ndemo finished: the sandbox has stopped, and what the example created is gone with it.\n" +
        "To run it against your organization: KONTEXT_BASE_URL=https://api.kontext.security KONTEXT_CLIENT_ID=sa_… KONTEXT_CLIENT_SECRET=… npm run demo",
);
