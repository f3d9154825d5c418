// Findings of an independent review against a hostile server: each is a behaviour users rely on.
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { ConfigError, InvalidResponseError, type KontextError, OAuthError } from "../../src/errors.js";
import type { Logger } from "../../src/options.js";
import { clientFor, json, rejection, serveWithTokens, streamed, type TestApi, testApi, text } from "../helpers/api.js";

let api: TestApi;
beforeEach(() => {
  api = testApi();
});
afterEach(() => api.close());

describe("what a server sends outside the body is masked too", () => {
  test("a status text, content type and x-request-id echoing the token never show it", async () => {
    const tokens = serveWithTokens(api, (req) => {
      const token = tokens.issued.at(-1) as string;
      if (req.url.includes("/applications/a1")) {
        return new Response(null, {
          status: 500,
          statusText: `Oops ${token}`,
          headers: { "x-request-id": `rid-${token}` },
        });
      }
      return text(200, "{}", { "content-type": `text/x-${token}`, "x-request-id": `rid-${token}` });
    });
    const logged: string[] = [];
    const logger: Logger = {
      debug: (m, d) => logged.push(`${m} ${JSON.stringify(d)}`),
      warn: (m, d) => logged.push(`${m} ${JSON.stringify(d)}`),
    };
    const client = clientFor(api, { logger, maxRetries: 0 });
    const failures = [await rejection(client.applications.get("a1")), await rejection(client.applications.get("a2"))];
    expect(failures[0]).toMatchObject({ statusCode: 500, name: "ServerError" });
    expect(failures[1]).toBeInstanceOf(InvalidResponseError);
    const rendered = [...failures.map((e) => `${(e as Error).message} ${JSON.stringify(e)}`), ...logged].join("\n");
    expect(tokens.issued.length).toBeGreaterThan(0);
    for (const token of tokens.issued) expect(rendered).not.toContain(token);
    expect(rendered).toContain("[REDACTED]");
  });
});

describe("token responses", () => {
  test.each([
    ["with CR/LF", "abc\r\nX-Evil: 1"],
    ["with a space", "abcd VERYSECRET"],
    ["with non-ASCII", "tok€n"],
  ])("an access_token %s is an OAuthError, and nothing is sent with it", async (_, token) => {
    api.handle((req) => {
      if (req.url.startsWith("/oauth2/token")) return json(200, { access_token: token, token_type: "Bearer" });
      return json(200, { application: {} });
    });
    const error = await rejection(clientFor(api).applications.get("a1"));
    expect(error).toBeInstanceOf(OAuthError);
    expect(error).toMatchObject({ errorCode: "invalid_token_response" });
    expect(api.apiRequests()).toHaveLength(0);
  });
});

describe("bounded answers and input", () => {
  test("a body past 32 MB without content-length stops with InvalidResponseError", async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x61);
    serveWithTokens(api, () => {
      let sent = 0;
      // No content-length declared; one megabyte at a time, as the reader asks for it.
      return streamed(
        200,
        { "content-type": "application/json" },
        { pull: (body) => (sent++ < 40 ? body.enqueue(chunk) : body.close()) },
      );
    });
    const error = (await rejection(clientFor(api, { maxRetries: 0 }).applications.get("a1"))) as KontextError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.code).toBe("kontext_response_too_large");
  });

  test("create(undefined) is a ConfigError before any request", async () => {
    const client = clientFor(api);
    const error = await rejection(client.applications.create(undefined as never));
    expect(error).toBeInstanceOf(ConfigError);
    expect(api.requests).toHaveLength(0);
  });

  test("an empty scopes array is a ConfigError at construction", () => {
    expect(() => clientFor(api, { scopes: [] })).toThrow(ConfigError);
  });

  test("JSON.stringify of an error shows its name, message and facts", async () => {
    const error = await rejection(clientFor(api).applications.get("a/b"));
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      name: "ConfigError",
      code: "kontext_config_error",
      docsUrl: "https://docs.kontext.security/errors/kontext_config_error",
    });
    expect(JSON.parse(JSON.stringify(error)).message).toContain("id must be");
  });
});
