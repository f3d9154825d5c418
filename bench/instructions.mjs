// node bench/instructions.mjs: per-call cost as instructions counted by valgrind's callgrind, which do not
// move with the machine's load the way times do on a shared 2-core machine. Each variant runs twice in a
// fresh `node` under callgrind (300 warm-up calls, then 0 or 1,000 measured sequential calls against the
// bench server in its own process); the difference over 1,000 is the instructions per call, JIT and GC
// included. Repeats within about 0.5%. One bias: timers fire by the wall clock and a call is ~50× slower
// under valgrind, so the client's 10 ms deadline ticker is counted far more often per call than at full
// speed. Not part of `npm run bench` (about 7 minutes); needs valgrind (`apt-get install valgrind`).
import { fork, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { callVariants } from "./variants.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const VARIANTS = ["fetch", "fetch + AbortSignal", "client.applications.get"];
const WARM_UP = 300;
const CALLS = 1_000;

if (process.argv[2] === "--child") {
  const [, , , port, variant, count] = process.argv;
  const call = callVariants(`http://127.0.0.1:${port}`)[variant];
  for (let i = 0; i < WARM_UP + Number(count); i++) await call();
} else {
  if (spawnSync("valgrind", ["--version"]).status !== 0) {
    console.log("valgrind is not installed; skipping the instruction counts");
    process.exit(0);
  }
  const server = fork(`${here}server.mjs`, { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const port = await new Promise((resolve) => server.once("message", (message) => resolve(message.port)));
  const instructions = (variant, count) => {
    const result = spawnSync(
      "valgrind",
      [
        "--tool=callgrind",
        "--smc-check=all-non-file", // V8 writes machine code at run time
        "--callgrind-out-file=/dev/null",
        process.execPath,
        fileURLToPath(import.meta.url),
        "--child",
        String(port),
        variant,
        String(count),
      ],
      { encoding: "utf8" },
    );
    const collected = result.stderr.match(/Collected\s*:\s*(\d+)/)?.[1];
    if (result.status !== 0 || collected === undefined) throw new Error(`callgrind run failed:\n${result.stderr}`);
    return Number(collected);
  };
  const perCall = {};
  try {
    for (const variant of VARIANTS) {
      perCall[variant] = (instructions(variant, CALLS) - instructions(variant, 0)) / CALLS;
    }
  } finally {
    server.disconnect();
  }
  const k = (n) => `${(n / 1000).toFixed(0)} k`;
  for (const variant of VARIANTS) {
    const ratio = perCall[variant] / perCall.fetch;
    const overFloor = perCall[variant] / perCall["fetch + AbortSignal"];
    console.log(
      `${variant.padEnd(24)} ${k(perCall[variant]).padStart(8)} instructions per call  ${ratio.toFixed(3)}× fetch  ${overFloor.toFixed(3)}× fetch + AbortSignal`,
    );
  }
  mkdirSync(`${here}results`, { recursive: true });
  writeFileSync(
    `${here}results/instructions.json`,
    `${JSON.stringify({ node: process.version, calls: CALLS, warmUp: WARM_UP, perCall }, null, 2)}\n`,
  );
}
