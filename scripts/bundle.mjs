// The scripts' two uses of esbuild: importing TypeScript sources of src/ into a script, and
// bundling ajv's standalone validator code into one module that imports nothing.
import { build } from "esbuild";

const resolveDir = new URL("..", import.meta.url).pathname;

/** Imports `contents` (export lines naming the repository's `.ts` files) as one bundled module. */
export async function importSources(contents) {
  const result = await build({
    stdin: { contents, resolveDir, loader: "ts" },
    bundle: true,
    format: "esm",
    platform: "node",
    write: false,
    logLevel: "error",
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString("base64")}`);
}

/**
 * Bundles ajv standalone code: its require()s of ajv's runtime helpers and ajv-formats' checks are
 * inlined, so the module runs in any runtime. `modules` are further code modules the entry imports
 * as `validators:<name>`.
 */
export async function bundleValidators(entry, modules = {}) {
  const result = await build({
    stdin: { contents: entry, resolveDir, loader: "js" },
    plugins: [
      {
        name: "validators",
        setup(b) {
          b.onResolve({ filter: /^validators:/ }, (args) => ({ path: args.path, namespace: "validators" }));
          b.onLoad({ filter: /.*/, namespace: "validators" }, (args) => ({
            contents: modules[args.path.slice("validators:".length)],
            loader: "js",
            resolveDir,
          }));
        },
      },
    ],
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    legalComments: "none",
    write: false,
    logLevel: "error",
  });
  return result.outputFiles[0].text;
}
