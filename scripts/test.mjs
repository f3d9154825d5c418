// npm test: spec lint, drift checks (generated/, x-codeSamples and the README method table), type-check, build, Chromium for the docs test if missing
// (scripts/chromium.mjs), then vitest; ends with "N passed, N failed".

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { ensureChromium } from "./chromium.mjs";
import { tally } from "./report.mjs";
import { root, run } from "./run.mjs";

const steps = [
  ["lint:spec", () => run("npm", ["run", "--silent", "lint:spec"])],
  ["lint", () => run("biome", ["check", "."])],
  ["check:generated", () => run("node", ["scripts/generate.mjs", "--check"])],
  ["check:variants", () => run("node", ["scripts/variants.mjs", "--check"])],
  ["check:breaking", () => run("node", ["scripts/check-breaking.mjs"])],
  ["check:samples", () => run("node", ["scripts/samples.mjs", "--check"])],
  ["check:config-schema", () => run("node", ["scripts/config-schema.mjs", "--check"])],
  ["typecheck", () => run("tsc", ["-p", "tsconfig.json"])],
  ["build", () => run("node", ["scripts/build.mjs"])],
];
for (const [name, step] of steps) {
  console.log(`\n> ${name}`);
  step();
}

ensureChromium();
mkdirSync(`${root}.tmp`, { recursive: true });
const report = `${root}.tmp/vitest.json`;
rmSync(report, { force: true });
const args = ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(2)];
console.log(`\n> vitest ${args.join(" ")}`);
const result = spawnSync(`${root}node_modules/.bin/vitest`, args, { cwd: root, stdio: "inherit" });
if (!existsSync(report)) {
  console.error("vitest wrote no report");
  console.log("0 passed, 1 failed");
  process.exit(1);
}
const { passed, failed, skipped } = tally(report);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(result.status === 0 && failed === 0 && passed > 0 ? 0 : 1);
