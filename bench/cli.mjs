// The `kontext` bin's start-up: `kontext --version` and `kontext --help` against `node -e 0`, fresh
// processes, interleaved. Used by bench/run.mjs; `node bench/cli.mjs [--quick]` runs it alone
// (after npm run build).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { summary } from "./stats.mjs";

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
  const names = Object.keys(variants);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  const runs = quick ? 8 : 40;
  for (let i = -2; i < runs; i++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + 2 + k) % names.length];
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, variants[name], { cwd: root, stdio: "ignore" });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (result.status !== 0) throw new Error(`node ${variants[name].join(" ")} exited ${result.status}`);
      if (i >= 0) samples[name].push(ms); // the first two rounds warm the file cache
    }
  }
  const stats = Object.fromEntries(names.map((name) => [name, summary(samples[name])]));
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
