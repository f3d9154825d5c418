// Which client method reaches each operation of the spec, with the arguments a test calls it with.
import { KontextManagementClient } from "../../src/management.js";
import type { RequestOptions } from "../../src/options.js";
import { operation } from "./spec.js";

type Namespace = "applications" | "integrations" | "serviceAccounts" | "sessions" | "traces" | "events" | "policies";

/** `namespace.method` as the SDK page names it, or a client-level method. */
export type MethodName =
  | { [N in Namespace]: `${N}.${Extract<keyof KontextManagementClient[N], string>}` }[Namespace]
  | "refreshToken";

export interface MethodCall {
  method: MethodName;
  /** The positional arguments; the per-request options are appended after them. */
  args: unknown[];
  /** What the method resolves to, given the wire answer (default: the answer itself, undefined for 204). */
  reshape?: (wire: unknown) => unknown;
}

export const APP_ID = "550e8400-e29b-41d4-a716-446655440000";
export const INTEGRATION_ID = "11111111-1111-4111-8111-111111111111";
export const SESSION_ID = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
export const SERVICE_ACCOUNT_ID = "55555555-5555-4555-8555-555555555555";
export const TRACE_ID = "0af7651916cd43dd8448eb211c80319c";

/** The spec's first example of an operation's request body: valid by construction. */
function body(operationId: string): unknown {
  const first = operation(operationId).requestExamples[0];
  if (!first) throw new Error(`${operationId} has no request body example`);
  return first.value;
}

/** Every operationId of the spec and the client methods that call it. */
export const CALLS: Record<string, MethodCall[]> = {
  requestAccessToken: [{ method: "refreshToken", args: [] }],

  listApplications: [{ method: "applications.list", args: [{ limit: 50 }] }],
  createApplication: [{ method: "applications.create", args: [body("createApplication")] }],
  getApplicationAccessGraph: [{ method: "applications.getAccessGraph", args: [{ includePolicy: false }] }],
  getApplication: [{ method: "applications.get", args: [APP_ID] }],
  updateApplication: [{ method: "applications.update", args: [APP_ID, body("updateApplication")] }],
  archiveApplication: [{ method: "applications.archive", args: [APP_ID] }],
  rotateApplicationSecret: [{ method: "applications.rotateSecret", args: [APP_ID] }],
  getApplicationOAuth: [{ method: "applications.getOAuth", args: [APP_ID] }],
  updateApplicationOAuth: [{ method: "applications.updateOAuth", args: [APP_ID, body("updateApplicationOAuth")] }],
  listApplicationIntegrations: [{ method: "applications.listIntegrations", args: [APP_ID] }],
  setApplicationIntegrations: [
    { method: "applications.setIntegrations", args: [APP_ID, body("setApplicationIntegrations")] },
  ],
  attachApplicationIntegration: [{ method: "applications.attachIntegration", args: [APP_ID, INTEGRATION_ID] }],
  detachApplicationIntegration: [{ method: "applications.detachIntegration", args: [APP_ID, INTEGRATION_ID] }],

  listAgentSessions: [{ method: "sessions.list", args: [APP_ID, { status: "all", limit: 100 }] }],
  revokeAllAgentSessions: [
    { method: "sessions.revokeAll", args: [APP_ID] },
    { method: "applications.revokeAllAgentSessions", args: [APP_ID] },
  ],
  getAgentSession: [{ method: "sessions.get", args: [APP_ID, SESSION_ID] }],

  listIntegrations: [{ method: "integrations.list", args: [{}] }],
  createIntegration: [{ method: "integrations.create", args: [body("createIntegration")] }],
  getIntegration: [{ method: "integrations.get", args: [INTEGRATION_ID] }],
  updateIntegration: [{ method: "integrations.update", args: [INTEGRATION_ID, body("updateIntegration")] }],
  archiveIntegration: [{ method: "integrations.archive", args: [INTEGRATION_ID] }],
  validateIntegration: [{ method: "integrations.validate", args: [INTEGRATION_ID] }],
  getIntegrationOAuthConfig: [{ method: "integrations.getOAuthConfig", args: [INTEGRATION_ID] }],
  setIntegrationOAuthConfig: [
    { method: "integrations.setOAuthConfig", args: [INTEGRATION_ID, body("setIntegrationOAuthConfig")] },
  ],
  deleteIntegrationOAuthConfig: [{ method: "integrations.deleteOAuthConfig", args: [INTEGRATION_ID] }],
  createIntegrationConnection: [
    { method: "integrations.connect", args: [INTEGRATION_ID, body("createIntegrationConnection")] },
  ],
  getIntegrationConnection: [{ method: "integrations.getConnection", args: [INTEGRATION_ID] }],
  revokeIntegrationConnection: [{ method: "integrations.disconnect", args: [INTEGRATION_ID] }],

  listServiceAccounts: [{ method: "serviceAccounts.list", args: [{ limit: 10 }] }],
  createServiceAccount: [{ method: "serviceAccounts.create", args: [body("createServiceAccount")] }],
  getServiceAccount: [{ method: "serviceAccounts.get", args: [SERVICE_ACCOUNT_ID] }],
  revokeServiceAccount: [{ method: "serviceAccounts.revoke", args: [SERVICE_ACCOUNT_ID] }],
  rotateServiceAccountSecret: [{ method: "serviceAccounts.rotateSecret", args: [SERVICE_ACCOUNT_ID] }],

  listTraces: [{ method: "traces.list", args: [{ applicationId: APP_ID }] }],
  getTraceStats: [{ method: "traces.stats", args: [{ period: "7d" }], reshape: (wire) => ({ stats: wire }) }],
  getTrace: [{ method: "traces.get", args: [TRACE_ID, {}] }],
  listMcpEvents: [{ method: "events.list", args: [{ limit: 20 }] }],

  getPolicySettings: [{ method: "policies.getSettings", args: [] }],
  listPolicyRules: [{ method: "policies.listRules", args: [] }],
};

