// The published spec variants (package exports ./openapi.dereferenced.json and ./openapi.3.0.json):
// each is a valid OpenAPI document for its version, passes Redocly lint with the repository's rules,
// describes the same API as openapi.yaml (spec:diff finds no change), and Prism serves it.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { startPrism } from "../../scripts/prism.mjs";
import { diffSpecs, loadSpec } from "../../scripts/spec-diff.mjs";
import { root } from "./constraints.js";

const exec = promisify(execFile);
const VARIANTS = [
  { file: "generated/openapi.dereferenced.json", openapi: /^3\.1\./, validator: "3.1" },
  { file: "generated/openapi.3.0.json", openapi: /^3\.0\./, validator: "3.0" },
];

describe.each(VARIANTS)("$file", ({ file, openapi, validator }) => {
  const path = join(root, file);
  const document = JSON.parse(readFileSync(path, "utf8"));

  it("is a valid OpenAPI document of its version", async () => {
    expect(document.openapi).toMatch(openapi);
    const v = new Validator();
    const result = await v.validate(path);
    expect(result.errors ?? []).toEqual([]);
    expect(v.version).toBe(validator);
  });

  it("passes Redocly lint", async () => {
    const { stderr } = await exec(join(root, "node_modules/.bin/redocly"), ["lint", file], { cwd: root });
    expect(stderr).toContain("Your API description is valid");
  }, 60_000);

  it("describes the same API as openapi.yaml", () => {
    expect(diffSpecs(loadSpec(join(root, "openapi.yaml")), document)).toEqual([]);
  });

  it("has no $ref left (dereferenced) or no 3.1-only keyword (3.0)", () => {
    const text = JSON.stringify(document);
    if (file.includes("dereferenced")) expect(text).not.toContain('"$ref"');
    else expect(text).not.toMatch(/"type":\[|"const":|"'null'"|"type":"null"/);
  });

  it("is served by Prism: an operation answers with its documented example", async () => {
    const prism = await startPrism({ spec: file });
    try {
      const res = await fetch(`${prism.url}/api/v1/applications?limit=20`, {
        headers: { authorization: "Bearer test-token" },
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { items: { id: string }[] };
      expect(body.items.length).toBeGreaterThan(0);
      const bad = await fetch(`${prism.url}/api/v1/applications?limit=0`, {
        headers: { authorization: "Bearer test-token" },
      });
      expect(bad.status).toBe(400);
    } finally {
      await prism.stop();
    }
  }, 60_000);
});
