// The in-process sandbox check in a runtime with a command line (Node, Bun, Deno): runs
// sandbox-smoke.mjs and prints the runtime's name and version and the results as one JSON line.
// It needs no network permission: nothing listens and nothing connects.
import { sandboxSmoke } from "./sandbox-smoke.mjs";

const runtime = globalThis.Deno
  ? `Deno ${globalThis.Deno.version.deno}`
  : globalThis.Bun
    ? `Bun ${globalThis.Bun.version}`
    : `Node ${process.version}`;
console.log(JSON.stringify({ runtime, ...(await sandboxSmoke()) }));
