// npm run demo: the complete example against a local Prism mock of openapi.yaml (no credentials
// needed), or against KONTEXT_BASE_URL with KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET when set.
import { spawnSync } from "node:child_process";
import { startPrism } from "./prism.mjs";
import { root, run } from "./run.mjs";

run("tsc", ["-p", "tsconfig.examples.json"]);

const real = process.env.KONTEXT_BASE_URL;
if (real && !(process.env.KONTEXT_CLIENT_ID && process.env.KONTEXT_CLIENT_SECRET)) {
  console.error("KONTEXT_BASE_URL is set: also set KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET");
  process.exit(1);
}
const prism = real ? undefined : await startPrism();
const env = real
  ? process.env
  : {
      ...process.env,
      KONTEXT_BASE_URL: prism.url,
      // The mock checks that Basic credentials are present, not what they are.
      KONTEXT_CLIENT_ID: "sa_00000000-0000-4000-8000-000000000000",
      KONTEXT_CLIENT_SECRET: "demo-secret",
    };
console.log(`Running examples/complete.ts against ${real ?? `a Prism mock of openapi.yaml at ${prism.url}`}\n`);
const result = spawnSync(process.execPath, [".tmp/examples/complete.js"], { cwd: root, stdio: "inherit", env });
await prism?.stop();
if (result.status !== 0) {
  console.error(`\nthe example failed (exit ${result.status})`);
  process.exit(result.status ?? 1);
}
console.log("\ndemo finished");
