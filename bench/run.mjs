// npm run bench: every question's runner, one after the other, each in its own process on the BUILT
// package (npm run bench builds first). Each prints its figures with their spread and exits 1 when it
// misses a goal; this prints which did. Run one alone with `node bench/<runner>.mjs`.
//   size.mjs          gzipped ./management with openapi-fetch (≤ 11.5 kB; npm test enforces it)
//   startup.mjs       import ./management against node -e 0 (≤ 1.30×); kontext's start-up
//   tokens.mjs        1,000 concurrent first calls of a cold client share one token request
//   pagination.mjs    for await against the same listing paged by hand (≤ 1.10× time and RSS)
//   config.mjs        kontext plan over 1,000 applications, apply under injected 429s
//   sandbox.mjs       createSandbox() against startSandbox() (issue 18's three ratios)
//   instructions.mjs  instructions per call against openapi-fetch + AbortSignal (≤ 1.05×; needs
//                     valgrind, about 10 minutes: `--no-instructions` skips it)
// `--quick`: fewer rounds where a runner takes them, and 300 counted calls instead of 1,000.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const quick = process.argv.includes("--quick");
const runners = [
  ["size.mjs"],
  ["startup.mjs", quick && "--quick"],
  ["tokens.mjs"],
  ["pagination.mjs", quick && "--quick"],
  ["config.mjs"],
  ["sandbox.mjs", quick && "--quick"],
  ...(process.argv.includes("--no-instructions") ? [] : [["instructions.mjs", quick && "--calls", quick && "300"]]),
].map((args) => args.filter(Boolean));

const started = Date.now();
const results = [];
for (const [file, ...args] of runners) {
  console.log(`\n> node bench/${file} ${args.join(" ")}`.trimEnd());
  const { status } = spawnSync(process.execPath, [fileURLToPath(new URL(file, import.meta.url)), ...args], {
    stdio: "inherit",
  });
  results.push([file, status]);
}
console.log(`\nbench: ${Math.round((Date.now() - started) / 1000)} s`);
for (const [file, status] of results) console.log(`  ${status === 0 ? "ok  " : "FAIL"}  bench/${file}`);
process.exitCode = results.some(([, status]) => status !== 0) ? 1 : 0;
