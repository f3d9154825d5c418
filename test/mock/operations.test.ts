// Every operation of openapi.yaml, called once through its client method against Prism serving that
// same spec: the method must resolve to the spec's example, reshaped only as the SDK page documents.
import { describe, expect, inject, test } from "vitest";
import { CALLS, CREDENTIALS, invoke, isTokenUrl, lookup, prismClient, recordingFetch } from "./calls.js";
import { example, operation, operations, type SpecOperation } from "./spec.js";

const prismUrl = inject("prismUrl");

function expected(op: SpecOperation, reshape: ((wire: unknown) => unknown) | undefined, name?: string): unknown {
  if (op.successCode === 204) return undefined;
  const wire = example(op.operationId, op.successCode, name);
  return reshape ? reshape(wire) : wire;
}

describe("the operation table", () => {
  test("names a client method for every operation in the spec", () => {
    const missing = operations.map((o) => o.operationId).filter((id) => !CALLS[id]?.length);
    expect(missing).toEqual([]);
  });

  test("names no operation the spec lacks", () => {
    const ids = new Set(operations.map((o) => o.operationId));
    expect(Object.keys(CALLS).filter((id) => !ids.has(id))).toEqual([]);
  });

  test("names only methods the client has", () => {
    const client = prismClient(prismUrl);
    const lacking = Object.values(CALLS)
      .flat()
      .filter((call) => lookup(client, call.method) === undefined)
      .map((call) => call.method);
    expect(lacking).toEqual([]);
  });
});

const apiOperations = operations.filter((o) => o.operationId !== "requestAccessToken");

describe.each(apiOperations.map((op) => [op.operationId, op] as const))("%s", (_id, op) => {
  for (const call of CALLS[op.operationId] ?? []) {
    test(`${call.method}() resolves to the spec's default ${op.successCode} example`, async () => {
      const { fetch, requests } = recordingFetch();
      const client = prismClient(prismUrl, { fetch });
      const result = await invoke(client, call);
      expect(result).toStrictEqual(expected(op, call.reshape));
      const api = requests.filter((r) => !isTokenUrl(r.url));
      expect(api.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
        `${op.method} ${fillPath(op.path, call.args)}`,
      ]);
    });

    // A POST whose status the docs leave open documents 200 and 201: the method takes either.
    for (const code of op.successCodes.slice(1)) {
      test(`${call.method}() resolves to the ${code} example when the server answers ${code}`, async () => {
        const client = prismClient(prismUrl);
        const result = await invoke(client, call, { headers: { prefer: `code=${code}` } });
        const wire = example(op.operationId, code);
        expect(result).toStrictEqual(call.reshape ? call.reshape(wire) : wire);
      });
    }

    // Named examples after the first are reached with `Prefer: example=NAME`.
    for (const named of op.responses[op.successCode]?.examples.slice(1) ?? []) {
      test(`${call.method}() resolves to the "${named.name}" example when Prism is asked for it`, async () => {
        const client = prismClient(prismUrl);
        const result = await invoke(client, call, { headers: { prefer: `example=${named.name}` } });
        expect(result).toStrictEqual(expected(op, call.reshape, named.name));
      });
    }
  }
});

/** The path template with its `{placeholders}` filled by the call's id arguments, in order. */
function fillPath(template: string, args: unknown[]): string {
  const ids = args.filter((a): a is string => typeof a === "string");
  let i = 0;
  return template.replace(/\{\w+\}/g, (placeholder) => ids[i++] ?? placeholder);
}

describe("requestAccessToken", () => {
  const tokenExample = example("requestAccessToken", 200) as { access_token: string };

  test("refreshToken() fetches the example token and the next API call carries it as the bearer", async () => {
    const { fetch, requests } = recordingFetch();
    const client = prismClient(prismUrl, { fetch });
    await expect(client.refreshToken()).resolves.toBeUndefined();
    expect(requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual(["POST /oauth2/token"]);
    const token = requests[0] as (typeof requests)[number];
    expect(token.headers.get("authorization")).toBe(
      `Basic ${Buffer.from(`${CREDENTIALS.clientId}:${CREDENTIALS.clientSecret}`).toString("base64")}`,
    );
    expect(token.headers.get("content-type")).toMatch(/^application\/x-www-form-urlencoded/);

    await client.applications.get("550e8400-e29b-41d4-a716-446655440000");
    expect(requests).toHaveLength(2);
    expect(requests[1]?.headers.get("authorization")).toBe(`Bearer ${tokenExample.access_token}`);
  });

  test("a plain form POST to /oauth2/token on the same origin answers the spec's token example", async () => {
    const res = await fetch(`${prismUrl}/oauth2/token`, {
      method: "POST",
      headers: {
        authorization: `Basic ${Buffer.from(`${CREDENTIALS.clientId}:${CREDENTIALS.clientSecret}`).toString("base64")}`,
        "content-type": "application/x-www-form-urlencoded",
        accept: "application/json",
      },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        scope: "management:all",
        audience: `${prismUrl}/api/v1`,
      }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toStrictEqual(tokenExample);
    expect(operation("requestAccessToken").path).toBe("/oauth2/token");
  });
});
