// npm run bench: the client against raw fetch, fetch + AbortSignal and the floor, openapi-fetch with a
// fresh AbortSignal per call (issue 10). Measures the BUILT package (npm run bench builds first), says
// which section it is in and about how long is left, prints a table, writes bench/results/latest.{json,md}
// and exits 1 when a goal fails. Instruction counts (bench/instructions.mjs, callgrind) are its last
// section; `--no-instructions` skips them, `--quick` is a fast, rough pass (without them unless
// `--instructions` is given too).
import { fork, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { measureCliStartup } from "./cli.mjs";
import { BUDGET_BYTES, GOAL_BYTES, kB, measureSize } from "./size.mjs";
import { median, startupSamples, summary } from "./stats.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const here = fileURLToPath(new URL(".", import.meta.url));
const quick = process.argv.includes("--quick");
const withInstructions =
  process.argv.includes("--instructions") || (!quick && !process.argv.includes("--no-instructions"));
const instructionCalls = quick ? 300 : 500;
// Rough seconds per section on a loaded 2-core machine, for the "left" estimate.
const SECTIONS = {
  calls: quick ? 40 : 240,
  pagination: quick ? 30 : 120,
  size: 5,
  startup: quick ? 10 : 40,
  types: quick ? 20 : 60,
  ...(withInstructions && { instructions: 1200 }),
};
function section(name) {
  const names = Object.keys(SECTIONS);
  const i = names.indexOf(name);
  const left = names.slice(i).reduce((sum, n) => sum + SECTIONS[n], 0);
  const elapsed = Math.round((Date.now() - started) / 1000);
  console.log(
    `\n[section ${i + 1}/${names.length}: ${name}] ${elapsed} s in, about ${Math.round(left / 60) || 1} min left`,
  );
}
const node = process.execPath;
const rows = [];
const started = Date.now();

function row(name, figure, goal, pass, details = {}) {
  rows.push({ row: name, figure, goal, result: pass === undefined ? "report" : pass ? "PASS" : "FAIL", ...details });
  console.log(
    `  ${pass === undefined ? "    " : pass ? "PASS" : "FAIL"}  ${name}: ${figure}${goal ? ` (goal ${goal})` : ""}`,
  );
}

const x = (ratio) => `${ratio.toFixed(3)}×`;
const us = (value) => `${value.toFixed(1)} µs`;

/** Runs `node args…` in the repo root and parses the JSON line it prints. */
function nodeJson(args) {
  const result = spawnSync(node, args, { cwd: root, encoding: "utf8", maxBuffer: 16 * 2 ** 20 });
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").at(-1));
}

function startServer() {
  const child = fork(`${here}server.mjs`, { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("message", ({ port }) => resolve({ port, stop: () => child.disconnect() }));
  });
}

// Rows 1 and 2: per-call overhead and the cold-client token request, in a child with the server in another.
const FLOOR = "openapi-fetch + AbortSignal";

function callsRows(port) {
  section("calls");
  console.log("Per-call overhead (keep-alive node:http server on 127.0.0.1, in its own process)");
  const result = nodeJson(["--expose-gc", `${here}calls.mjs`, String(port), ...(quick ? ["--quick"] : [])]);
  const perCall = {};
  for (const mode of ["sequential", "concurrent"]) {
    const label = mode === "sequential" ? "sequential" : "64 concurrent";
    for (const [variant, s] of Object.entries(result[mode])) {
      perCall[`${mode}/${variant}`] = s;
      console.log(
        `        ${label.padEnd(13)} ${variant.padEnd(24)} min ${us(s.min)}  median ${us(s.median)}  max ${us(s.max)}  ${x(s.ratio)} (per-round ${x(s.pairedRatio)})`,
      );
    }
    // Every figure against fetch and fetch + AbortSignal; the client's against the floor as well, as
    // min / median / max of per-round ratios (each round runs every variant seconds apart).
    const perRound = (variant, base) => {
      const rounds = result[mode][variant].samples;
      return summary(rounds.map((value, round) => value / result[mode][base].samples[round]));
    };
    const range = (r) => `min ${x(r.min)} median ${x(r.median)} max ${x(r.max)}`;
    for (const variant of [
      "fetch + AbortSignal",
      "openapi-fetch",
      FLOOR,
      "client.raw.GET",
      "client.applications.get",
    ]) {
      row(`Wall clock, ${label}: ${variant} / fetch`, range(perRound(variant, "fetch")), "", undefined);
      if (variant !== "fetch + AbortSignal") {
        row(
          `Wall clock, ${label}: ${variant} / fetch + AbortSignal`,
          range(perRound(variant, "fetch + AbortSignal")),
          "",
          undefined,
        );
      }
    }
    for (const variant of ["client.raw.GET", "client.applications.get"]) {
      row(`Wall clock, ${label}: ${variant} / floor`, range(perRound(variant, FLOOR)), "report", undefined, {
        stats: result[mode][variant],
        floor: result[mode][FLOOR],
      });
    }
  }
  const t = result.tokens;
  row(
    "Tokens: 1,000 concurrent first calls on a cold client",
    `${t.tokenRequests} token request${t.tokenRequests === 1 ? "" : "s"}, ${t.succeeded}/${t.calls} calls succeeded`,
    "1 token request",
    t.tokenRequests === 1 && t.succeeded === t.calls,
    { tokens: t },
  );
  return perCall;
}

// Row 3: 100,000 items over 1,000 pages, each run in a fresh process, the two variants interleaved.
function paginationRows(port) {
  section("pagination");
  console.log("Pagination: 100,000 applications over 1,000 pages of 100");
  const runs = { sdk: [], fetch: [] };
  const count = quick ? 2 : 7;
  for (let i = 0; i < count; i++) {
    for (const variant of i % 2 ? ["fetch", "sdk"] : ["sdk", "fetch"]) {
      runs[variant].push(nodeJson(["--expose-gc", `${here}paginate.mjs`, String(port), variant]));
    }
  }
  for (const run of [...runs.sdk, ...runs.fetch]) {
    if (run.items !== 100_000 || run.pages !== 1_000) throw new Error(`incomplete listing: ${JSON.stringify(run)}`);
  }
  const perPage = (variant) => summary(runs[variant].map((run) => run.msPerPage * 1e3));
  const sdk = perPage("sdk");
  const raw = perPage("fetch");
  const ratio = sdk.median / raw.median;
  const growth = (variant) => median(runs[variant].map((run) => run.growthMB));
  const gcRuns = {
    sdk: nodeJson(["--expose-gc", `${here}paginate.mjs`, String(port), "sdk", "--gc"]),
    fetch: nodeJson(["--expose-gc", `${here}paginate.mjs`, String(port), "fetch", "--gc"]),
  };
  console.log(
    `        peak RSS growth without forced GC (V8 sizes its heap to the allocation rate): for await ${growth("sdk").toFixed(1)} MB, hand-written loop ${growth("fetch").toFixed(1)} MB`,
  );
  row(
    "Pagination: peak RSS growth, for await over 100,000 items (GC after each page)",
    `${gcRuns.sdk.growthMB.toFixed(1)} MB (hand-written loop ${gcRuns.fetch.growthMB.toFixed(1)} MB)`,
    "< 30 MB",
    gcRuns.sdk.growthMB < 30,
    { sdk: gcRuns.sdk, fetch: gcRuns.fetch, withoutForcedGcMB: { sdk: growth("sdk"), fetch: growth("fetch") } },
  );
  row(
    "Pagination: time per page, for await / hand-written cursor loop over fetch",
    `${x(ratio)} (${us(sdk.median)} vs ${us(raw.median)}; for await min ${us(sdk.min)} max ${us(sdk.max)})`,
    "≤ 1.10×",
    ratio <= 1.1,
    { sdk, fetch: raw, ratio },
  );
}

// Row 4: what ./management adds to a browser or edge bundle.
async function sizeRows() {
  section("size");
  console.log("Size (esbuild --bundle --minify --format=esm --platform=neutral, gzip -9)");
  const { sdk, own, openapiFetch } = await measureSize();
  console.log("        minified bytes per module of the bundle:");
  for (const [file, bytes] of Object.entries(sdk.modules).sort((a, b) => b[1] - a[1])) {
    console.log(`        ${String(bytes).padStart(7)}  ${file}`);
  }
  row(
    "Size: ./management bundled with openapi-fetch, minified + gzip",
    `${kB(sdk.gzip)} (${kB(sdk.minified)} minified)`,
    `≤ ${kB(BUDGET_BYTES)} (goal ${kB(GOAL_BYTES)})`,
    sdk.gzip <= BUDGET_BYTES,
    { sdk },
  );
  row(
    "Size: the SDK's own code (./management without openapi-fetch), minified + gzip",
    `${kB(own.gzip)} (${kB(own.minified)} minified)`,
    "",
    undefined,
    { own },
  );
  row(
    "Size: openapi-fetch alone (createClient), minified + gzip",
    `${kB(openapiFetch.gzip)} (${kB(openapiFetch.minified)} minified)`,
    "",
    undefined,
    {
      openapiFetch,
    },
  );
}

// Row 5: a fresh process importing ./management, against `node -e 0`.
function startupRows() {
  section("startup");
  console.log("Start-up (fresh processes, interleaved)");
  const variants = {
    "node -e 0": ["-e", "0"],
    "node --input-type=module -e 0": ["--input-type=module", "-e", "0"],
    'import("openapi-fetch")': ["--input-type=module", "-e", 'await import("openapi-fetch")'],
    'import("@kontext-dev/js-sdk/management")': [
      "--input-type=module",
      "-e",
      'await import("@kontext-dev/js-sdk/management")',
    ],
  };
  const names = Object.keys(variants);
  const stats = startupSamples(node, variants, { runs: quick ? 8 : 40, cwd: root });
  const base = stats["node -e 0"].median;
  for (const name of names) {
    const s = stats[name];
    console.log(
      `        ${name.padEnd(42)} min ${s.min.toFixed(1)} ms  median ${s.median.toFixed(1)} ms  max ${s.max.toFixed(1)} ms  ${x(s.median / base)}`,
    );
  }
  const sdk = stats['import("@kontext-dev/js-sdk/management")'];
  const esm = stats["node --input-type=module -e 0"];
  row(
    "Start-up: import ./management / node -e 0",
    `${x(sdk.median / base)} (${sdk.median.toFixed(1)} ms vs ${base.toFixed(1)} ms; an empty ESM -e is ${x(esm.median / base)})`,
    "≤ 1.30×",
    sdk.median / base <= 1.3,
    { stats },
  );
}

// The kontext bin's start-up (bench/cli.mjs).
function cliRows() {
  console.log("\nkontext start-up (fresh processes, interleaved)");
  const { stats, ratio } = measureCliStartup({ quick });
  for (const [name, s] of Object.entries(stats)) {
    console.log(
      `        ${name.padEnd(42)} min ${s.min.toFixed(1)} ms  median ${s.median.toFixed(1)} ms  max ${s.max.toFixed(1)} ms`,
    );
  }
  const base = stats["node -e 0"].median;
  const version = stats["kontext --version"].median;
  row(
    "Start-up: kontext --version / node -e 0",
    `${x(ratio)} (${version.toFixed(1)} ms vs ${base.toFixed(1)} ms)`,
    "",
    undefined,
    { stats },
  );
}

// Row 6: tsc --noEmit of bench/consumer.ts with and without its calls, importing the built package by name.
function typeRows() {
  section("types");
  console.log("Type-check (tsc --noEmit, skipLibCheck, package resolved by name to dist/)");
  const source = readFileSync(`${here}consumer.ts`, "utf8");
  const withoutCalls = source.replace(/\/\/ calls:start[\s\S]*\/\/ calls:end\n/, "");
  if (withoutCalls === source) throw new Error("bench/consumer.ts lost its calls:start/calls:end markers");
  const dir = `${root}.tmp/bench-types/`;
  rmSync(dir, { recursive: true, force: true });
  const tsconfig = {
    compilerOptions: {
      target: "ES2022",
      module: "NodeNext",
      moduleResolution: "NodeNext",
      lib: ["ES2022", "DOM", "DOM.Iterable"],
      types: [],
      strict: true,
      skipLibCheck: true,
      noEmit: true,
    },
    files: ["consumer.ts"],
  };
  const variants = { "with calls": source, "without calls": withoutCalls };
  for (const [name, text] of Object.entries(variants)) {
    const folder = `${dir}${name.replace(" ", "-")}/`;
    mkdirSync(folder, { recursive: true });
    writeFileSync(`${folder}consumer.ts`, text);
    writeFileSync(`${folder}tsconfig.json`, JSON.stringify(tsconfig, null, 2));
  }
  const tsc = createRequire(`${root}package.json`).resolve("typescript/bin/tsc");
  const samples = { "with calls": [], "without calls": [] };
  const diagnostics = {};
  const runs = quick ? 2 : 6;
  for (let i = 0; i < runs; i++) {
    for (const name of i % 2 ? ["without calls", "with calls"] : ["with calls", "without calls"]) {
      const start = process.hrtime.bigint();
      const result = spawnSync(node, [tsc, "-p", `${dir}${name.replace(" ", "-")}`, "--extendedDiagnostics"], {
        cwd: root,
        encoding: "utf8",
      });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (result.status !== 0) throw new Error(`tsc failed on the ${name} consumer:\n${result.stdout}${result.stderr}`);
      samples[name].push(ms);
      const field = (label) => Number(result.stdout.match(new RegExp(`^${label}:\\s+([\\d.]+)`, "m"))?.[1]);
      diagnostics[name] = {
        files: field("Files"),
        types: field("Types"),
        instantiations: field("Instantiations"),
        checkSeconds: field("Check time"),
      };
    }
  }
  const full = summary(samples["with calls"]);
  const empty = summary(samples["without calls"]);
  for (const [name, s] of [
    ["with calls", full],
    ["without calls", empty],
  ]) {
    const d = diagnostics[name];
    console.log(
      `        ${name.padEnd(14)} median ${s.median.toFixed(0)} ms (min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)})  types ${d.types}  instantiations ${d.instantiations}`,
    );
  }
  const calls = (source.match(/client\.\w+\.\w+\(/g) ?? []).length;
  row(
    `Type-check: consumer calling every namespace method (${calls} calls) / same file without the calls`,
    `${x(full.median / empty.median)} (${full.median.toFixed(0)} ms vs ${empty.median.toFixed(0)} ms; types ${diagnostics["with calls"].types} vs ${diagnostics["without calls"].types})`,
    "",
    undefined,
    {
      withCalls: { ...full, ...diagnostics["with calls"] },
      withoutCalls: { ...empty, ...diagnostics["without calls"] },
    },
  );
}

// Rows of kontext plan / apply (issue 14): bench/config.mjs runs the built bin against the sandbox.
function configRows() {
  console.log("\nkontext plan / apply against the sandbox (the bin as a child process, through a counting proxy)");
  for (const r of nodeJson([`${here}config.mjs`]).rows) row(r.row, r.figure, r.goal, r.pass, r.details);
}

function machine() {
  const model = readFileSync("/proc/cpuinfo", "utf8").match(/^model name\s*:\s*(.+)$/m)?.[1] ?? cpus()[0]?.model;
  return { cpu: model?.trim() ?? "unknown", cores: cpus().length, node: process.version, platform: process.platform };
}

/** A Markdown table with padded columns, as biome formats it. */
function table(header, body) {
  const all = [header, ...body];
  const widths = header.map((_, i) => Math.max(3, ...all.map((cells) => cells[i].length)));
  const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(" | ")} |`;
  return [line(header), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`, ...body.map(line)];
}

