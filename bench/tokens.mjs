// node bench/tokens.mjs (after npm run build): 1,000 concurrent first calls of a cold client against
// the bench server (in its own process). Goal: they share one token request, and all succeed.
import { KontextManagementClient } from "@kontext-dev/js-sdk/management";
import { APP_ID, CREDENTIALS } from "./fixtures.mjs";
import { startBenchServer } from "./server.mjs";
import { finish, row } from "./stats.mjs";

const server = await startBenchServer();
try {
  await fetch(`${server.origin}/__bench/reset`, { method: "POST" }).then((r) => r.text());
  const cold = new KontextManagementClient({ baseUrl: server.origin, credentials: CREDENTIALS });
  const results = await Promise.allSettled(Array.from({ length: 1_000 }, () => cold.applications.get(APP_ID)));
  const failed = results.filter((r) => r.status === "rejected");
  const { tokenRequests } = await fetch(`${server.origin}/__bench/stats`).then((r) => r.json());
  row(
    "1,000 concurrent first calls on a cold client",
    `${tokenRequests} token request${tokenRequests === 1 ? "" : "s"}, ${results.length - failed.length}/${results.length} calls succeeded${failed[0] ? ` (first error: ${failed[0].reason})` : ""}`,
    "1 token request",
    tokenRequests === 1 && failed.length === 0,
  );
} finally {
  server.stop();
}
finish();
