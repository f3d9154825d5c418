/**
 * A validator for the JSON Schema subset that kontext.schema.json uses (type, properties, required,
 * additionalProperties, items, enum, const, minLength, uniqueItems, format uri, if/then, oneOf, not, $ref into
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
  // One path, pushed and popped as the walk descends; copied only into a problem.
  const path: JsonPath = [];
  const at = (message: string, key?: string | number): SchemaProblem => ({
    path: key === undefined ? [...path] : [...path, key],
    message,
  });
  const check = (raw: Schema, node: unknown, report: SchemaProblem[]): void => {
    const schema = resolve(raw);
    if (schema.type !== undefined) {
      const types: string[] = Array.isArray(schema.type) ? schema.type : [schema.type];
      if (!types.some((t) => typeMatches(node, t))) {
        report.push(at(`must be ${types.map((t) => (t === "array" ? "a list" : `a ${t}`)).join(" or ")}`));
        return;
      }
    }
    if (schema.const !== undefined && node !== schema.const) {
      report.push(at(`must be ${show(schema.const)}`));
    }
    if (Array.isArray(schema.enum) && !schema.enum.includes(node)) {
      report.push(at(`must be one of ${schema.enum.map(show).join(", ")} (got ${show(node)})`));
    }
    if (typeof node === "string") {
      if (typeof schema.minLength === "number" && node.length < schema.minLength) {
        report.push(
          at(schema.minLength === 1 ? "must not be empty" : `must be at least ${schema.minLength} characters`),
        );
      }
      if (schema.format === "uri" && !isUri(node)) report.push(at(`must be an absolute URI (got ${show(node)})`));
    }
    if (Array.isArray(node)) {
      if (schema.items) {
        for (let i = 0; i < node.length; i++) {
          path.push(i);
          check(schema.items, node[i], report);
          path.pop();
        }
      }
      if (schema.uniqueItems === true) {
        const seen = new Set<string>();
        node.forEach((item, i) => {
          const key = show(item);
          if (seen.has(key)) report.push(at(`${key} is listed twice`, i));
          seen.add(key);
        });
      }
    }
    if (typeOf(node) === "object") {
      const object = node as Record<string, unknown>;
      for (const key of schema.required ?? []) {
        if (!(key in object)) report.push(at(`needs ${key}`));
      }
      const properties: Schema = schema.properties ?? {};
      for (const [key, item] of Object.entries(object)) {
        if (key in properties) {
          path.push(key);
          check(properties[key], item, report);
          path.pop();
        } else if (schema.additionalProperties === false) {
          report.push(at(`unknown field ${show(key)} (known: ${Object.keys(properties).join(", ")})`, key));
        }
      }
    }
    if (Array.isArray(schema.oneOf)) {
      // Exactly one variant must match; when none does, the closest one (fewest problems, the
      // first on a tie) says what is wrong.
      const results = schema.oneOf.map((variant: Schema) => {
        const found: SchemaProblem[] = [];
        check(variant, node, found);
        return found;
      });
      const matching = results.filter((found: SchemaProblem[]) => found.length === 0).length;
      if (matching === 0) {
        report.push(
          ...results.reduce((best: SchemaProblem[], found: SchemaProblem[]) =>
            found.length < best.length ? found : best,
          ),
        );
      } else if (matching > 1) report.push(at("matches more than one of the allowed shapes"));
    }
    if (schema.not) {
      const found: SchemaProblem[] = [];
      check(schema.not, node, found);
      if (found.length === 0) {
        const fields: string[] = schema.not.required ?? [];
        report.push(at(fields.length ? `must not have ${fields.join(", ")} here` : "is not allowed here"));
      }
    }
    if (schema.if && schema.then) {
      const matched: SchemaProblem[] = [];
      check(schema.if, node, matched);
      if (matched.length === 0) check(schema.then, node, report);
    }
  };
  check(root, value, problems);
  return problems;
}
