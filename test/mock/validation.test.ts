// A request Prism refuses by its schema: where the operation documents no 400 or 422, Prism answers
// its own 422 with a `validation` list, and the client must keep those reasons (with their fields).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startPrism } from "../../scripts/prism.mjs";
import { HttpError } from "../../src/errors.js";
import { prismClient } from "./calls.js";
import { spec } from "./spec.js";

let prism: Awaited<ReturnType<typeof startPrism>>;
let dir: string;

beforeAll(async () => {
  // Our spec with createServiceAccount's documented refusals removed, so Prism speaks for itself.
  const copy = structuredClone(spec) as { paths: Record<string, Record<string, { responses: object }>> };
  const create = copy.paths["/api/v1/service-accounts"]?.post as { responses: Record<string, unknown> };
  delete create.responses["400"];
  delete create.responses["422"];
  dir = mkdtempSync(join(tmpdir(), "kontext-422-"));
  const file = join(dir, "openapi.json");
  writeFileSync(file, JSON.stringify(copy));
  prism = await startPrism({ spec: file });
}, 60_000);

afterAll(async () => {
  await prism?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("a body the schema refuses", () => {
  test("Prism's 422 becomes an HttpError whose validationErrors and message carry the reasons", async () => {
    const client = prismClient(prism.url);
    const error = await client.serviceAccounts.create({ name: 42 } as never).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HttpError);
    const e = error as HttpError;
    expect(e.statusCode).toBe(422);
    expect(e.validationErrors?.length).toBeGreaterThan(0);
    // Prism names the field through its location, ["body", "name"].
    expect(e.validationErrors?.[0]).toMatch(/^name: .*string/);
    expect(e.message).toContain(e.validationErrors?.[0]);
    expect(e.message).not.toBe("422 Unprocessable Entity");
  });
});
