// Opaque cursors over everything, with `for await` through the SDK and by hand over plain HTTP.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { KontextManagementClient } from "../../src/management.js";
import type { Sandbox } from "../../src/sandbox/index.js";
import { clientOf, entries } from "./entries.js";

const names = Array.from({ length: 120 }, (_, i) => `item ${String(i).padStart(3, "0")}`);

describe.each(entries)("$name", ({ open }) => {
  let sandbox: Sandbox;
  let client: KontextManagementClient;

  beforeAll(async () => {
    sandbox = await open({ strict: true });
    client = clientOf(sandbox);
    for (const name of names) {
      await client.applications.create({ name, oauth: { type: "public", redirectUris: [] } });
      await client.integrations.create({ name, url: "https://mcp.example.com/mcp" });
      await client.serviceAccounts.create({ name });
    }
  });

  afterAll(async () => {
    expect(sandbox.violations).toEqual([]);
    await sandbox.close();
  });

  describe("for await over 120 items", () => {
    test("applications: default limit 50, three pages, each item once, in creation order", async () => {
      const pages = [];
      for await (const page of client.applications.list().pages()) pages.push(page);
      expect(pages.map((p) => p.items.length)).toEqual([50, 50, 20]);
      expect(pages.at(-1)?.nextCursor).toBeUndefined();
      const seen = [];
      for await (const app of client.applications.list()) seen.push(app.name);
      expect(seen).toEqual(names);
    });

    test("integrations with limit 7", async () => {
      const seen = [];
      for await (const integration of client.integrations.list({ limit: 7 })) seen.push(integration.name);
      expect(seen).toEqual(names);
    });

    test("service accounts with limit 200: one page, nextCursor null", async () => {
      const page = await client.serviceAccounts.list({ limit: 200 });
      expect(page.items.map((a) => a.name)).toEqual(names);
      expect(page.nextCursor).toBeNull();
      const seen = [];
      for await (const account of client.serviceAccounts.list({ limit: 13 })) seen.push(account.name);
      expect(seen).toEqual(names);
    });
  });

  describe("cursors", () => {
    test("are opaque strings, stable when items are added after them", async () => {
      const first = await client.applications.list({ limit: 100 });
      expect(first.nextCursor).toEqual(expect.any(String));
      const added = await client.applications.create({ name: "late", oauth: { type: "public", redirectUris: [] } });
      const rest = await client.applications.list({ limit: 100, cursor: first.nextCursor ?? undefined });
      expect(rest.items.map((a) => a.name)).toEqual([...names.slice(100), "late"]);
      await client.applications.archive(added.application.id);
    });

    test("a cursor that this list did not give out is a 400 naming cursor", async () => {
      const other = await client.integrations.list({ limit: 1 });
      for (const cursor of ["garbage", other.nextCursor ?? ""]) {
        const error = await client.applications.list({ cursor }).catch((e: unknown) => e);
        expect(error).toMatchObject({ statusCode: 400, validationErrors: [expect.stringContaining("cursor")] });
      }
    });
  });
});
