// Rows 1 and 2, run in a child process (node --expose-gc bench/calls.mjs <port>); prints JSON on stdout.
// Per-call overhead: six ways of making the same GET, interleaved round by round (rotating which goes first),
// each round a batch of sequential calls or of calls kept 64 in flight; then the cold-client token row.
import { KontextManagementClient } from "@kontext-dev/js-sdk/management";
import { APP_ID, CREDENTIALS } from "./fixtures.mjs";
import { median, summary } from "./stats.mjs";
import { callVariants } from "./variants.mjs";

const port = Number(process.argv[2]);
const quick = process.argv.includes("--quick");
const origin = `http://127.0.0.1:${port}`;
const variants = callVariants(origin);
const names = Object.keys(variants);

async function sequential(fn, calls) {
  for (let i = 0; i < calls; i++) await fn();
}

async function concurrent(fn, calls, width) {
  let left = calls;
  const worker = async () => {
    while (left-- > 0) await fn();
  };
  await Promise.all(Array.from({ length: width }, worker));
}

/** Median µs per call of each variant over `rounds` interleaved rounds of `calls` calls. */
async function measure(mode, rounds, calls) {
  const run = mode === "sequential" ? (fn) => sequential(fn, calls) : (fn) => concurrent(fn, calls, 64);
  for (const name of names) await run(variants[name]); // warm-up: JIT, sockets, token
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    globalThis.gc?.();
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length];
      const start = process.hrtime.bigint();
      await run(variants[name]);
      samples[name].push(Number(process.hrtime.bigint() - start) / 1e3 / calls);
    }
  }
  const base = summary(samples.fetch).median;
  return Object.fromEntries(
    names.map((name) => {
      const s = summary(samples[name]);
      // Also the median of per-round ratios: each round's variants ran seconds apart, so it cancels slow drift.
      const paired = median(samples[name].map((value, round) => value / samples.fetch[round]));
      return [name, { ...s, ratio: s.median / base, pairedRatio: paired, samples: samples[name] }];
    }),
  );
}

async function tokenRow() {
  await fetch(`${origin}/__bench/reset`, { method: "POST" }).then((r) => r.text());
  const cold = new KontextManagementClient({ baseUrl: origin, credentials: CREDENTIALS });
  const results = await Promise.allSettled(Array.from({ length: 1_000 }, () => cold.applications.get(APP_ID)));
  const failed = results.filter((r) => r.status === "rejected");
  const { tokenRequests } = await fetch(`${origin}/__bench/stats`).then((r) => r.json());
  return {
    calls: results.length,
    succeeded: results.length - failed.length,
    tokenRequests,
    firstError: failed[0] ? String(failed[0].reason) : undefined,
  };
}

const out = {
  tokens: await tokenRow(),
  sequential: await measure("sequential", quick ? 8 : 60, quick ? 50 : 100),
  concurrent: await measure("concurrent", quick ? 8 : 40, quick ? 320 : 640),
};
process.stdout.write(`${JSON.stringify(out)}\n`);
