// Derives the JSON Schema of kontext.yaml from the spec's input schemas (CreateIntegrationInput,
// CreateApplicationInput, CreateServiceAccountInput and what they reference) and writes it as
// kontext.schema.json (shipped, for editors through `$schema`), generated/config-schema.ts (what the
// CLI reads field facts from) and generated/config-validator.ts: the schema's validator compiled
// by ajv at generate time as standalone code, bundled by esbuild into a module without imports, so
// `kontext plan` neither compiles a schema nor loads ajv at run time. With --check, fails when a
// committed file drifts from the spec.
import { readFileSync, writeFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import addFormats from "ajv-formats";
import { parse } from "yaml";
import { bundleValidators } from "./bundle.mjs";

const root = new URL("../", import.meta.url);
const spec = parse(readFileSync(new URL("openapi.yaml", root), "utf8"));
const schemas = spec.components.schemas;

// kind in the file → [input schema, the schema the API answers with]
const KINDS = {
  integrations: ["CreateIntegrationInput", "Integration", "An integration"],
  applications: ["CreateApplicationInput", "Application", "An application"],
  serviceAccounts: ["CreateServiceAccountInput", "ServiceAccount", "A service account"],
};

const defs = {};
function copy(node) {
  if (Array.isArray(node)) return node.map(copy);
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "$ref") {
      const name = value.replace("#/components/schemas/", "");
      if (!(name in defs)) {
        defs[name] = null;
        defs[name] = strict(copy(schemas[name]));
      }
      out.$ref = `#/$defs/${name}`;
    } else out[key] = copy(value);
  }
  return out;
}

// Strict on what we send: an unknown key in the file is a typo, not a field the API ignores.
function strict(schema) {
  if (schema.type === "object" && schema.properties && schema.additionalProperties === undefined) {
    schema.additionalProperties = false;
  }
  return schema;
}

const items = {};
for (const [input, read, what] of Object.values(KINDS)) {
  const schema = strict(copy(schemas[input]));
  const readable = new Set(Object.keys(schemas[read].properties));
  for (const [field, property] of Object.entries(schema.properties)) {
    // A field the API never answers with cannot be compared: sent on create, then only with --force-write-only.
    if (!readable.has(field)) property["x-kontext-compared"] = false;
  }
  schema.description = `${what}, keyed by its name; the fields of the spec's \`${input}\`.`;
  items[read] = schema;
}
items.Application.properties.integrations = {
  type: "array",
  uniqueItems: true,
  description:
    "The integrations attached to the application, by name; each must be declared under `integrations`. Omitted: none.",
  items: { type: "string", minLength: 1 },
};

const configSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://unpkg.com/@kontext-dev/js-sdk/kontext.schema.json",
  title: "kontext.yaml",
  description:
    "The desired state of a Kontext organization for `kontext plan` and `kontext apply`, by name. " +
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the file syntax, not a template.
    "Any string may be `${env:NAME}`. Generated from openapi.yaml by scripts/config-schema.mjs.",
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: { type: "string" },
    ...Object.fromEntries(
      Object.entries(KINDS).map(([kind, [, read]]) => [kind, { type: "array", items: { $ref: `#/$defs/${read}` } }]),
    ),
  },
  $defs: { ...items, ...defs },
};

const HEADER =
  "// Generated from openapi.yaml by scripts/config-schema.mjs (npm run generate); do not edit (npm test fails on drift).";
const json = `${JSON.stringify(configSchema, null, 2)}\n`;
const ts = `${HEADER}
// The same schema ships as kontext.schema.json.
export const configSchema = ${JSON.stringify(configSchema, null, 2)} as const;
`;

/** The validator of configSchema: every problem (allErrors) with its schema (verbose), uri checked as ajv-formats does. */
async function validatorModule() {
  const ajv = new Ajv2020.default({
    allErrors: true,
    verbose: true,
    strict: false,
    code: { source: true, esm: true, lines: true },
  });
  addFormats.default(ajv, ["uri"]);
  const code = standaloneCode.default(ajv, ajv.compile(configSchema));
  // The standalone code require()s ajv-formats' uri check: bundled in.
  const bundled = await bundleValidators(code);
  return `${HEADER}
// @ts-nocheck: ajv's standalone code; src/cli/config/validate.ts gives it its type.
${bundled}`;
}

const targets = [
  [new URL("kontext.schema.json", root), json],
  [new URL("generated/config-schema.ts", root), ts],
  [new URL("generated/config-validator.ts", root), await validatorModule()],
];

if (process.argv.includes("--check")) {
  for (const [url, text] of targets) {
    let committed = "";
    try {
      committed = readFileSync(url, "utf8");
    } catch {}
    if (committed !== text) {
      console.error(`${url.pathname} is out of date with openapi.yaml: run \`npm run generate\` and commit it.`);
      process.exit(1);
    }
  }
  console.log("kontext.schema.json and generated/config-*.ts match openapi.yaml");
} else {
  for (const [url, text] of targets) writeFileSync(url, text);
  console.log("wrote kontext.schema.json, generated/config-schema.ts and generated/config-validator.ts");
}