function markdown(info, perCall) {
  const cell = (v) => `${v.min.toFixed(1)} / **${v.median.toFixed(1)}** / ${v.max.toFixed(1)}`;
  const variants = [
    "fetch",
    "fetch + AbortSignal",
    "openapi-fetch",
    FLOOR,
    "client.raw.GET",
    "client.applications.get",
  ].map((variant) => {
    const s = perCall[`sequential/${variant}`];
    const c = perCall[`concurrent/${variant}`];
    const signal = (m, v) => v.median / perCall[`${m}/fetch + AbortSignal`].median;
    return [variant, cell(s), x(s.ratio), x(signal("sequential", s)), cell(c), x(c.ratio), x(signal("concurrent", c))];
  });
  const lines = [
    `Measured on ${info.cpu}, ${info.cores} cores, Node ${info.node} (${info.platform}), ${new Date().toISOString().slice(0, 10)}${quick ? ", quick run" : ""}.`,
    "",
    ...table(
      ["Row", "Figure", "Goal", "Result"],
      // The per-variant ratios to fetch and fetch + AbortSignal are in the second table.
      rows
        .filter((r) => !r.row.startsWith("Wall clock") || r.row.endsWith("/ floor"))
        .map((r) => [r.row, r.figure, r.goal || "report", r.result]),
    ),
    "",
    "Per call, µs (min / median / max over interleaved rounds):",
    "",
    ...table(
      ["Variant", "Sequential", "× fetch", "× fetch + signal", "64 concurrent", "× fetch", "× fetch + signal"],
      variants,
    ),
  ];
  return `${lines.join("\n")}\n`;
}

