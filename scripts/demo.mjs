// npm run demo: the complete example against a local sandbox of the API (stateful, checked against
// openapi.yaml, no credentials needed), or against KONTEXT_BASE_URL with KONTEXT_CLIENT_ID and
// KONTEXT_CLIENT_SECRET when set. `npm run build` runs first (package.json), so dist/ is fresh.
import { spawn } from "node:child_process";
import { startSandbox } from "../dist/src/sandbox/index.js";
import { root, run } from "./run.mjs";

run("tsc", ["-p", "tsconfig.examples.json"]);

const real = process.env.KONTEXT_BASE_URL;
if (real && !(process.env.KONTEXT_CLIENT_ID && process.env.KONTEXT_CLIENT_SECRET)) {
  console.error("KONTEXT_BASE_URL is set: also set KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET");
  process.exit(1);
}
const sandbox = real ? undefined : await startSandbox();
const env = real
  ? process.env
  : {
      ...process.env,
      KONTEXT_BASE_URL: sandbox.url,
      KONTEXT_CLIENT_ID: sandbox.credentials.clientId,
      KONTEXT_CLIENT_SECRET: sandbox.credentials.clientSecret,
    };
console.log(
  real
    ? `Running examples/complete.ts against ${real}\n`
    : `Running examples/complete.ts against a local sandbox of the Kontext API at ${sandbox.url}\n` +
        "(in memory, empty at start, every request and answer checked against openapi.yaml)\n",
);
// The example runs in its own process, as an app would; the sandbox answers from this one (so the
// child is awaited, not run with spawnSync, which would stop this process from answering).
const child = await new Promise((resolve) => {
  spawn(process.execPath, [".tmp/examples/complete.js"], { cwd: root, stdio: "inherit", env }).on("exit", (status) =>
    resolve({ status }),
  );
});
const violations = sandbox?.violations ?? [];
await sandbox?.close();
if (child.status !== 0) {
  console.error(`\nthe example failed (exit ${child.status})`);
  process.exit(child.status ?? 1);
}
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
