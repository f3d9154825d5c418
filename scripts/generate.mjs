// Generates generated/openapi.ts from openapi.yaml; with --check, fails when the committed file drifts.
import { readFile, writeFile } from "node:fs/promises";
import openapiTS, { astToString } from "openapi-typescript";

const spec = new URL("../openapi.yaml", import.meta.url);
const target = new URL("../generated/openapi.ts", import.meta.url);
const HEADER = `/**
 * Generated from openapi.yaml by openapi-typescript. Do not edit by hand:
 * edit openapi.yaml, then run \`npm run generate\` (\`npm run check:generated\` fails on drift).
 */

`;

const output = HEADER + astToString(await openapiTS(spec, { alphabetize: false, defaultNonNullable: false }));

if (process.argv.includes("--check")) {
  const committed = await readFile(target, "utf8").catch(() => "");
  if (committed !== output) {
    console.error(
      "generated/openapi.ts is out of date with openapi.yaml: run `npm run generate` and commit the result.",
    );
    process.exit(1);
  }
  console.log("generated/openapi.ts matches openapi.yaml");
} else {
  await writeFile(target, output);
  console.log("wrote generated/openapi.ts");
}
