// createSandbox: what is particular to the sandbox answered in process. Its fetch opens no socket,
// behaves as a WHATWG fetch (a Request, a URL, a path), answers only for its own origin, and the
// client works with it as written, without dangerouslyAllowInsecureHttp. The web entry reaches no
// node: module, so bundles for workerd and browsers work.
import { fileURLToPath } from "node:url";
import { inspect } from "node:util";
import { build } from "esbuild";
import { describe, expect, test } from "vitest";
import { KontextManagementClient } from "../../src/management.js";
import { createSandbox } from "../../src/sandbox/index.js";
import { startSandbox } from "../../src/sandbox/web.js";

const sockets = () => process.getActiveResourcesInfo().filter((r) => /TCP|Pipe|UDP/.test(r));

describe("createSandbox", () => {
  test("opens no socket: no server listens and the client's calls never reach the network", async () => {
    const before = sockets();
    const sandbox = createSandbox({ strict: true, seed: true });
    const client = new KontextManagementClient({
      baseUrl: sandbox.url,
      credentials: sandbox.credentials,
      fetch: sandbox.fetch,
    });
    const { items } = await client.applications.list();
    expect(items.map((a) => a.name)).toEqual(["Support Copilot", "Nightly Report Bot"]);
    expect(sockets()).toEqual(before);
    expect(sandbox.url).toMatch(/^https:\/\/[0-9a-f]{8}\.sandbox\.kontext\.invalid$/);
    expect(sandbox.violations).toEqual([]);
  });

  test("fetch takes a Request, a URL or a path, and a body of any BodyInit", async () => {
    const sandbox = createSandbox();
    const { clientId, clientSecret } = sandbox.credentials;
    const form = new URLSearchParams({
      grant_type: "client_credentials",
      client_id: clientId,
      client_secret: clientSecret,
    });
    const token = await sandbox.fetch(new Request(`${sandbox.url}/oauth2/token`, { method: "POST", body: form }));
    expect(token.status).toBe(200);
    const { access_token } = (await token.json()) as { access_token: string };
    const authorization = `Bearer ${access_token}`;
    const created = await sandbox.fetch(new URL("/api/v1/service-accounts", sandbox.url), {
      method: "POST",
      headers: new Headers({ authorization, "content-type": "application/json" }),
      body: new Blob([JSON.stringify({ name: "from a Blob" })]),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get("content-type")).toMatch(/^application\/json/);
    const listed = await sandbox.fetch("/api/v1/service-accounts", { headers: { authorization } });
    expect(((await listed.json()) as { items: { name: string }[] }).items.map((a) => a.name)).toEqual(["from a Blob"]);
  });

  test("rejects like a network error for another origin, after close(), and when aborted", async () => {
    const sandbox = createSandbox();
    await expect(sandbox.fetch("https://api.kontext.security/api/v1/applications")).rejects.toThrow(
      /answers https:\/\/.*\.invalid only/,
    );
    await expect(sandbox.fetch(`${sandbox.url}/oauth2/token`, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: "AbortError",
    });
    await sandbox.close();
    await expect(sandbox.fetch(`${sandbox.url}/api/v1/applications`)).rejects.toThrow(TypeError);
  });

  test("url chooses the origin; a URL that is not an origin is refused", async () => {
    const sandbox = createSandbox({ url: "https://kontext.test" });
    expect(sandbox.url).toBe("https://kontext.test");
    const client = new KontextManagementClient({
      baseUrl: "https://kontext.test",
      credentials: sandbox.credentials,
      fetch: sandbox.fetch,
    });
    await expect(client.applications.list()).resolves.toEqual({ items: [] });
    expect(() => createSandbox({ url: "https://kontext.test/api" })).toThrow(TypeError);
    expect(() => createSandbox({ url: "kontext.test" })).toThrow(TypeError);
    expect(() => createSandbox({ tokenTtl: 0 })).toThrow("createSandbox: tokenTtl must be a positive number");
    // A seed read from an environment variable arrives as a string: refused, not silently unseeded.
    expect(() => createSandbox({ seed: "2" as unknown as number })).toThrow(
      "createSandbox: seed must be true, false or an integer",
    );
    expect(() => createSandbox({ seed: 1.5 })).toThrow(TypeError);
    expect(createSandbox({ seed: 2 }).url).toBeTypeOf("string");
  });

  test("inspect() shows the client id, never the secret", () => {
    const sandbox = createSandbox();
    expect(inspect(sandbox, { depth: 5 })).not.toContain(sandbox.credentials.clientSecret);
    expect(inspect(sandbox)).toContain(sandbox.credentials.clientId);
  });
});

describe("the web entry (what workerd and browser bundles get)", () => {
  test("bundles for workerd without a node: module", async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL("../../src/sandbox/web.ts", import.meta.url))],
      bundle: true,
      format: "esm",
      platform: "neutral",
      conditions: ["workerd", "worker", "browser"],
      mainFields: ["browser", "module", "main"],
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((path) => path.startsWith("node:") || /src\/sandbox\/(node|index)\.ts$/.test(path))).toEqual(
      [],
    );
    expect(inputs).toContainEqual(expect.stringMatching(/generated\/sandbox-validators\.ts$/));
  });

  test("has startSandbox, which rejects and names createSandbox", async () => {
    await expect(startSandbox()).rejects.toThrow(/use createSandbox\(\)/);
  });
});
