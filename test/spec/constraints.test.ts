// Open on what we accept: every constraint the spec puts on an answer (format, required, non-null,
// enum, pattern, bounds, additionalProperties) must trace to a statement of the service's docs
// (../shared/seeds/ and ../shared/API.md, copied into test/spec/sources/ so that a clone without
// shared/ runs this too). constraint-sources.json lists each one with the file and
// the phrase that states it; a new constraint without a source, a source phrase that no longer
// occurs, or an entry whose constraint is gone fails here.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import table from "./constraint-sources.json" with { type: "json" };
import { loadSpec, responseConstraints, root } from "./constraints.js";

const shared = join(root, "test", "spec", "sources");
const sources = table as Record<string, { source: string; quote: string }>;
const spec = loadSpec();
const found = responseConstraints(spec);
const normalize = (text: string) => text.replace(/\s+/g, " ");

describe("response-side constraints of openapi.yaml", () => {
  test("each has a documented source in constraint-sources.json", () => {
    const unsourced = [...found].filter(([pointer]) => !(pointer in sources)).map(([p, what]) => `${p} (${what})`);
    expect(unsourced, "add a source for each, or leave the answer open").toEqual([]);
  });

  test("constraint-sources.json lists no constraint the spec no longer has", () => {
    expect(Object.keys(sources).filter((pointer) => !found.has(pointer))).toEqual([]);
  });

  test("every source phrase still occurs in its document", () => {
    expect(existsSync(shared), `the service docs are expected in ${shared}`).toBe(true);
    const texts = new Map<string, string>();
    const missing = Object.entries(sources).filter(([, { source, quote }]) => {
      if (!texts.has(source)) {
        const file = join(shared, source);
        texts.set(source, existsSync(file) ? normalize(readFileSync(file, "utf8")) : "");
      }
      return !texts.get(source)?.includes(normalize(quote));
    });
    expect(missing.map(([pointer, { source, quote }]) => `${pointer}: "${quote}" not in ${source}`)).toEqual([]);
  });

  test("schemas and fields described as inferred carry no constraint", () => {
    const schemas = (spec.components as { schemas: Record<string, Record<string, unknown>> }).schemas;
    const inferred = (description: unknown) => typeof description === "string" && /^Inferred\b/.test(description);
    const offending = [...found.keys()].filter((pointer) => {
      const [, name, property] = /^\/components\/schemas\/(\w+)(?:\/properties\/(\w+))?/.exec(pointer) ?? [];
      const schema = name ? schemas[name] : undefined;
      if (!schema) return false;
      const field = property ? (schema.properties as Record<string, { description?: unknown }>)[property] : undefined;
      return inferred(schema.description) || inferred(field?.description);
    });
    expect(offending).toEqual([]);
  });

  test("a constraint added without a source is caught (ownerUserId declared a UUID)", () => {
    type Props = Record<string, Record<string, unknown>>;
    const changed = structuredClone(spec) as { components: { schemas: Record<string, { properties: Props }> } };
    const { Application, AgentSession } = changed.components.schemas;
    if (!Application || !AgentSession) throw new Error("the spec lacks Application or AgentSession");
    (Application.properties.ownerUserId as Record<string, unknown>).format = "uuid";
    (AgentSession.properties.hostname as Record<string, unknown>).type = "string";
    const added = [...responseConstraints(changed as Record<string, unknown>).keys()].filter((p) => !(p in sources));
    expect(added).toEqual([
      "/components/schemas/Application/properties/ownerUserId/format",
      "/components/schemas/AgentSession/properties/hostname#non-null",
    ]);
  });

  test("request-only schemas stay out of the list (the client may be strict about what it sends)", () => {
    expect([...found.keys()].filter((p) => /Input\b|TokenRequest/.test(p))).toEqual([]);
    expect(found.size).toBe(Object.keys(sources).length);
  });
});
