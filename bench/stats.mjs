// What the bench runners share: small statistics, the start-up sampler, and how a result is printed.
import { spawnSync } from "node:child_process";

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** { min, median, max } of a list of samples, plus how many there were. */
export function summary(values) {
  return { min: Math.min(...values), median: median(values), max: Math.max(...values), n: values.length };
}

/**
 * Start-up of fresh processes, one per variant (`node` + its arguments), interleaved round by round;
 * the first two rounds only warm the file cache. Returns the summary of each variant.
 */
export function startupSamples(node, variants, { runs, cwd }) {
  const names = Object.keys(variants);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let i = -2; i < runs; i++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + 2 + k) % names.length];
      const start = process.hrtime.bigint();
      const result = spawnSync(node, variants[name], { cwd, stdio: "ignore" });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (result.status !== 0) throw new Error(`node ${variants[name].join(" ")} exited ${result.status}`);
      if (i >= 0) samples[name].push(ms);
    }
  }
  return Object.fromEntries(names.map((name) => [name, summary(samples[name])]));
}

let failures = 0;

/** Prints one result: PASS or FAIL against its goal, or the figure alone when it has none. */
export function row(name, figure, goal, pass) {
  if (pass === false) failures++;
  const verdict = pass === undefined ? "    " : pass ? "PASS" : "FAIL";
  console.log(`  ${verdict}  ${name}: ${figure}${goal ? ` (goal ${goal})` : ""}`);
}

/** Ends a runner: exit status 1 when a row missed its goal. */
export function finish() {
  process.exitCode = failures ? 1 : 0;
}

export const x = (ratio) => `${ratio.toFixed(3)}×`;
