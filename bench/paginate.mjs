// One listing of bench/pagination.mjs, in a fresh process: node --expose-gc bench/paginate.mjs <port> <sdk|openapi-fetch> [--gc].
// Iterates 100,000 applications over 1,000 pages of 100, samples the RSS on every page and prints JSON.
// With --gc, a full GC follows every sample, so the peak is what the listing keeps plus one page of garbage
// rather than how far V8 lets the young generation grow (which is the same for any code at this rate).
import { KontextManagementClient } from "@kontext-dev/js-sdk/management";
import createClient from "openapi-fetch";
import { ACCESS_TOKEN, CREDENTIALS } from "./fixtures.mjs";

const [port, variant] = process.argv.slice(2);
const collect = process.argv.includes("--gc");
const origin = `http://127.0.0.1:${port}`;
const LIMIT = 100;
const headers = { accept: "application/json", authorization: `Bearer ${ACCESS_TOKEN}` };

const client = new KontextManagementClient({ baseUrl: origin, credentials: CREDENTIALS });
const openapi = createClient({ baseUrl: origin, headers });

let items = 0;
let pages = 0;
let peak = 0;
let lastId = "";
const sample = () => {
  const rss = process.memoryUsage.rss();
  if (rss > peak) peak = rss;
  if (collect) globalThis.gc();
};

async function withSdk() {
  for await (const app of client.applications.list({ limit: LIMIT })) {
    lastId = app.id;
    if (++items % LIMIT === 0) {
      pages++;
      sample();
    }
  }
}

// The same listing paged by hand with openapi-fetch and a fresh AbortSignal per page, as a user
// whose timeouts really abort would write it (the floor of bench/variants.mjs): the baseline of bench/pagination.mjs.
async function withOpenapiFetch() {
  let cursor;
  do {
    const query = cursor ? { limit: LIMIT, cursor } : { limit: LIMIT };
    const { data, error } = await openapi.GET("/api/v1/applications", {
      params: { query },
      signal: new AbortController().signal,
    });
    if (error) throw new Error(`error ${JSON.stringify(error)}`);
    for (const app of data.items) {
      lastId = app.id;
      items++;
    }
    pages++;
    sample();
    cursor = data.nextCursor;
  } while (cursor);
}

const run = { sdk: withSdk, "openapi-fetch": withOpenapiFetch }[variant];
// Warm-up outside the measurement: a token, a connection and JIT for one short listing.
await client.applications.list({ limit: 1 });
await openapi.GET("/api/v1/applications", { params: { query: { limit: 1 } } });
globalThis.gc?.();
globalThis.gc?.();
const before = process.memoryUsage.rss();
peak = before;
const start = process.hrtime.bigint();
await run();
const ms = Number(process.hrtime.bigint() - start) / 1e6;
process.stdout.write(
  `${JSON.stringify({ variant, items, pages, lastId, ms, msPerPage: ms / pages, rssBefore: before, rssPeak: peak, growthMB: (peak - before) / 2 ** 20 })}\n`,
);
