// What a user's code does with the installed package, in whatever runtime loads this module
// (workerd, Bun, Deno, Chromium): a token request and an API call, an API error, timeouts (no
// answer; a body that stalls), a client.raw call and a token renewal after a 401.
// Each check returns what the user sees (values, error classes and codes) for the test to assert.
import { NotFoundError, TimeoutError } from "@kontext-dev/js-sdk/errors";
import { KontextManagementClient } from "@kontext-dev/js-sdk/management";

/** The facts of a rejection: class (by name and by instanceof), code and status. */
function described(error, elapsedMs) {
  return {
    rejected: true,
    name: error?.name,
    code: error?.code,
    statusCode: error?.statusCode,
    message: String(error?.message),
    isNotFoundError: error instanceof NotFoundError,
    isTimeoutError: error instanceof TimeoutError,
    elapsedMs,
  };
}

async function settle(promise) {
  const started = Date.now();
  try {
    return { rejected: false, value: await promise };
  } catch (error) {
    return described(error, Date.now() - started);
  }
}

/** Client credentials: the client fetches a token, then the application. */
export async function call(baseUrl, clientId) {
  const client = new KontextManagementClient({
    baseUrl,
    credentials: { clientId, clientSecret: `${clientId}-secret` },
    maxRetries: 0,
  });
  return settle(client.applications.get("app_rt").then(({ application }) => application));
}

/** A 404 from the API becomes the SDK's NotFoundError (with the token the server issued, not a token request). */
export async function notFound(baseUrl, clientId) {
  const client = new KontextManagementClient({ baseUrl, accessToken: `tok_${clientId}`, maxRetries: 0 });
  return settle(client.applications.get("app_missing"));
}

/** A path that never answers, with a 300 ms timeout: the call must reject with TimeoutError. */
export async function timeout(baseUrl) {
  const client = new KontextManagementClient({ baseUrl, accessToken: "tok_timeout", timeout: 300, maxRetries: 0 });
  return settle(client.applications.get("app_hang"));
}

/** Headers arrive, then the body stalls: the 300 ms timeout covers the body too. */
export async function stalledBody(baseUrl) {
  const client = new KontextManagementClient({ baseUrl, accessToken: "tok_timeout", timeout: 300, maxRetries: 0 });
  return settle(client.applications.get("app_stall"));
}

/** client.raw: the typed openapi-fetch call returns { data, error, response }. */
export async function raw(baseUrl, clientId) {
  const client = new KontextManagementClient({ baseUrl, accessToken: `tok_${clientId}`, maxRetries: 0 });
  return settle(
    client.raw
      .GET("/api/v1/applications/{id}", { params: { path: { id: "app_rt" } } })
      .then(({ data, error, response }) => ({ data, error, status: response.status })),
  );
}

/** The API answers 401 to the first token: the client renews it once and re-sends the POST, body included. */
export async function renewal(baseUrl, clientId) {
  const client = new KontextManagementClient({
    baseUrl,
    credentials: { clientId: `${clientId}-renew`, clientSecret: `${clientId}-renew-secret` },
    maxRetries: 0,
  });
  return settle(
    client.applications.create({
      name: "Renewed",
      oauth: { type: "public", redirectUris: ["https://app.example/callback"] },
    }),
  );
}

/** Every check, one after the other. */
export async function smoke(baseUrl, clientId) {
  return {
    call: await call(baseUrl, clientId),
    notFound: await notFound(baseUrl, clientId),
    timeout: await timeout(baseUrl),
    stalledBody: await stalledBody(baseUrl),
    raw: await raw(baseUrl, clientId),
    renewal: await renewal(baseUrl, clientId),
  };
}
