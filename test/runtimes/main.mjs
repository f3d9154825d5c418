// The Bun and Deno check: runs every smoke check and prints the results, with the runtime's name
// and version, as one JSON line. Usage: <runtime> main.mjs <base URL> <client id>
import { smoke } from "./smoke.mjs";

const [baseUrl, clientId] = globalThis.Deno ? globalThis.Deno.args : process.argv.slice(2);
const runtime = globalThis.Deno
  ? `Deno ${globalThis.Deno.version.deno}`
  : globalThis.Bun
    ? `Bun ${globalThis.Bun.version}`
    : `other ${globalThis.navigator?.userAgent}`;
console.log(JSON.stringify({ runtime, ...(await smoke(baseUrl, clientId)) }));
