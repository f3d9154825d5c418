// Generates, from openapi.yaml, what the code imports instead of deriving it again:
//   generated/openapi.ts  the types (openapi-typescript)
//   generated/spec.ts     the bundled spec as a module (the sandbox, the CLI and the scripts read it)
//   generated/sandbox-validators.ts  the sandbox's validators, precompiled (scripts/sandbox-validators.mjs)
// With --check, fails when a committed file drifts from the spec.
import { readFile, writeFile } from "node:fs/promises";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";
import { sandboxValidators } from "./sandbox-validators.mjs";

const source = new URL("../openapi.yaml", import.meta.url);
const HEADER = `/**
 * Generated from openapi.yaml by scripts/generate.mjs. Do not edit by hand:
 * edit openapi.yaml, then run \`npm run generate\` (\`npm run check:generated\` fails on drift).
 */

`;

const document = parse(await readFile(source, "utf8"));
const outputs = {
  "openapi.ts": HEADER + astToString(await openapiTS(source, { alphabetize: false, defaultNonNullable: false })),
  // The spec has no external $ref, so the bundled document is the parsed file.
  "spec.ts": `${HEADER}/** The parts of an OpenAPI document that readers of \`spec\` rely on. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; [key: string]: unknown };
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

/** openapi.yaml, bundled: the single copy of the spec that the package's code reads at run time. */
export const spec: OpenApiDocument = ${JSON.stringify(document, null, 2)};
`,
  "sandbox-validators.ts": await sandboxValidators(document, HEADER),
};

const check = process.argv.includes("--check");
for (const [name, text] of Object.entries(outputs)) {
  const target = new URL(`../generated/${name}`, import.meta.url);
  if (check) {
    const committed = await readFile(target, "utf8").catch(() => "");
    if (committed !== text) {
      console.error(
        `generated/${name} is out of date with openapi.yaml: run \`npm run generate\` and commit the result.`,
      );
      process.exit(1);
    }
  } else {
    await writeFile(target, text);
  }
}
console.log(
  check
    ? "generated/ matches openapi.yaml"
    : `wrote ${Object.keys(outputs)
        .map((n) => `generated/${n}`)
        .join(", ")}`,
);
