// What sandbox-smoke.mjs must return in every runtime: the answers a user's test relies on.
import { expect, it } from "vitest";

export interface SandboxSmoke {
  url: string;
  created: unknown;
  got: boolean;
  paged: string[];
  notFound: unknown;
  badRequest: unknown;
  retried: unknown;
  archivedAt: string;
  violations: string[];
}

/** The checks of the in-process sandbox, given what one runtime's run of sandbox-smoke.mjs returned. */
export function expectSandboxSmoke(results: () => SandboxSmoke): void {
  it("createSandbox: the client creates an application and gets it back, on the sandbox's https URL", () => {
    expect(results().url).toMatch(/^https:\/\/[0-9a-f]{8}\.sandbox\.kontext\.invalid$/);
    expect(results().created).toEqual({ name: "Runtime App", archivedAt: null });
    expect(results().got).toBe(true);
  });

  it("for await pages through every application, two a page", () => {
    expect(results().paged).toEqual(["Runtime App", "Paged 1", "Paged 2", "Paged 3", "Paged 4"]);
  });

  it("an unknown id is a NotFoundError (404)", () => {
    expect(results().notFound).toMatchObject({
      rejected: true,
      name: "NotFoundError",
      statusCode: 404,
      isNotFoundError: true,
    });
  });

  it("a body that breaks the spec is a BadRequestError (400) whose validationErrors name the field", () => {
    expect(results().badRequest).toMatchObject({
      rejected: true,
      name: "BadRequestError",
      statusCode: 400,
      isBadRequestError: true,
      validationErrors: [expect.stringContaining("oauth.type")],
    });
  });

  it("an injected 429 is retried by the client, which then gets the page", () => {
    expect(results().retried).toEqual({
      attempts: ["GET /api/v1/applications", "GET /api/v1/applications"],
      items: 1,
    });
  });

  it("archive sets archivedAt, and no answer broke the spec", () => {
    expect(results().archivedAt).toBe("string");
    expect(results().violations).toEqual([]);
  });
}
