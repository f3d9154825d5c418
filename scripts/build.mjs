// npm run build: dist/src + dist/generated (ESM + declarations), dist/src/cli (the kontext bin), dist/cjs (the same as CommonJS, for
// require() and TypeScript's node16 CJS resolution) and dist/openapi.json, the bundled spec that ships.
import { chmodSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { root, runAll } from "./run.mjs";

// `--typechecked`: npm test passes it because its own type-check covers every file with Node types
// beside the build. The CommonJS compile and the bin's then only emit (`--noCheck`, the same output,
// about 5 s of CPU less); the ESM compile still checks src/ without Node types.
const emitOnly = process.argv.includes("--typechecked") ? ["--noCheck"] : [];

rmSync(`${root}dist`, { recursive: true, force: true });
// Side by side: each compile is one process on one core.
await runAll([
  ["tsc: ESM", "tsc", ["-p", "tsconfig.build.json"]],
  ["tsc: CommonJS", "tsc", ["-p", "tsconfig.build.cjs.json", ...emitOnly]],
  // The kontext bin (ESM only): Node types, kept out of the web-standard build above.
  ["tsc: the kontext bin", "tsc", ["-p", "tsconfig.build.cli.json", ...emitOnly]],
  [
    "the bundled spec",
    "redocly",
    ["bundle", "openapi.yaml", "--output", "dist/openapi.json", "--ext", "json"],
    { quiet: true },
  ],
]);
chmodSync(`${root}dist/src/cli/bin.js`, 0o755);
// The package is "type": "module"; this marks dist/cjs/**/*.js (and its .d.ts) as CommonJS.
mkdirSync(`${root}dist/cjs`, { recursive: true });
writeFileSync(`${root}dist/cjs/package.json`, `${JSON.stringify({ type: "commonjs" }, null, 2)}\n`);
console.log("built dist/");