const info = machine();
console.log(`Kontext SDK bench on ${info.cpu}, ${info.cores} cores, Node ${info.node}${quick ? " (quick)" : ""}`);
const server = await startServer();
let perCall;
try {
  perCall = callsRows(server.port);
  paginationRows(server.port);
} finally {
  server.stop();
}
await sizeRows();
startupRows();
cliRows();
typeRows();
configRows();
if (withInstructions) instructionRows();

// Instructions per sequential call under callgrind (bench/instructions.mjs), the goals' own measure.
function instructionRows() {
  section("instructions");
  // 500 measured calls a variant (300 with --quick) keeps the section near 20 minutes on a loaded
  // 2-core machine.
  const result = spawnSync(node, [`${here}instructions.mjs`, "--calls", String(instructionCalls)], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
  });
  let counts;
  try {
    counts = JSON.parse(readFileSync(`${here}results/instructions.json`, "utf8"));
  } catch {
    counts = undefined;
  }
  if (!counts || Date.parse(counts.date) < started) {
    row("Instructions per call", `not measured (exit ${result.status})`, "", undefined);
    return;
  }
  const { perCall } = counts;
  const M = (n) => `${(n / 1e6).toFixed(2)} M`;
  for (const variant of ["client.applications.get", "client.raw.GET"]) {
    const ratio = perCall[variant] / perCall[FLOOR];
    row(
      `Instructions per sequential call: ${variant} / floor`,
      `${x(ratio)} (${M(perCall[variant])} vs ${M(perCall[FLOOR])}; ${x(perCall[variant] / perCall.fetch)} fetch, ${x(perCall[variant] / perCall["fetch + AbortSignal"])} fetch + AbortSignal)`,
      "≤ 1.05×",
      ratio <= 1.05,
      { perCall },
    );
  }
}

const seconds = (Date.now() - started) / 1000;
mkdirSync(`${here}results`, { recursive: true });
writeFileSync(
  `${here}results/latest.json`,
  `${JSON.stringify({ machine: info, date: new Date().toISOString(), quick, seconds, rows, perCall }, null, 2)}\n`,
);
const md = markdown(info, perCall);
writeFileSync(`${here}results/latest.md`, md);

const width = Math.max(...rows.map((r) => r.row.length));
console.log(`\n${"Row".padEnd(width)}  Result  Figure (goal)`);
for (const r of rows)
  console.log(`${r.row.padEnd(width)}  ${r.result.padEnd(6)}  ${r.figure}${r.goal ? ` (goal ${r.goal})` : ""}`);
const failed = rows.filter((r) => r.result === "FAIL").length;
console.log(
  `\n${failed ? `${failed} FAIL` : "all goals met"}; ${seconds.toFixed(0)} s; wrote bench/results/latest.json and latest.md`,
);
process.exitCode = failed ? 1 : 0;
