// node bench/startup.mjs [--quick] (after npm run build): start-up of fresh processes, interleaved
// round by round, against `node -e 0`. Goal: importing ./management ≤ 1.30×. Reported: the `kontext`
// bin's --version, --help and a --dry-run call (its modules load lazily: --version loads neither the
// client nor the spec).
import { fileURLToPath } from "node:url";
import { finish, row, startupSamples, x } from "./stats.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = `${root}dist/src/cli/bin.js`;
const variants = {
  "node -e 0": ["-e", "0"],
  "node --input-type=module -e 0": ["--input-type=module", "-e", "0"],
  'import("openapi-fetch")': ["--input-type=module", "-e", 'await import("openapi-fetch")'],
  'import("@kontext-dev/js-sdk/management")': [
    "--input-type=module",
    "-e",
    'await import("@kontext-dev/js-sdk/management")',
  ],
  "kontext --version": [bin, "--version"],
  "kontext --help": [bin, "--help"],
  "kontext applications get x --dry-run": [bin, "applications", "get", "x", "--dry-run"],
};

const runs = process.argv.includes("--quick") ? 8 : 40;
console.log(`Start-up: ${runs} fresh processes per variant, interleaved`);
const stats = startupSamples(process.execPath, variants, { runs, cwd: root });
const base = stats["node -e 0"].median;
for (const [name, s] of Object.entries(stats)) {
  console.log(
    `        ${name.padEnd(42)} min ${s.min.toFixed(1)} ms  median ${s.median.toFixed(1)} ms  max ${s.max.toFixed(1)} ms  ${x(s.median / base)}`,
  );
}
const sdk = stats['import("@kontext-dev/js-sdk/management")'].median;
row(
  "import ./management / node -e 0",
  `${x(sdk / base)} (${sdk.toFixed(1)} ms vs ${base.toFixed(1)} ms)`,
  "≤ 1.30×",
  sdk / base <= 1.3,
);
const version = stats["kontext --version"].median;
row("kontext --version / node -e 0", `${x(version / base)} (${version.toFixed(1)} ms vs ${base.toFixed(1)} ms)`);
finish();
