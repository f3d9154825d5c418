// What ./management adds to a browser or edge bundle: esbuild --bundle --minify --format=esm
// --platform=neutral, gzip -9, of the BUILT package. `node bench/size.mjs` prints the figures and
// the minified bytes per module and exits 1 over the budget; npm test runs it after the build.
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
/** The CI-enforced budget: gzipped ./management with openapi-fetch. */
export const BUDGET_BYTES = 11_500;
/** Where the size is meant to be. */
export const GOAL_BYTES = 10_500;

async function bundle(entry, external = []) {
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
}

/** The bundle with openapi-fetch, the SDK's own code without it, and openapi-fetch's createClient alone. */
export async function measureSize() {
  const management = `${root}dist/src/management.js`;
  return {
    sdk: await bundle(management),
    own: await bundle(management, ["openapi-fetch"]),
    openapiFetch: await bundle('export { default } from "openapi-fetch";'),
  };
}

export const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { sdk, own, openapiFetch } = await measureSize();
  if (process.argv.includes("--modules")) {
    for (const [file, bytes] of Object.entries(sdk.modules).sort((a, b) => b[1] - a[1])) {
      console.log(`${String(bytes).padStart(7)}  ${file}`);
    }
  }
  const within = sdk.gzip <= BUDGET_BYTES;
  console.log(
    `size: ./management with openapi-fetch ${kB(sdk.gzip)} gzip (budget ${kB(BUDGET_BYTES)}, goal ${kB(GOAL_BYTES)}): ${within ? "within budget" : "OVER BUDGET"}; the SDK's own code ${kB(own.gzip)}, openapi-fetch ${kB(openapiFetch.gzip)}`,
  );
  process.exitCode = within ? 0 : 1;
}
