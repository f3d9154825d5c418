// The sandbox's validators, precompiled: every JSON Schema of the sandbox's validator plan
// (src/sandbox/spec.ts describeSpec) compiled by ajv with the options the sandbox uses
// (src/sandbox/compile.ts makeAjv), emitted as ajv standalone code and bundled by esbuild into one
// module without imports. It becomes generated/sandbox-validators.ts (npm run generate). workerd
// refuses ajv's run-time compilation (`new Function`), and compiling on first use made a fresh
// sandbox's first answers slow; this module is plain code that any runtime loads. Why ajv standalone
// rather than a validator that generates no code (measured): docs/testing.md.
import { bundleValidators, importSources } from "./bundle.mjs";

const GROUPS = ["params", "bodies", "responses"];

/** describeSpec and makeAjv from the TypeScript sources, with ajv's standalone code generator. */
function sandboxSources() {
  return importSources(`export { describeSpec } from "./src/sandbox/spec.ts";
export { makeAjv } from "./src/sandbox/compile.ts";
export { default as standaloneCode } from "ajv/dist/standalone/index.js";`);
}

/** The text of generated/sandbox-validators.ts for `document` (the parsed openapi.yaml), after `header`. */
export async function sandboxValidators(document, header) {
  const { describeSpec, makeAjv, standaloneCode } = await sandboxSources();
  const { plan } = describeSpec(document);
  const modules = {};
  const exports = [];
  for (const group of GROUPS) {
    const ajv = makeAjv(document, group, { code: { source: true, lines: true } });
    const keys = Object.keys(plan[group]).sort();
    const ids = {};
    keys.forEach((key, i) => {
      ajv.addSchema(plan[group][key], `v${i}`);
      ids[`v${i}`] = `v${i}`;
    });
    modules[group] = standaloneCode(ajv, ids);
    exports.push(
      `  ${group}: {\n${keys.map((key, i) => `    ${JSON.stringify(key)}: ${group}.v${i},`).join("\n")}\n  },`,
    );
  }
  // The standalone code require()s ajv's small runtime helpers and ajv-formats' format checks:
  // esbuild bundles them in, so the module imports nothing and runs anywhere.
  const bundled = await bundleValidators(
    `${GROUPS.map((g) => `import * as ${g} from "validators:${g}";`).join("\n")}
export const validators = {
${exports.join("\n")}
};`,
    modules,
  );
  return `${header}// @ts-nocheck: ajv's standalone code (see scripts/sandbox-validators.mjs), typed by src/sandbox/validator.ts.
${bundled}`;
}
