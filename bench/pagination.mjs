// node bench/pagination.mjs [--quick] (after npm run build): `for await` over 100,000 applications in
// pages of 100 against the same listing paged by hand with openapi-fetch and a fresh AbortSignal per
// page, each run in a fresh process
// (bench/paginate.mjs), the two interleaved, against the bench server in its own process. Goals:
// ≤ 1.10× the time per page and ≤ 1.10× the peak RSS growth. One more run of each with a full GC
// after every page reports what the listing keeps, apart from how far V8 lets its heap grow.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startBenchServer } from "./server.mjs";
import { finish, row, summary, x } from "./stats.mjs";

const child = fileURLToPath(new URL("paginate.mjs", import.meta.url));
const runs = process.argv.includes("--quick") ? 2 : 7;
const us = (value) => `${value.toFixed(1)} µs`;

const server = await startBenchServer();
/** One listing in a fresh process: { items, pages, msPerPage, growthMB, … }. */
function listing(variant, ...flags) {
  const result = spawnSync(process.execPath, ["--expose-gc", child, String(server.port), variant, ...flags], {
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`paginate.mjs ${variant} failed:\n${result.stderr}`);
  const run = JSON.parse(result.stdout.trim().split("\n").at(-1));
  if (run.items !== 100_000 || run.pages !== 1_000) throw new Error(`incomplete listing: ${JSON.stringify(run)}`);
  return run;
}

console.log(`Pagination: 100,000 applications over 1,000 pages of 100, ${runs} fresh processes per variant`);
const timed = { sdk: [], "openapi-fetch": [] };
let collected;
try {
  for (let i = 0; i < runs; i++) {
    for (const variant of i % 2 ? ["openapi-fetch", "sdk"] : ["sdk", "openapi-fetch"])
      timed[variant].push(listing(variant));
  }
  collected = { sdk: listing("sdk", "--gc"), "openapi-fetch": listing("openapi-fetch", "--gc") };
} finally {
  server.stop();
}
const perPage = (variant) => summary(timed[variant].map((run) => run.msPerPage * 1e3));
const sdk = perPage("sdk");
const raw = perPage("openapi-fetch");
row(
  "time per page, for await / hand-written cursor loop over openapi-fetch",
  `${x(sdk.median / raw.median)} (medians ${us(sdk.median)} vs ${us(raw.median)}; for await ${us(sdk.min)}–${us(sdk.max)}, loop ${us(raw.min)}–${us(raw.max)})`,
  "≤ 1.10×",
  sdk.median / raw.median <= 1.1,
);
const growth = (variant) => summary(timed[variant].map((run) => run.growthMB));
const sdkMB = growth("sdk");
const rawMB = growth("openapi-fetch");
const mb = (s) => `${s.median.toFixed(1)} MB (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
row(
  "peak RSS growth, for await / hand-written loop",
  `${x(sdkMB.median / rawMB.median)} (medians ${mb(sdkMB)} vs ${mb(rawMB)})`,
  "≤ 1.10×",
  sdkMB.median / rawMB.median <= 1.1,
);
row(
  "peak RSS growth with a full GC after each page, for await / hand-written loop",
  `${collected.sdk.growthMB.toFixed(1)} MB vs ${collected["openapi-fetch"].growthMB.toFixed(1)} MB`,
);
finish();
