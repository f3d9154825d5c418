// node bench/instructions.mjs: per-call cost as instructions counted by valgrind's callgrind, which move
// less with the machine's load than times do on a shared 2-core machine. Each variant runs twice in a
// fresh `node` under callgrind (300 warm-up calls, then 0 or 1,000 measured sequential calls against the
// bench server in its own process; `--calls N` for fewer); the difference over the measured calls is the
// instructions per call, JIT and GC included. They do not repeat exactly: on 2026-12-06 the floor moved
// between 2,406 k and 2,643 k per call over five runs, so compare ratios across several runs. Goals: the
// namespace method and client.raw.GET each within 1.05× of the floor, openapi-fetch with a fresh
// AbortSignal per call. Exits 1 when a goal fails. About 4 minutes with `--goals-only`, 10 without;
// needs valgrind (`apt-get install valgrind`).
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startBenchServer } from "./server.mjs";
import { callVariants } from "./variants.mjs";

const FLOOR = "openapi-fetch + AbortSignal";
const GOALS = { "client.applications.get": 1.05, "client.raw.GET": 1.05 };
const ALL = ["fetch", "fetch + AbortSignal", FLOOR, "client.raw.GET", "client.applications.get"];
// `--goals-only` counts just the floor and the two variants with a goal (three runs instead of five).
const VARIANTS = process.argv.includes("--goals-only") ? ALL.filter((v) => v === FLOOR || v in GOALS) : ALL;
const WARM_UP = 300;
const callsArg = process.argv.indexOf("--calls");
const CALLS = callsArg > 0 ? Number(process.argv[callsArg + 1]) : 1_000;

if (process.argv[2] === "--child") {
  const [, , , port, variant, count] = process.argv;
  const call = callVariants(`http://127.0.0.1:${port}`)[variant];
  for (let i = 0; i < WARM_UP + Number(count); i++) await call();
} else {
  if (spawnSync("valgrind", ["--version"]).status !== 0) {
    console.log("valgrind is not installed; skipping the instruction counts");
    process.exit(0);
  }
  const server = await startBenchServer();
  const { port } = server;
  // The two runs of a variant go side by side; each counts only its own process.
  const instructions = (variant, count) =>
    new Promise((resolve, reject) => {
      const child = spawn(
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
        { stdio: ["ignore", "ignore", "pipe"] },
      );
      let stderr = "";
      child.stderr.on("data", (chunk) => {
        stderr += chunk;
      });
      child.on("error", reject);
      child.on("close", (status) => {
        const collected = stderr.match(/Collected\s*:\s*(\d+)/)?.[1];
        if (status !== 0 || collected === undefined) reject(new Error(`callgrind run failed:\n${stderr}`));
        else resolve(Number(collected));
      });
    });
  const perCall = {};
  const started = Date.now();
  try {
    for (const [i, variant] of VARIANTS.entries()) {
      const elapsed = (Date.now() - started) / 1000;
      const left = i === 0 ? "" : `, about ${Math.round((elapsed / i) * (VARIANTS.length - i))} s left`;
      console.log(`[instructions ${i + 1}/${VARIANTS.length}] ${variant}${left}`);
      const [measured, baseline] = await Promise.all([instructions(variant, CALLS), instructions(variant, 0)]);
      perCall[variant] = (measured - baseline) / CALLS;
    }
  } finally {
    server.stop();
  }
  const k = (n) => `${(n / 1000).toFixed(0)} k`;
  let failed = 0;
  for (const variant of VARIANTS) {
    const overFloor = perCall[variant] / perCall[FLOOR];
    const goal = GOALS[variant];
    const verdict =
      goal === undefined ? "" : overFloor <= goal ? `  PASS (goal ≤ ${goal}×)` : `  FAIL (goal ≤ ${goal}×)`;
    if (goal !== undefined && overFloor > goal) failed++;
    console.log(
      `${variant.padEnd(28)} ${k(perCall[variant]).padStart(8)} instructions per call  ${perCall.fetch ? `${(perCall[variant] / perCall.fetch).toFixed(3)}× fetch  ${(perCall[variant] / perCall["fetch + AbortSignal"]).toFixed(3)}× fetch + AbortSignal  ` : ""}${overFloor.toFixed(3)}× floor${verdict}`,
    );
  }
  console.log(failed ? `${failed} FAIL` : "all instruction goals met");
  process.exitCode = failed ? 1 : 0;
}
