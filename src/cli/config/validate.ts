/**
 * kontext.yaml against kontext.schema.json: the validator ajv compiled at generate time
 * (generated/config-validator.ts), its errors turned into one problem per place, in the CLI's words.
 * @module
 */
import { validate as compiled } from "../../../generated/config-validator.js";
import { tokensOf } from "../../pointer.js";

export type JsonPath = (string | number)[];

export interface SchemaProblem {
  path: JsonPath;
  message: string;
}

/** What ajv reports with `verbose` (the fields used here). */
interface AjvError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  /** The keyword's value, its schema node, and the failing value. */
  schema: unknown;
  parentSchema: Schema;
  data: unknown;
}

const validator = compiled as unknown as ((value: unknown) => boolean) & { errors?: AjvError[] | null };

// biome-ignore lint/suspicious/noExplicitAny: a JSON Schema node is any JSON object.
type Schema = Record<string, any>;

const show = (value: unknown) => JSON.stringify(value);

/** The instance path as keys and list indexes (`/applications/0/oauth` → `["applications", 0, "oauth"]`). */
function pathOf(pointer: string, value: unknown): JsonPath {
  const path: JsonPath = [];
  let node = value;
  for (const token of tokensOf(pointer)) {
    const key = Array.isArray(node) ? Number(token) : token;
    path.push(key);
    node = (node as Record<string, unknown> | undefined)?.[token];
  }
  return path;
}

function message(error: AjvError): string | undefined {
  const { params, data } = error;
  switch (error.keyword) {
    case "type": {
      const types = String(params.type).split(",");
      return `must be ${types.map((t) => (t === "array" ? "a list" : `a ${t}`)).join(" or ")}`;
    }
    case "const":
      return `must be ${show(params.allowedValue)}`;
    case "enum":
      return `must be one of ${(params.allowedValues as unknown[]).map(show).join(", ")} (got ${show(data)})`;
    case "minLength":
      return params.limit === 1 ? "must not be empty" : `must be at least ${params.limit} characters`;
    case "format":
      return params.format === "uri" ? `must be an absolute URI (got ${show(data)})` : `must be a ${params.format}`;
    case "uniqueItems":
      return `${show((data as unknown[])[repeated(error)])} is listed twice`;
    case "required":
      return `needs ${params.missingProperty}`;
    case "additionalProperties":
      return `unknown field ${show(params.additionalProperty)} (known: ${Object.keys(error.parentSchema.properties ?? {}).join(", ")})`;
    case "not": {
      const fields: string[] = (error.schema as Schema).required ?? [];
      return fields.length ? `must not have ${fields.join(", ")} here` : "is not allowed here";
    }
    case "oneOf":
      return params.passingSchemas ? "matches more than one of the allowed shapes" : undefined;
    case "if":
      return undefined; // the failing `then` says what is wrong
    default:
      return `${error.keyword} ${show(params)}`;
  }
}

/** The later of two equal items, where the repetition is. */
const repeated = (error: AjvError) => Math.max(error.params.i as number, error.params.j as number);

/** The path an error is reported at: an unknown field or a repeated item at itself, else where ajv points. */
function where(error: AjvError, value: unknown): JsonPath {
  const path = pathOf(error.instancePath, value);
  if (error.keyword === "additionalProperties") path.push(String(error.params.additionalProperty));
  if (error.keyword === "uniqueItems") path.push(repeated(error));
  return path;
}

const formatKey = (path: JsonPath) => JSON.stringify(path);

/**
 * Every place where `value` breaks kontext.schema.json, once each. Where no variant of a `oneOf`
 * matches, only the closest one (fewest problems, the first on a tie) says what is wrong; where
 * several problems fall on one place, the first one found is kept.
 */
export function validateConfig(value: unknown): SchemaProblem[] {
  if (validator(value)) return [];
  let errors = validator.errors ?? [];
  // Keep the closest variant of each failed oneOf, innermost first so that nested ones are settled.
  const failed = errors
    .filter((e) => e.keyword === "oneOf" && !e.params.passingSchemas)
    .sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  for (const oneOf of failed) {
    const base = `${oneOf.schemaPath}/`;
    // A variant's errors: below the oneOf in the schema, and at or below its value in the file.
    const inside = (e: AjvError) =>
      e.schemaPath.startsWith(base) &&
      (e.instancePath === oneOf.instancePath || e.instancePath.startsWith(`${oneOf.instancePath}/`));
    const byVariant = new Map<string, AjvError[]>();
    for (const e of errors) {
      if (!inside(e)) continue;
      const variant = e.schemaPath.slice(base.length).split("/")[0] as string;
      byVariant.set(variant, [...(byVariant.get(variant) ?? []), e]);
    }
    const closest = [...byVariant.values()].reduce((best, found) => (found.length < best.length ? found : best));
    errors = errors.filter((e) => e !== oneOf && (!inside(e) || closest.includes(e)));
  }
  const problems: SchemaProblem[] = [];
  // A field's own schema speaks first; a oneOf variant's view of the same place would repeat it.
  const variant = (e: AjvError) => e.schemaPath.includes("/oneOf/");
  for (const error of [...errors.filter((e) => !variant(e)), ...errors.filter(variant)]) {
    const text = message(error);
    if (text === undefined) continue;
    const path = where(error, value);
    const same = (p: SchemaProblem) => formatKey(p.path) === formatKey(path);
    if (problems.some((p) => same(p) && (p.message === text || variant(error)))) continue;
    problems.push({ path, message: text });
  }
  return problems;
}
