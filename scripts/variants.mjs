// The published variants of openapi.yaml (package exports next to ./openapi.yaml and ./openapi.json):
//   generated/openapi.dereferenced.json  every $ref replaced by its target, for tools that cannot follow $ref
//   generated/openapi.3.0.json           OpenAPI 3.0.3, for tools that take 3.0 only
// Run by `npm run generate` (and `npm run release`); with --check (`npm run check:generated`), fails
// when a committed variant drifts from openapi.yaml.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root, run } from "./run.mjs";

const tmp = mkdtempSync(join(tmpdir(), "kontext-variants-"));
const read = (args) => {
  const out = join(tmp, "out.json");
  run("redocly", ["bundle", "openapi.yaml", ...args, "--output", out, "--ext", "json"], { quiet: true });
  return JSON.parse(readFileSync(out, "utf8"));
};
const bundled = read([]);
// Nothing points into components any more, except the security schemes (named by `security`).
const dereferenced = read(["--dereferenced"]);
dereferenced.components = { securitySchemes: dereferenced.components.securitySchemes };
rmSync(tmp, { recursive: true, force: true });

const outputs = {
  "openapi.dereferenced.json": dereferenced,
  "openapi.3.0.json": toOpenApi30(bundled),
};

const check = process.argv.includes("--check");
for (const [name, document] of Object.entries(outputs)) {
  const file = join(root, "generated", name);
  const text = `${JSON.stringify(document, null, 2)}\n`;
  if (check) {
    let committed = "";
    try {
      committed = readFileSync(file, "utf8");
    } catch {}
    if (committed !== text) {
      console.error(
        `generated/${name} is out of date with openapi.yaml: run \`npm run generate\` and commit the result.`,
      );
      process.exit(1);
    }
  } else writeFileSync(file, text);
}
console.log(
  check
    ? "the published spec variants match openapi.yaml"
    : `wrote ${Object.keys(outputs)
        .map((n) => `generated/${n}`)
        .join(", ")}`,
);

/**
 * OpenAPI 3.1 → 3.0.3: type lists with "null" become `nullable`, `const` an `enum`, schema
 * `examples` an `example`, numeric exclusive bounds the boolean form, a `$ref` with siblings an
 * `allOf`; `info.summary` and `license.identifier` (3.1 only) go.
 */
export function toOpenApi30(source) {
  const document = structuredClone(source);
  document.openapi = "3.0.3";
  if (document.info.summary) {
    document.info.description = `${document.info.summary}\n\n${document.info.description ?? ""}`.trim();
    delete document.info.summary;
  }
  if (document.info.license?.identifier) {
    document.info.license = { name: document.info.license.name, url: "https://opensource.org/licenses/MIT" };
  }
  const schemas = document.components?.schemas ?? {};
  const convert = (node) => schema(node, schemas);
  for (const name of Object.keys(schemas)) schemas[name] = convert(schemas[name]);
  walk(document, (node, key) => {
    if (key === "schema" && node && typeof node === "object") return convert(node);
    return node;
  });
  for (const name of Object.keys(schemas)) {
    if (!JSON.stringify(document).includes(`"#/components/schemas/${name}"`)) delete schemas[name];
  }
  return document;
}

/** Calls `visit(value, key)` on every value under `node` and replaces it with the result. */
function walk(node, visit) {
  if (Array.isArray(node)) {
    for (const [i, v] of node.entries()) {
      node[i] = visit(v, i);
      walk(node[i], visit);
    }
  } else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "schemas") continue; // components.schemas is converted once, above
      node[k] = visit(v, k);
      if (k !== "schema") walk(node[k], visit);
    }
  }
}

function schema(input, named) {
  const again = (v) => schema(v, named);
  if (!input || typeof input !== "object" || Array.isArray(input)) return input;
  let s = { ...input };
  if (s.$ref && Object.keys(s).length > 1) {
    const { $ref, ...rest } = s;
    s = { ...rest, allOf: [{ $ref }] };
  }
  if (Array.isArray(s.type)) {
    const types = s.type.filter((t) => t !== "null");
    if (types.length < s.type.length) s.nullable = true;
    if (types.length === 1) s.type = types[0];
    else {
      delete s.type;
      if (types.length > 1) s.anyOf = types.map((type) => ({ type }));
    }
  }
  if ("const" in s) {
    s.enum = [s.const];
    delete s.const;
  }
  if (Array.isArray(s.examples)) {
    if (s.examples.length > 0) s.example = s.examples[0];
    delete s.examples;
  }
  for (const [bound, exclusive] of [
    ["minimum", "exclusiveMinimum"],
    ["maximum", "exclusiveMaximum"],
  ]) {
    if (typeof s[exclusive] === "number") {
      s[bound] = s[exclusive];
      s[exclusive] = true;
    }
  }
  for (const keyword of ["oneOf", "anyOf"]) {
    if (!Array.isArray(s[keyword])) continue;
    const rest = s[keyword].filter((v) => v?.type !== "null");
    if (rest.length === s[keyword].length) continue;
    s.nullable = true;
    if (rest.length === 1 && keyword === "oneOf") {
      delete s[keyword];
      s.allOf = [...(s.allOf ?? []), rest[0]];
      // 3.0.3: `nullable` needs a `type` beside it, and an enum must list null to allow it.
      const target = rest[0].$ref ? named[rest[0].$ref.split("/").pop()] : rest[0];
      if (target?.type && !s.type)
        s.type = Array.isArray(target.type) ? target.type.find((t) => t !== "null") : target.type;
      // 3.0's nullable enum is the enum with null listed, inlined (its component may end up unused, then goes).
      if (Array.isArray(target?.enum)) {
        delete s.allOf;
        Object.assign(s, { ...target, ...s, enum: [...target.enum, null], nullable: true });
      }
    } else s[keyword] = rest;
  }
  for (const keyword of ["properties"]) {
    if (s[keyword]) s[keyword] = Object.fromEntries(Object.entries(s[keyword]).map(([k, v]) => [k, again(v)]));
  }
  for (const keyword of ["items", "not", "additionalProperties"]) {
    if (s[keyword] && typeof s[keyword] === "object") s[keyword] = again(s[keyword]);
  }
  for (const keyword of ["oneOf", "anyOf", "allOf"]) {
    if (Array.isArray(s[keyword])) s[keyword] = s[keyword].map(again);
  }
  return s;
}