/** The client's function for a method name, bound to its namespace; undefined when the client lacks it. */
export function lookup(
  client: KontextManagementClient,
  method: MethodName,
): ((...args: unknown[]) => unknown) | undefined {
  const [first, second] = method.split(".") as [string, string | undefined];
  const owner: unknown = second === undefined ? client : (client as unknown as Record<string, unknown>)[first];
  if (owner === null || typeof owner !== "object") return undefined;
  const fn = (owner as Record<string, unknown>)[second ?? first];
  return typeof fn === "function" ? (fn.bind(owner) as (...args: unknown[]) => unknown) : undefined;
}

/** Calls the named method with its arguments and, last, the per-request options. */
export async function invoke(
  client: KontextManagementClient,
  call: MethodCall,
  options?: RequestOptions,
): Promise<unknown> {
  const fn = lookup(client, call.method);
  if (!fn) throw new Error(`The client has no method ${call.method}`);
  return call.method === "refreshToken" ? await fn() : await fn(...call.args, options);
}

/** A fetch that records each request (URL, method, headers) before passing it to the real fetch. */
export interface Recorded {
  url: string;
  method: string;
  headers: Headers;
}

export function recordingFetch(extraHeaders?: (url: string) => Record<string, string> | undefined): {
  fetch: typeof fetch;
  requests: Recorded[];
} {
  const requests: Recorded[] = [];
  const wrapped: typeof fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const headers = new Headers(input instanceof Request ? input.headers : init?.headers);
    for (const [name, value] of Object.entries(extraHeaders?.(url) ?? {})) headers.set(name, value);
    requests.push({
      url,
      method: (init?.method ?? (input instanceof Request ? input.method : "GET")).toUpperCase(),
      headers,
    });
    return globalThis.fetch(input, { ...init, headers });
  };
  return { fetch: wrapped, requests };
}

export const CREDENTIALS = { clientId: "sa_6ba7b810-9dad-41d1-80b4-00c04fd430c8", clientSecret: "kx_sa_test_secret" };

/** A client of the Prism mock; retries off unless asked for, so a 429 arrives at once. */
export function prismClient(
  baseUrl: string,
  options: { fetch?: typeof fetch; maxRetries?: number } = {},
): KontextManagementClient {
  return new KontextManagementClient({
    baseUrl,
    credentials: CREDENTIALS,
    maxRetries: options.maxRetries ?? 0,
    timeout: 10_000,
    tokenTimeout: 10_000,
    ...(options.fetch && { fetch: options.fetch }),
  });
}

export const isTokenUrl = (url: string): boolean => new URL(url).pathname === "/oauth2/token";
