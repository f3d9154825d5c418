/**
 * The operation table: every operation of `openapi.yaml` and the client methods that call it, as the
 * service's SDK page names them. The README's method table, the spec's code samples and the
 * `kontext` command line are all derived from it; the compiler keeps it in step with the spec
 * (an operation added to or removed from `openapi.yaml` breaks `npm run typecheck` here) and with
 * the client (a method that does not exist is a type error).
 * @module
 */
import type { operations } from "../generated/openapi.js";
import type { KontextManagementClient } from "./management.js";

/** The client's namespaces, in the SDK page's order. */
export const NAMESPACES = [
  "applications",
  "integrations",
  "serviceAccounts",
  "sessions",
  "traces",
  "events",
  "policies",
] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** `namespace.method` of the client, or a method of the client itself. */
export type MethodName =
  | { [N in Namespace]: `${N}.${Extract<keyof KontextManagementClient[N], string>}` }[Namespace]
  | "refreshToken";

/**
 * operationId → the client methods that call it (the first is the canonical one; a second is an
 * alias the SDK page also documents). Path ids are the method's leading arguments, in the order of
 * the path template; then the query parameters object or the body; then the per-request options.
 */
export const OPERATIONS = {
  requestAccessToken: ["refreshToken"],

  listApplications: ["applications.list"],
  createApplication: ["applications.create"],
  getApplicationAccessGraph: ["applications.getAccessGraph"],
  getApplication: ["applications.get"],
  updateApplication: ["applications.update"],
  archiveApplication: ["applications.archive"],
  rotateApplicationSecret: ["applications.rotateSecret"],
  getApplicationOAuth: ["applications.getOAuth"],
  updateApplicationOAuth: ["applications.updateOAuth"],
  listApplicationIntegrations: ["applications.listIntegrations"],
  setApplicationIntegrations: ["applications.setIntegrations"],
  attachApplicationIntegration: ["applications.attachIntegration"],
  detachApplicationIntegration: ["applications.detachIntegration"],

  listAgentSessions: ["sessions.list"],
  revokeAllAgentSessions: ["sessions.revokeAll", "applications.revokeAllAgentSessions"],
  getAgentSession: ["sessions.get"],

  listIntegrations: ["integrations.list"],
  createIntegration: ["integrations.create"],
  getIntegration: ["integrations.get"],
  updateIntegration: ["integrations.update"],
  archiveIntegration: ["integrations.archive"],
  validateIntegration: ["integrations.validate"],
  getIntegrationOAuthConfig: ["integrations.getOAuthConfig"],
  setIntegrationOAuthConfig: ["integrations.setOAuthConfig"],
  deleteIntegrationOAuthConfig: ["integrations.deleteOAuthConfig"],
  createIntegrationConnection: ["integrations.connect"],
  getIntegrationConnection: ["integrations.getConnection"],
  revokeIntegrationConnection: ["integrations.disconnect"],

  listServiceAccounts: ["serviceAccounts.list"],
  createServiceAccount: ["serviceAccounts.create"],
  getServiceAccount: ["serviceAccounts.get"],
  revokeServiceAccount: ["serviceAccounts.revoke"],
  rotateServiceAccountSecret: ["serviceAccounts.rotateSecret"],

  listTraces: ["traces.list"],
  getTraceStats: ["traces.stats"],
  getTrace: ["traces.get"],
  listMcpEvents: ["events.list"],

  getPolicySettings: ["policies.getSettings"],
  listPolicyRules: ["policies.listRules"],
} as const satisfies { [K in keyof operations]: readonly [MethodName, ...MethodName[]] };

export type OperationId = keyof typeof OPERATIONS;
