import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { PaginationError } from "../../src/errors.js";
import { clientFor, json, rejection, serveWithTokens, type TestApi, testApi } from "../helpers/api.js";

let api: TestApi;
beforeEach(() => {
  api = testApi();
});
afterEach(() => api.close());

const app = (id: string) => ({ id, name: id, description: null });

/** Serves applications in pages keyed by the `cursor` query value ("" for the first page). */
function servePages(pages: Record<string, { items: unknown[]; nextCursor?: string | null }>) {
  serveWithTokens(api, (req) => {
    const cursor = new URL(req.url, api.url).searchParams.get("cursor") ?? "";
    const page = pages[cursor];
    if (!page) return json(400, { message: `unknown cursor ${cursor}`, statusCode: 400 });
    return json(200, page);
  });
}

const cursors = () => api.apiRequests().map((r) => new URL(r.url, api.url).searchParams.get("cursor"));

describe("cursor pagination", () => {
  test("for await yields every item of every page in order, sending each cursor", async () => {
    servePages({
      "": { items: [app("a1"), app("a2")], nextCursor: "c1" },
      c1: { items: [app("b1"), app("b2")], nextCursor: "c2" },
      c2: { items: [app("c1")] },
    });
    const ids: string[] = [];
    for await (const application of clientFor(api).applications.list({ limit: 2 })) ids.push(application.id);
    expect(ids).toEqual(["a1", "a2", "b1", "b2", "c1"]);
    expect(cursors()).toEqual([null, "c1", "c2"]);
    for (const request of api.apiRequests()) {
      expect(new URL(request.url, api.url).searchParams.get("limit")).toBe("2");
    }
  });

  test("stops on a null nextCursor", async () => {
    servePages({
      "": { items: [app("a1")], nextCursor: "c1" },
      c1: { items: [app("b1")], nextCursor: null },
    });
    const ids: string[] = [];
    for await (const application of clientFor(api).applications.list()) ids.push(application.id);
    expect(ids).toEqual(["a1", "b1"]);
    expect(api.apiRequests()).toHaveLength(2);
  });

  test("stops on a missing nextCursor", async () => {
    servePages({ "": { items: [app("a1"), app("a2")] } });
    const ids: string[] = [];
    for await (const application of clientFor(api).applications.list()) ids.push(application.id);
    expect(ids).toEqual(["a1", "a2"]);
    expect(api.apiRequests()).toHaveLength(1);
  });

  test("throws PaginationError when a cursor repeats instead of looping", async () => {
    servePages({
      "": { items: [app("a1")], nextCursor: "c1" },
      c1: { items: [app("b1")], nextCursor: "c2" },
      c2: { items: [app("c1")], nextCursor: "c1" },
    });
    const ids: string[] = [];
    const error = await rejection(
      (async () => {
        for await (const application of clientFor(api).applications.list()) ids.push(application.id);
      })(),
    );
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ code: "kontext_pagination_loop" });
    // The page carrying the repeated cursor is not trusted either: the listing stops before it.
    expect(ids).toEqual(["a1", "b1"]);
    expect(api.apiRequests()).toHaveLength(3);
  });

  test("throws PaginationError when a page points at itself", async () => {
    servePages({ "": { items: [app("a1")], nextCursor: "c1" }, c1: { items: [app("b1")], nextCursor: "c1" } });
    const iterate = async () => {
      for await (const _ of clientFor(api).applications.list()) {
        // drain
      }
    };
    expect(await rejection(iterate())).toBeInstanceOf(PaginationError);
    expect(api.apiRequests()).toHaveLength(2);
  });

  test("await list() gives the first page as is, with its nextCursor", async () => {
    servePages({
      "": { items: [app("a1"), app("a2")], nextCursor: "c1" },
      c1: { items: [app("b1")] },
    });
    const page = await clientFor(api).applications.list({ limit: 2 });
    expect(page).toEqual({ items: [app("a1"), app("a2")], nextCursor: "c1" });
    expect(api.apiRequests()).toHaveLength(1);
  });

  test("starts from a given cursor", async () => {
    servePages({ c1: { items: [app("b1")], nextCursor: null } });
    const ids: string[] = [];
    for await (const application of clientFor(api).applications.list({ cursor: "c1" })) ids.push(application.id);
    expect(ids).toEqual(["b1"]);
    expect(cursors()).toEqual(["c1"]);
  });

  test("a cursor that looks like a URL is sent as an encoded query value to the same host, never followed", async () => {
    const evil = "http://evil.example/steal?token=1&x=../../";
    servePages({
      "": { items: [app("a1")], nextCursor: evil },
      [evil]: { items: [app("b1")] },
    });
    const ids: string[] = [];
    for await (const application of clientFor(api).applications.list()) ids.push(application.id);
    expect(ids).toEqual(["a1", "b1"]);
    const second = api.apiRequests()[1];
    expect(second?.url).toBe(`/api/v1/applications?cursor=${encodeURIComponent(evil)}`);
    expect(cursors()).toEqual([null, evil]);
  });

  test("a URL-like cursor passed by the caller is encoded too", async () => {
    const evil = "https://evil.example/x#frag";
    servePages({ [evil]: { items: [] } });
    await clientFor(api).applications.list({ cursor: evil });
    expect(api.apiRequests()[0]?.url).toBe(`/api/v1/applications?cursor=${encodeURIComponent(evil)}`);
  });
});
