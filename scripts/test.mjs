// npm test: spec lint, drift checks (generated/, x-codeSamples and the README method table), type-check, build, the size
// budget of ./management (bench/size.mjs; over it, the run goes on but ends failed), Chromium for the docs test if missing
// (scripts/chromium.mjs), the runtime matrix's binaries if missing (scripts/runtimes.mjs), one `npm pack` shared by
// every test that installs the package (scripts/pack.mjs), then vitest on every core; ends with "N passed, N failed".

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { ensureChromium } from "./chromium.mjs";
import { pack } from "./pack.mjs";
import { tally } from "./report.mjs";
import { root, runAll } from "./run.mjs";
import { ensureRuntimes } from "./runtimes.mjs";

const started = performance.now();
/** Seconds since npm test started, for the phase headings. */
const at = () => `(at ${((performance.now() - started) / 1000).toFixed(1)} s)`;

// The type-check, the checks one after the other, and the build, all at once: none reads what another
// writes, and together they keep both cores busy.
await runAll([
  // Incremental: a second run re-checks only what changed (.tmp/ keeps what the first one learnt).
  ["typecheck", "tsc", ["-p", "tsconfig.json", "--incremental", "--tsBuildInfoFile", ".tmp/typecheck.tsbuildinfo"]],
  ["build", "node", ["scripts/build.mjs", "--typechecked"]],
  [
    "lint:spec, lint, check:generated, check:variants, check:breaking, check:samples, check:config-schema",
    "sh",
    [
      "-c",
      [
        "npm run --silent lint:spec",
        "biome check .",
        "node scripts/generate.mjs --check",
        "node scripts/variants.mjs --check",
        "node scripts/check-breaking.mjs",
        "node scripts/samples.mjs --check",
        "node scripts/config-schema.mjs --check",
      ].join(" && "),
    ],
  ],
]);
console.log(`\n> size (bench/size.mjs) ${at()}`);
// Over budget the tests still run, so one run shows everything; the closing line counts it as a failure.
const sizeFailed = spawnSync(process.execPath, ["bench/size.mjs"], { cwd: root, stdio: "inherit" }).status !== 0;
const SIZE_FAILED = "size check FAILED: ./management is over its gzip budget (bench/size.mjs, above)";

ensureChromium();
try {
  ensureRuntimes();
} catch (error) {
  // test/runtimes tries again and fails with the same message; the rest of the suite still runs.
  console.log(`> runtimes: ${error.message}`);
}
mkdirSync(`${root}.tmp`, { recursive: true });
console.log(`\n> npm pack (once, for every test that installs the package) ${at()}`);
rmSync(`${root}.tmp/pack`, { recursive: true, force: true });
pack(`${root}.tmp/pack`);
const report = `${root}.tmp/vitest.json`;
rmSync(report, { force: true });
const args = ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(2)];
console.log(`\n> vitest ${args.join(" ")} ${at()}`);
const result = spawnSync(`${root}node_modules/.bin/vitest`, args, {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, KONTEXT_PACKED: `${root}.tmp/pack/packed.json` },
});
if (!existsSync(report)) {
  console.error("vitest wrote no report");
  if (sizeFailed) console.error(SIZE_FAILED);
  console.log(`0 passed, ${sizeFailed ? 2 : 1} failed`);
  process.exit(1);
}
const { passed, failed: failedTests, skipped } = tally(report);
const failed = failedTests + (sizeFailed ? 1 : 0);
if (sizeFailed) console.error(`\n${SIZE_FAILED}`);
console.log(`\nnpm test took ${((performance.now() - started) / 1000).toFixed(0)} s`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(result.status === 0 && failed === 0 && passed > 0 ? 0 : 1);
