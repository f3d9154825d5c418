import { inspect } from "node:util";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { KontextError } from "../../src/errors.js";
import { KontextManagementClient } from "../../src/management.js";
import type { Logger } from "../../src/options.js";
import {
  CLIENT_ID,
  CLIENT_SECRET,
  clientFor,
  type Handler,
  json,
  type RecordedRequest,
  rejection,
  type TestApi,
  type TokenEndpoint,
  testApi,
  text,
  tokenEndpoint,
} from "../helpers/api.js";

let api: TestApi;
let tokens: TokenEndpoint;
let logged: string[];
beforeEach(() => {
  api = testApi();
  tokens = tokenEndpoint();
  logged = [];
});
afterEach(() => api.close());

const logger: Logger = {
  debug: (message, data) => logged.push(`${message} ${JSON.stringify(data)}`),
  warn: (message, data) => logged.push(`${message} ${JSON.stringify(data)}`),
};

/** Everything that must never show up: the secret, the Basic credential, every issued token. */
function secrets(): string[] {
  const basic = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64");
  return [CLIENT_SECRET, basic, ...tokens.issued];
}

/** Fails the test when any rendering of `error`, the client or the log holds a secret. */
function expectNoSecrets(error: unknown, client: KontextManagementClient) {
  expect(error).toBeInstanceOf(KontextError);
  const err = error as KontextError;
  const outputs = {
    message: err.message,
    string: String(err),
    json: JSON.stringify(err),
    inspect: inspect(err, { depth: 10 }),
    stack: err.stack ?? "",
    clientInspect: inspect(client, { depth: 10 }),
    clientJson: JSON.stringify(client),
    log: logged.join("\n"),
  };
  for (const secret of secrets()) {
    for (const [where, text] of Object.entries(outputs)) {
      expect(text.includes(secret), `${where} contains ${JSON.stringify(secret)}:\n${text}`).toBe(false);
    }
  }
}

/** A snitch: every answer repeats the request's Authorization header and the secret. */
const echo = (req: RecordedRequest) =>
  `You sent Authorization: ${req.headers.authorization} with secret ${CLIENT_SECRET}, token ${tokens.issued.at(-1)}`;

function serveApi(handler: Handler) {
  api.handle((req) => tokens.answer(req) ?? handler(req));
}

describe("no secret or token in errors, the client or logs", () => {
  test("a 403 whose message echoes the bearer token and the secret", async () => {
    serveApi((req) => json(403, { message: echo(req), statusCode: 403, token: tokens.issued.at(-1) }));
    const client = clientFor(api, { logger });
    const error = await rejection(client.applications.get("app_1"));
    expect(tokens.issued).toEqual(["tok-1"]);
    expectNoSecrets(error, client);
    expect((error as KontextError).message).toContain("You sent Authorization");
  });

  test("a 400 whose validation errors echo the token", async () => {
    serveApi((req) => json(400, { message: [echo(req), `bad token ${tokens.issued.at(-1)}`], statusCode: 400 }));
    const client = clientFor(api, { logger });
    expectNoSecrets(await rejection(client.applications.get("app_1")), client);
  });

  test("an HTML 502 page that echoes the request headers", async () => {
    serveApi((req) =>
      text(502, `<html><body><h1>Bad Gateway</h1><pre>${echo(req)}</pre></body></html>`, {
        "content-type": "text/html",
      }),
    );
    const client = clientFor(api, { logger });
    expectNoSecrets(await rejection(client.applications.get("app_1")), client);
  });

  test("a 200 HTML answer that echoes the request headers", async () => {
    serveApi((req) => text(200, `<p>${echo(req)}</p>`, { "content-type": "text/html" }));
    const client = clientFor(api, { logger });
    expectNoSecrets(await rejection(client.applications.get("app_1")), client);
  });

  test("a repeated 401 that echoes each token", async () => {
    serveApi((req) => json(401, { message: echo(req), statusCode: 401 }));
    const client = clientFor(api, { logger });
    const error = await rejection(client.applications.get("app_1"));
    expect(tokens.issued).toEqual(["tok-1", "tok-2"]);
    expectNoSecrets(error, client);
  });

  test("a token endpoint refusal that echoes the Basic header and the secret", async () => {
    api.handle((req) =>
      json(401, { error: "invalid_client", error_description: echo(req), client_secret: CLIENT_SECRET }),
    );
    const client = clientFor(api, { logger });
    expectNoSecrets(await rejection(client.applications.get("app_1")), client);
  });

  test("a token endpoint answering an HTML page that echoes the Basic header", async () => {
    api.handle((req) => text(500, `<pre>${echo(req)}</pre>`, { "content-type": "text/html" }));
    const client = clientFor(api, { logger, maxRetries: 0 });
    expectNoSecrets(await rejection(client.applications.get("app_1")), client);
  });

  test("a token response without access_token that echoes the secret", async () => {
    api.handle((req) => json(200, { note: echo(req), client_secret: CLIENT_SECRET }));
    const client = clientFor(api, { logger });
    expectNoSecrets(await rejection(client.applications.get("app_1")), client);
  });

  test("a secret that straddles the end of the body excerpt is not cut in half into the excerpt", async () => {
    serveApi(() => text(502, `${"x".repeat(192)}${CLIENT_SECRET} and more`, { "content-type": "text/html" }));
    const client = clientFor(api, { maxRetries: 0 });
    const error = (await rejection(client.applications.get("app_1"))) as KontextError;
    expect(error.meta.bodyExcerpt).toBeDefined();
    expect(inspect(error, { depth: 10 })).not.toContain(CLIENT_SECRET.slice(0, 6));
  });

  test("a user accessToken echoed back is masked", async () => {
    const accessToken = "user-4ccess-T0KEN";
    api.handle((req) => json(403, { message: `denied for ${req.headers.authorization}` }));
    const client = new KontextManagementClient({ baseUrl: api.url, fetch: api.fetch, accessToken, logger });
    const error = await rejection(client.applications.get("app_1"));
    for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 10 }), inspect(client)]) {
      expect(text).not.toContain(accessToken);
    }
  });

  // On sockets: what keeps the bearer home here is real fetch's cross-origin redirect rule, which an
  // in-process fetch would only imitate.
  test("a redirect to another origin does not carry the bearer token there", async () => {
    const other = testApi(() => json(200, { application: { id: "elsewhere" } }));
    try {
      const elsewhere = (await other.listen()).url.replace("127.0.0.1", "localhost");
      serveApi((req) => text(307, null, { location: `${elsewhere}${req.url}` }));
      const { application } = await clientFor(await api.listen()).applications.get("app_1");
      expect(application.id).toBe("elsewhere");
      expect(other.requests).toHaveLength(1);
      expect(other.requests[0]?.headers.authorization).toBeUndefined();
    } finally {
      await other.close();
    }
  });

  test("inspecting or serialising a fresh client shows no credentials", () => {
    const client = clientFor(api);
    const outputs = [inspect(client, { depth: 10, showHidden: true }), JSON.stringify(client), String(client)];
    for (const text of outputs) expect(text).not.toContain(CLIENT_SECRET);
    expect(JSON.stringify(client)).toContain(api.url);
  });
});
