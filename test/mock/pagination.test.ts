// Cursor pagination against Prism. Prism answers the same page whatever the cursor, so the named
// examples stand in for pages: firstPage carries a nextCursor, lastPage does not.
import { describe, expect, inject, test } from "vitest";
import { PaginationError } from "../../src/errors.js";
import type { KontextManagementClient } from "../../src/management.js";
import type { RequestOptions } from "../../src/options.js";
import { isTokenUrl, prismClient, recordingFetch } from "./calls.js";
import { example } from "./spec.js";

const prismUrl = inject("prismUrl");

interface Page {
  items: unknown[];
  nextCursor?: string | null;
}

type Lister = (client: KontextManagementClient, options?: RequestOptions) => PromiseLike<Page> & AsyncIterable<unknown>;

const LISTS: [string, string, Lister][] = [
  ["applications.list", "listApplications", (c, o) => c.applications.list({}, o)],
  ["integrations.list", "listIntegrations", (c, o) => c.integrations.list({ limit: 2 }, o)],
  ["serviceAccounts.list", "listServiceAccounts", (c, o) => c.serviceAccounts.list(undefined, o)],
  ["traces.list", "listTraces", (c, o) => c.traces.list({}, o)],
];

describe.each(LISTS)("%s", (_name, operationId, list) => {
  const firstPage = example(operationId, 200, "firstPage") as Page;
  const lastPage = example(operationId, 200, "lastPage") as Page;

  test("the spec's pages are what these tests need: a first page with a cursor, a last page without", () => {
    expect(firstPage.nextCursor).toEqual(expect.any(String));
    expect(lastPage.nextCursor ?? null).toBeNull();
    expect(example(operationId, 200)).toStrictEqual(firstPage);
  });

  test("awaiting list() resolves to the first page, nextCursor included", async () => {
    const page = await list(prismClient(prismUrl));
    expect(page).toStrictEqual(firstPage);
    expect(page.nextCursor).toBe(firstPage.nextCursor);
  });

  test("for await over a last page yields exactly its items and stops without another request", async () => {
    const { fetch, requests } = recordingFetch();
    const client = prismClient(prismUrl, { fetch });
    const items: unknown[] = [];
    for await (const item of list(client, { headers: { prefer: "example=lastPage" } })) items.push(item);
    expect(items).toStrictEqual(lastPage.items);
    expect(requests.filter((r) => !isTokenUrl(r.url))).toHaveLength(1);
  });

  test("for await over a server that repeats its cursor yields the first page once, then throws PaginationError", async () => {
    const { fetch, requests } = recordingFetch();
    const client = prismClient(prismUrl, { fetch });
    const items: unknown[] = [];
    let thrown: unknown;
    try {
      for await (const item of list(client)) items.push(item);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PaginationError);
    // Page 2 (asked for with the first page's cursor) comes back with that same cursor: it is the
    // first page again, so its items must not be yielded a second time.
    expect(items).toStrictEqual(firstPage.items);
    const api = requests.filter((r) => !isTokenUrl(r.url));
    expect(api).toHaveLength(2);
    expect(new URL(api[0]?.url ?? prismUrl).searchParams.has("cursor")).toBe(false);
    expect(new URL(api[1]?.url ?? prismUrl).searchParams.get("cursor")).toBe(firstPage.nextCursor);
  });
});
