// The ways of making the same GET whose instructions per call bench/instructions.mjs counts. Each
// variant resolves once it has checked the answer, so none can win by skipping work.
import { KontextManagementClient } from "@kontext-dev/js-sdk/management";
import createClient from "openapi-fetch";
import { ACCESS_TOKEN, APP_ID, CREDENTIALS } from "./fixtures.mjs";

const PATH = "/api/v1/applications/{id}";

function check(value) {
  if (value?.application?.id !== APP_ID) throw new Error(`unexpected answer: ${JSON.stringify(value).slice(0, 200)}`);
}

/** The variants against the bench server at `origin`, each with its own warm client. */
export function callVariants(origin) {
  const url = `${origin}/api/v1/applications/${APP_ID}`;
  const bearer = { accept: "application/json", authorization: `Bearer ${ACCESS_TOKEN}` };
  const client = new KontextManagementClient({ baseUrl: origin, credentials: CREDENTIALS });
  const openapi = createClient({ baseUrl: origin, headers: { authorization: `Bearer ${ACCESS_TOKEN}` } });
  const params = { params: { path: { id: APP_ID } } };
  return {
    fetch: async () => {
      const response = await fetch(url, { headers: bearer });
      check(await response.json());
    },
    // The floor for any client whose timeouts really abort: fetch with a fresh AbortSignal per call.
    // Node 20's fetch pays for every signal it is given (listener, WeakRef, FinalizationRegistry).
    "fetch + AbortSignal": async () => {
      const response = await fetch(url, { headers: bearer, signal: new AbortController().signal });
      check(await response.json());
    },
    // The floor every per-call goal is set against: what a user writing openapi-fetch with timeouts
    // that really abort would pay, a fresh AbortSignal per call.
    "openapi-fetch + AbortSignal": async () => {
      const { data } = await openapi.GET(PATH, { ...params, signal: new AbortController().signal });
      check(data);
    },
    "client.raw.GET": async () => {
      const { data } = await client.raw.GET(PATH, params);
      check(data);
    },
    "client.applications.get": async () => {
      check(await client.applications.get(APP_ID));
    },
  };
}
