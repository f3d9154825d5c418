// The Schemas section of the API reference shows each component with an example that Redocly builds
// from the examples of its properties; where a property has none, it invents "string", 2019-08-24 and
// a fixed uuid. So every scalar property of every component schema carries a realistic example of its
// own (the spec lint checks each against its schema; test/package/docs.test.ts reads the rendered page).
import { describe, expect, test } from "vitest";
import { spec } from "../../generated/spec.js";

type Schema = Record<string, unknown>;

const SCALAR = new Set(["string", "integer", "number"]);
const GIVEN = ["example", "examples", "const", "enum", "default"];

/** Where, inside one component schema, the sampler would have to invent a value. */
function unexampled(schema: unknown, at: string): string[] {
  if (!schema || typeof schema !== "object" || "$ref" in schema) return [];
  const s = schema as Schema;
  if (GIVEN.some((key) => key in s)) return [];
  const found: string[] = [];
  const types = [s.type].flat();
  if (types.some((t) => SCALAR.has(String(t)))) found.push(at);
  if (typeof s.additionalProperties === "object" || (s.additionalProperties === true && !s.properties)) {
    found.push(`${at} (an open object)`);
  }
  for (const [name, property] of Object.entries((s.properties ?? {}) as Record<string, unknown>)) {
    found.push(...unexampled(property, `${at}.${name}`));
  }
  found.push(...unexampled(s.items, `${at}[]`));
  for (const key of ["oneOf", "anyOf", "allOf"]) {
    for (const [i, branch] of ((s[key] ?? []) as unknown[]).entries())
      found.push(...unexampled(branch, `${at}/${key}/${i}`));
  }
  return found;
}

/** Every example value of the component schemas, with where it is. */
function examples(node: unknown, at: string): [string, unknown][] {
  if (!node || typeof node !== "object") return [];
  const found: [string, unknown][] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === "examples" && Array.isArray(value))
      found.push(...value.map((v, i): [string, unknown] => [`${at}/examples/${i}`, v]));
    else if (key === "example") found.push([`${at}/example`, value]);
    else found.push(...examples(value, `${at}/${key}`));
  }
  return found;
}

const schemas = (spec as unknown as { components: { schemas: Record<string, unknown> } }).components.schemas;

describe("the component schemas' examples", () => {
  test("every scalar property and every open object has an example, an enum, a const or a default", () => {
    const missing = Object.entries(schemas).flatMap(([name, schema]) => unexampled(schema, name));
    expect(missing).toEqual([]);
  });

  test('no example is a placeholder ("string", a 2019 date, the sampler\'s uuid)', () => {
    const placeholder = /^(string|2019-.*|497f6eca-6276-4993-bfeb-53cbbbba6f08|http:\/\/example\.com)$/;
    // Open objects (a JSON Schema, counts by status) are free-form: only scalar examples and lists of them.
    const found = examples(schemas, "#/components/schemas").filter(([, value]) =>
      [value].flat().some((v) => typeof v === "string" && placeholder.test(v)),
    );
    expect(found.map(([at]) => at)).toEqual([]);
  });
});
