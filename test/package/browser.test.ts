// The runtime path uses only web-standard APIs: the entries bundle for the browser platform with no
// Node.js built-ins, and the bundle works in a realm that has nothing but web globals.
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, root } from "./built.js";

beforeAll(() => assertBuilt());

/** Bundles one built entry for the browser the way a web app's bundler would. */
async function bundle(entry: string, format: "esm" | "iife" = "esm") {
  const result = await build({
    entryPoints: [join(root, "dist/src", entry)],
    bundle: true,
    platform: "browser",
    format,
    globalName: format === "iife" ? "Kontext" : undefined,
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error("esbuild wrote nothing");
  return { code: file.text, inputs: Object.keys(result.metafile.inputs), warnings: result.warnings };
}

describe.each(["management.js", "index.js", "errors.js"])("the %s entry bundled for the browser", (entry) => {
  it("bundles without errors or warnings, from our code and openapi-fetch only", async () => {
    const { inputs, warnings } = await bundle(entry);
    expect(warnings).toEqual([]);
    const outside = inputs.filter((p) => !p.startsWith("dist/") && !p.includes("node_modules/openapi-fetch/"));
    expect(outside.filter((p) => !p.includes("node_modules/openapi-typescript-helpers/"))).toEqual([]);
  });

  it("uses no Node.js built-ins, require() or Buffer, and touches process only behind a typeof guard", async () => {
    const { code } = await bundle(entry);
    expect(code).not.toMatch(/\bnode:/);
    expect(code).not.toMatch(/\brequire\s*\(/);
    expect(code).not.toMatch(/\bBuffer\b/);
    // openapi-fetch feature-detects Node with `typeof process === "object" && ...`, which is safe.
    const unguarded = code.split("\n").filter((line) => /\bprocess\b/.test(line) && !/typeof process ===/.test(line));
    expect(unguarded).toEqual([]);
  });
});

describe("the browser bundle of the management entry", () => {
  it("fetches a token and an application in a realm with nothing but web globals", async () => {
    const { code } = await bundle("management.js", "iife");
    const calls: { url: string; authorization: string | null }[] = [];
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      calls.push({ url: request.url, authorization: request.headers.get("authorization") });
      const body = request.url.endsWith("/oauth2/token")
        ? { access_token: "tok_browser", token_type: "Bearer", expires_in: 3600 }
        : { application: { id: "app_1", name: "Browser App" } };
      return Response.json(body);
    };
    // What a browser page offers the SDK: no process, Buffer, require or module.
    const web = {
      URL,
      URLSearchParams,
      Headers,
      Request,
      Response,
      AbortController,
      AbortSignal,
      TextEncoder,
      TextDecoder,
    };
    const timers = {
      setTimeout,
      clearTimeout,
      setInterval,
      clearInterval,
      queueMicrotask,
      structuredClone,
      btoa,
      atob,
      console,
      DOMException,
    };
    const realm = createContext({ ...web, ...timers, fetch });
    runInContext(code, realm);
    const name = await runInContext(
      `new Kontext.KontextManagementClient({
        baseUrl: "https://api.kontext.security",
        credentials: { clientId: "sa_browser", clientSecret: "browser-secret" },
      }).applications.get("app_1").then((r) => r.application.name)`,
      realm,
    );
    expect(name).toBe("Browser App");
    expect(calls).toEqual([
      { url: "https://api.kontext.security/oauth2/token", authorization: `Basic ${btoa("sa_browser:browser-secret")}` },
      { url: "https://api.kontext.security/api/v1/applications/app_1", authorization: "Bearer tok_browser" },
    ]);
    expect(runInContext("typeof process + typeof Buffer + typeof require", realm)).toBe("undefinedundefinedundefined");
  });
});
