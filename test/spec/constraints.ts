// The response side of openapi.yaml, reduced to its constraints: every keyword that makes an answer
// fail validation beyond its JSON type. "Open on what we accept": each of them must trace to a
// statement of the service's docs, and constraint-sources.json says which (constraints.test.ts).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../..", import.meta.url));

type Json = Record<string, unknown>;

/** openapi.yaml as JSON, $refs kept, so JSON pointers into it are pointers into openapi.yaml. */
export function loadSpec(file = "openapi.yaml"): Json {
  const dir = mkdtempSync(join(tmpdir(), "kontext-constraints-"));
  try {
    const out = join(dir, "openapi.json");
    execFileSync(join(root, "node_modules", ".bin", "redocly"), ["bundle", file, "--ext", "json", "--output", out], {
      cwd: root,
      stdio: ["ignore", "ignore", "pipe"],
    });
    return JSON.parse(readFileSync(out, "utf8")) as Json;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Keywords that narrow a value beyond its type. */
const NARROWING = [
  "format",
  "enum",
  "const",
  "pattern",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
  "contains",
  "not",
] as const;

const escapeSegment = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");

function resolve(spec: Json, ref: string): { node: Json; pointer: string } {
  if (!ref.startsWith("#/")) throw new Error(`only local $refs are supported (${ref})`);
  let node: unknown = spec;
  for (const part of ref.slice(2).split("/")) {
    node = (node as Json)[part.replace(/~1/g, "/").replace(/~0/g, "~")];
    if (node === undefined) throw new Error(`dangling $ref ${ref}`);
  }
  return { node: node as Json, pointer: ref.slice(1) };
}

/** Whether a schema admits null (an absent type, a type list with "null", a null branch). */
function admitsNull(spec: Json, schema: Json, seen = new Set<string>()): boolean {
  if (typeof schema.$ref === "string") {
    if (seen.has(schema.$ref)) return false;
    seen.add(schema.$ref);
    return admitsNull(spec, resolve(spec, schema.$ref).node, seen);
  }
  for (const key of ["oneOf", "anyOf"] as const) {
    const branches = schema[key];
    if (Array.isArray(branches)) return branches.some((b) => admitsNull(spec, b as Json, seen));
  }
  if (Array.isArray(schema.enum)) return schema.enum.includes(null);
  if ("const" in schema) return schema.const === null;
  const type = schema.type;
  if (type === undefined) return true;
  return type === "null" || (Array.isArray(type) && type.includes("null"));
}

/**
 * Every constraint an answer must meet, as `pointer` (into openapi.yaml) → a short label. Kinds:
 * `…/format`, `…/enum`, `…/pattern`, … (the keyword itself); `…/required/NAME` (a required
 * property); `…/properties/NAME#non-null` (a property whose schema refuses null);
 * `…/additionalProperties` when not `true`; a response header's `…/required`.
 */
export function responseConstraints(spec: Json): Map<string, string> {
  const found = new Map<string, string>();
  const visited = new Set<string>();

  const visit = (schema: Json, pointer: string): void => {
    if (typeof schema.$ref === "string") {
      const target = resolve(spec, schema.$ref);
      if (visited.has(target.pointer)) return;
      visited.add(target.pointer);
      visit(target.node, target.pointer);
      return;
    }
    for (const key of NARROWING) {
      if (key in schema) found.set(`${pointer}/${key}`, `${key}: ${JSON.stringify(schema[key])}`);
    }
    for (const key of ["additionalProperties", "unevaluatedProperties"] as const) {
      const value = schema[key];
      if (value === undefined || value === true) continue;
      found.set(`${pointer}/${key}`, `${key}: ${JSON.stringify(value)}`);
      if (typeof value === "object" && value !== null) visit(value as Json, `${pointer}/${key}`);
    }
    if (Array.isArray(schema.required)) {
      for (const name of schema.required) found.set(`${pointer}/required/${escapeSegment(String(name))}`, "required");
    }
    const properties = (schema.properties ?? {}) as Record<string, Json>;
    for (const [name, property] of Object.entries(properties)) {
      const at = `${pointer}/properties/${escapeSegment(name)}`;
      if (!admitsNull(spec, property)) found.set(`${at}#non-null`, "non-null");
      visit(property, at);
    }
    if (schema.items && typeof schema.items === "object") visit(schema.items as Json, `${pointer}/items`);
    for (const key of ["oneOf", "anyOf", "allOf"] as const) {
      const branches = schema[key];
      if (!Array.isArray(branches)) continue;
      for (const [i, branch] of branches.entries()) visit(branch as Json, `${pointer}/${key}/${i}`);
    }
  };

  const visitResponse = (response: Json, pointer: string): void => {
    if (typeof response.$ref === "string") {
      const target = resolve(spec, response.$ref);
      if (visited.has(target.pointer)) return;
      visited.add(target.pointer);
      visitResponse(target.node, target.pointer);
      return;
    }
    for (const [name, raw] of Object.entries((response.headers ?? {}) as Record<string, Json>)) {
      const header =
        typeof raw.$ref === "string"
          ? resolve(spec, raw.$ref)
          : { node: raw, pointer: `${pointer}/headers/${escapeSegment(name)}` };
      if (header.node.required === true) found.set(`${header.pointer}/required`, "required header");
      if (header.node.schema) visit(header.node.schema as Json, `${header.pointer}/schema`);
    }
    for (const [type, media] of Object.entries((response.content ?? {}) as Record<string, Json>)) {
      if (media.schema) visit(media.schema as Json, `${pointer}/content/${escapeSegment(type)}/schema`);
    }
  };

  for (const [path, item] of Object.entries(spec.paths as Record<string, Json>)) {
    for (const [method, op] of Object.entries(item)) {
      if (!["get", "put", "post", "patch", "delete"].includes(method)) continue;
      const responses = ((op as Json).responses ?? {}) as Record<string, Json>;
      for (const [code, response] of Object.entries(responses)) {
        visitResponse(response, `/paths/${escapeSegment(path)}/${method}/responses/${code}`);
      }
    }
  }
  return found;
}
