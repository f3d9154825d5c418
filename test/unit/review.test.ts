// Findings of an independent review against a hostile server: each is a behaviour users rely on.
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { ConfigError, InvalidResponseError, type KontextError, OAuthError } from "../../src/errors.js";
import type { Logger } from "../../src/options.js";
import { clientFor, json, rejection, startServer, type TestServer, tokenEndpoint } from "../helpers/server.js";

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(() => server.close());

describe("what a server sends outside the body is masked too", () => {
  test("a status text, content type and x-request-id echoing the token never show it", async () => {
    const tokens = tokenEndpoint();
    server.handle((req, res) => {
      if (tokens.handle(req, res)) return;
      const token = tokens.issued.at(-1) as string;
      if (req.url.includes("/applications/a1")) {
        res.writeHead(500, `Oops ${token}`, { "x-request-id": `rid-${token}` });
        res.end();
        return;
      }
      res.writeHead(200, { "content-type": `text/x-${token}`, "x-request-id": `rid-${token}` });
      res.end("{}");
    });
    const logged: string[] = [];
    const logger: Logger = {
      debug: (m, d) => logged.push(`${m} ${JSON.stringify(d)}`),
      warn: (m, d) => logged.push(`${m} ${JSON.stringify(d)}`),
    };
    const client = clientFor(server, { logger, maxRetries: 0 });
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
    server.handle((req, res) => {
      if (req.url.startsWith("/oauth2/token")) return json(res, 200, { access_token: token, token_type: "Bearer" });
      json(res, 200, { application: {} });
    });
    const error = await rejection(clientFor(server).applications.get("a1"));
    expect(error).toBeInstanceOf(OAuthError);
    expect(error).toMatchObject({ errorCode: "invalid_token_response" });
    expect(server.apiRequests()).toHaveLength(0);
  });
});

describe("bounded answers and input", () => {
  test("a body past 32 MB without content-length stops with InvalidResponseError", async () => {
    const tokens = tokenEndpoint();
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    server.handle((req, res) => {
      if (tokens.handle(req, res)) return;
      res.writeHead(200, { "content-type": "application/json" }); // chunked: no length declared
      let sent = 0;
      const pump = () => {
        while (sent < 40 && !res.destroyed) {
          sent++;
          if (!res.write(chunk)) {
            res.once("drain", pump);
            return;
          }
        }
        res.end();
      };
      pump();
    });
    const error = (await rejection(clientFor(server, { maxRetries: 0 }).applications.get("a1"))) as KontextError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.code).toBe("kontext_response_too_large");
  });

  test("create(undefined) is a ConfigError before any request", async () => {
    const client = clientFor(server);
    const error = await rejection(client.applications.create(undefined as never));
    expect(error).toBeInstanceOf(ConfigError);
    expect(server.requests).toHaveLength(0);
  });

  test("an empty scopes array is a ConfigError at construction", () => {
    expect(() => clientFor(server, { scopes: [] })).toThrow(ConfigError);
  });

  test("JSON.stringify of an error shows its name, message and facts", async () => {
    const error = await rejection(clientFor(server).applications.get("a/b"));
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      name: "ConfigError",
      code: "kontext_config_error",
      docsUrl: "https://docs.kontext.security/errors/kontext_config_error",
    });
    expect(JSON.parse(JSON.stringify(error)).message).toContain("id must be");
  });
});
