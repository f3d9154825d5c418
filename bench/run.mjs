// npm run bench: the client against raw fetch and raw openapi-fetch (issue 5). Measures the BUILT package
// (npm run bench builds first), prints a table, writes bench/results/latest.{json,md}. Exits 0 even when a
// goal fails: it is a report. `node bench/run.mjs --quick` for a fast, rough pass while developing.
import { fork, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { measureCliStartup } from "./cli.mjs";
import { median, summary } from "./stats.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const here = fileURLToPath(new URL(".", import.meta.url));
const quick = process.argv.includes("--quick");
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
function callsRows(port) {
  console.log("\nPer-call overhead (keep-alive node:http server on 127.0.0.1, in its own process)");
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
    const limit = mode === "sequential" ? 1.1 : 1.05;
    for (const variant of ["fetch + AbortSignal", "openapi-fetch", "client.raw.GET"]) {
      row(`Per call, ${label}: ${variant} / fetch`, x(result[mode][variant].ratio), "", undefined, {
        stats: result[mode][variant],
      });
    }
    const ns = result[mode]["client.applications.get"];
    row(
      `Per call, ${label}: client.applications.get / fetch`,
      x(ns.ratio),
      `≤ ${limit.toFixed(2)}×`,
      ns.ratio <= limit,
      {
        stats: ns,
        fetch: result[mode].fetch,
      },
    );
    // What the client adds over the floor that real timeouts impose (a signal per call).
    const floor = result[mode]["fetch + AbortSignal"];
    row(
      `Per call, ${label}: client.applications.get / fetch + AbortSignal`,
      x(ns.median / floor.median),
      "",
      undefined,
      { stats: ns, floor },
    );
  }
  const t = result.tokens;
  row(
    "Tokens: 1,000 concurrent first calls on a cold client",
    `${t.tokenRequests} token request${t.tokenRequests === 1 ? "" : "s"}, ${t.succeeded}/${t.calls} calls succeeded`,
    "exactly 1",
    t.tokenRequests === 1 && t.succeeded === t.calls,
    { tokens: t },
  );
  return perCall;
}

// Row 3: 100,000 items over 1,000 pages, each run in a fresh process, the two variants interleaved.
function paginationRows(port) {
  console.log("\nPagination: 100,000 applications over 1,000 pages of 100");
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
  console.log("\nSize (esbuild --bundle --minify --format=esm --platform=neutral, gzip -9)");
  const bundle = async (entry, external = []) => {
    const result = await build({
      ...(entry.endsWith(".js") ? { entryPoints: [entry] } : { stdin: { contents: entry, resolveDir: root } }),
      bundle: true,
      minify: true,
      format: "esm",
      platform: "neutral",
      mainFields: ["module", "main"],
      external,
      metafile: true,
      write: false,
      logLevel: "silent",
    });
    const code = result.outputFiles[0].contents;
    const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs);
    const modules = Object.fromEntries(inputs.map(([file, { bytesInOutput }]) => [file, bytesInOutput]));
    return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length, modules };
  };
  const sdk = await bundle(`${root}dist/src/management.js`);
  const own = await bundle(`${root}dist/src/management.js`, ["openapi-fetch"]);
  console.log("        minified bytes per module of the bundle:");
  for (const [file, bytes] of Object.entries(sdk.modules).sort((a, b) => b[1] - a[1])) {
    console.log(`        ${String(bytes).padStart(7)}  ${file}`);
  }
  // What an app that imports createClient pays (the SDK uses nothing else from openapi-fetch).
  const openapiFetch = await bundle('export { default } from "openapi-fetch";');
  const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
  row(
    "Size: ./management bundled with openapi-fetch, minified + gzip",
    `${kB(sdk.gzip)} (${kB(sdk.minified)} minified)`,
    "≤ 8 kB",
    sdk.gzip <= 8000,
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
  console.log("\nStart-up (fresh processes, interleaved)");
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
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  const runs = quick ? 8 : 40;
  for (let i = -2; i < runs; i++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + 2 + k) % names.length];
      const start = process.hrtime.bigint();
      const result = spawnSync(node, variants[name], { cwd: root, stdio: "ignore" });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (result.status !== 0) throw new Error(`node ${variants[name].join(" ")} failed`);
      if (i >= 0) samples[name].push(ms); // the first two rounds warm the file cache
    }
  }
  const stats = Object.fromEntries(names.map((name) => [name, summary(samples[name])]));
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
  console.log("\nType-check (tsc --noEmit, skipLibCheck, package resolved by name to dist/)");
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
  const variants = ["fetch", "fetch + AbortSignal", "openapi-fetch", "client.raw.GET", "client.applications.get"].map(
    (variant) => {
      const s = perCall[`sequential/${variant}`];
      const c = perCall[`concurrent/${variant}`];
      return [variant, cell(s), x(s.ratio), cell(c), x(c.ratio)];
    },
  );
  const lines = [
    `Measured on ${info.cpu}, ${info.cores} cores, Node ${info.node} (${info.platform}), ${new Date().toISOString().slice(0, 10)}${quick ? ", quick run" : ""}.`,
    "",
    ...table(
      ["Row", "Figure", "Goal", "Result"],
      rows.map((r) => [r.row, r.figure, r.goal || "report", r.result]),
    ),
    "",
    "Per call, µs (min / median / max over interleaved rounds):",
    "",
    ...table(["Variant", "Sequential", "× fetch", "64 concurrent", "× fetch"], variants),
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
