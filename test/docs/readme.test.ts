// The README's method table is the users' map of the API: it must match the spec and the client.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { KontextManagementClient } from "../../src/management.js";
import { operations as specOperations } from "../mock/spec.js";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

const table = readme.slice(readme.indexOf("<!-- methods:start -->"), readme.indexOf("<!-- methods:end -->"));
const rows = [...table.matchAll(/^\| (GET|POST|PUT|PATCH|DELETE) \| `([^`]+)` \| `client\.([\w.]+)\(/gm)].map((m) => ({
  endpoint: `${m[1]} ${m[2]}`,
  method: m[3] as string,
}));
const operations = specOperations.map((op) => `${op.method} ${op.path}`);

describe("README method table", () => {
  test("lists every operation of the spec", () => {
    const listed = new Set(rows.map((r) => r.endpoint));
    expect(operations.filter((op) => !listed.has(op))).toEqual([]);
  });

  test("lists no endpoint the spec lacks", () => {
    expect(rows.map((r) => r.endpoint).filter((e) => !operations.includes(e))).toEqual([]);
  });

  test("names only methods the client has", () => {
    const client = new KontextManagementClient({ baseUrl: "https://api.kontext.security", accessToken: "t" });
    const missing = rows.filter(({ method }) => {
      const parts = method.split(".");
      let target: unknown = client;
      for (const part of parts) target = (target as Record<string, unknown> | undefined)?.[part];
      return typeof target !== "function";
    });
    expect(missing).toEqual([]);
    expect(rows.length).toBeGreaterThanOrEqual(operations.length);
  });
});
