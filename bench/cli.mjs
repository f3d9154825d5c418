// The `kontext` bin's start-up: `kontext --version` and `kontext --help` against `node -e 0`, fresh
// processes, interleaved. Used by bench/run.mjs; `node bench/cli.mjs [--quick]` runs it alone
// (after npm run build).
import { fileURLToPath } from "node:url";
import { startupSamples } from "./stats.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = `${root}dist/src/cli/bin.js`;

/** Median start-up of each variant, and `kontext --version` over `node -e 0`. */
export function measureCliStartup({ quick = false } = {}) {
  const variants = {
    "node -e 0": ["-e", "0"],
    "kontext --version": [bin, "--version"],
    "kontext --help": [bin, "--help"],
    "kontext applications get --dry-run": [bin, "applications", "get", "x", "--dry-run"],
  };
  const stats = startupSamples(process.execPath, variants, { runs: quick ? 8 : 40, cwd: root });
  return { stats, ratio: stats["kontext --version"].median / stats["node -e 0"].median };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { stats, ratio } = measureCliStartup({ quick: process.argv.includes("--quick") });
  for (const [name, s] of Object.entries(stats)) {
    console.log(
      `${name.padEnd(36)} min ${s.min.toFixed(1)} ms  median ${s.median.toFixed(1)} ms  max ${s.max.toFixed(1)} ms`,
    );
  }
  console.log(`kontext --version / node -e 0: ${ratio.toFixed(3)}×`);
}
