/**
 * A validator for the JSON Schema subset that kontext.schema.json uses (type, properties, required,
 * additionalProperties, items, enum, const, minLength, uniqueItems, format uri, if/then, $ref into
 * $defs), so the CLI checks a file against exactly the schema editors see.
 * @module
 */

export type JsonPath = (string | number)[];

export interface SchemaProblem {
  path: JsonPath;
  message: string;
}

// biome-ignore lint/suspicious/noExplicitAny: a JSON Schema node is any JSON object.
type Schema = Record<string, any>;

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function typeMatches(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === "number" && actual === "integer");
}

function isUri(value: string): boolean {
  if (!/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

const show = (value: unknown) => JSON.stringify(value);

/** Every place where `value` breaks `schema`, with the path to it. */
export function validateSchema(root: Schema, value: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const resolve = (schema: Schema): Schema => {
    if (typeof schema.$ref !== "string") return schema;
    const name = schema.$ref.replace("#/$defs/", "");
    return resolve(root.$defs[name]);
  };
  const check = (raw: Schema, node: unknown, path: JsonPath, report: SchemaProblem[]): void => {
    const schema = resolve(raw);
    if (schema.type !== undefined) {
      const types: string[] = Array.isArray(schema.type) ? schema.type : [schema.type];
      if (!types.some((t) => typeMatches(node, t))) {
        report.push({
          path,
          message: `must be ${types.map((t) => (t === "array" ? "a list" : `a ${t}`)).join(" or ")}`,
        });
        return;
      }
    }
    if (schema.const !== undefined && node !== schema.const) {
      report.push({ path, message: `must be ${show(schema.const)}` });
    }
    if (Array.isArray(schema.enum) && !schema.enum.includes(node)) {
      report.push({ path, message: `must be one of ${schema.enum.map(show).join(", ")} (got ${show(node)})` });
    }
    if (typeof node === "string") {
      if (typeof schema.minLength === "number" && node.length < schema.minLength) {
        report.push({
          path,
          message: schema.minLength === 1 ? "must not be empty" : `must be at least ${schema.minLength} characters`,
        });
      }
      if (schema.format === "uri" && !isUri(node))
        report.push({ path, message: `must be an absolute URI (got ${show(node)})` });
    }
    if (Array.isArray(node)) {
      if (schema.items) {
        for (const [i, item] of node.entries()) check(schema.items, item, [...path, i], report);
      }
      if (schema.uniqueItems === true) {
        const seen = new Set<string>();
        node.forEach((item, i) => {
          const key = show(item);
          if (seen.has(key)) report.push({ path: [...path, i], message: `${key} is listed twice` });
          seen.add(key);
        });
      }
    }
    if (typeOf(node) === "object") {
      const object = node as Record<string, unknown>;
      for (const key of schema.required ?? []) {
        if (!(key in object)) report.push({ path, message: `needs ${key}` });
      }
      const properties: Schema = schema.properties ?? {};
      for (const [key, item] of Object.entries(object)) {
        if (key in properties) check(properties[key], item, [...path, key], report);
        else if (schema.additionalProperties === false) {
          const known = Object.keys(properties).join(", ");
          report.push({ path: [...path, key], message: `unknown field ${show(key)} (known: ${known})` });
        }
      }
    }
    if (schema.if && schema.then) {
      const matched: SchemaProblem[] = [];
      check(schema.if, node, path, matched);
      if (matched.length === 0) check(schema.then, node, path, report);
    }
  };
  check(root, value, [], problems);
  return problems;
}
