/**
 * Friendly names over the generated schemas, as the service's SDK page names them.
 * @module
 */
import type { components, operations, paths } from "../generated/openapi.js";

export type { components, operations, paths };

type Schemas = components["schemas"];
type QueryOf<K extends keyof operations> = NonNullable<operations[K]["parameters"]["query"]>;

export type Application = Schemas["Application"];
export type ApplicationOAuth = Schemas["ApplicationOAuth"];
export type ApplicationIntegration = Schemas["ApplicationIntegration"];
export type CreateApplicationInput = Schemas["CreateApplicationInput"];
export type CreateApplicationOAuthInput = Schemas["CreateApplicationOAuthInput"];
export type UpdateApplicationInput = Schemas["UpdateApplicationInput"];
export type UpdateApplicationOAuthInput = Schemas["UpdateApplicationOAuthInput"];
export type ApplicationList = Schemas["ApplicationList"];
export type ApplicationResponse = Schemas["ApplicationResponse"];
export type CreateApplicationResponse = Schemas["CreateApplicationResponse"];
export type ApplicationOAuthResponse = Schemas["ApplicationOAuthResponse"];
export type IntegrationIdList = Schemas["IntegrationIdList"];
export type SetApplicationIntegrationsInput = Schemas["SetApplicationIntegrationsInput"];
export type AccessGraph = Schemas["AccessGraph"];

export type AgentSession = Schemas["AgentSession"];
export type AgentSessionList = Schemas["AgentSessionList"];
export type AgentSessionResponse = Schemas["AgentSessionResponse"];
export type RevokeAgentSessionsResult = Schemas["RevokeAgentSessionsResult"];

export type Integration = Schemas["Integration"];
export type CreateIntegrationInput = Schemas["CreateIntegrationInput"];
export type UpdateIntegrationInput = Schemas["UpdateIntegrationInput"];
export type IntegrationList = Schemas["IntegrationList"];
export type IntegrationResponse = Schemas["IntegrationResponse"];
export type IntegrationValidation = Schemas["IntegrationValidation"];
export type IntegrationOAuthConfig = Schemas["IntegrationOAuthConfig"];
export type SetIntegrationOAuthConfigInput = Schemas["SetIntegrationOAuthConfigInput"];
export type IntegrationOAuthConfigResponse = Schemas["IntegrationOAuthConfigResponse"];
export type IntegrationConnection = Schemas["IntegrationConnection"];
export type CreateIntegrationConnectionInput = Schemas["CreateIntegrationConnectionInput"];
export type IntegrationConnectionResponse = Schemas["IntegrationConnectionResponse"];

export type ServiceAccount = Schemas["ServiceAccount"];
export type ServiceAccountCredentials = Schemas["ServiceAccountCredentials"];
export type CreateServiceAccountInput = Schemas["CreateServiceAccountInput"];
export type ServiceAccountList = Schemas["ServiceAccountList"];
export type ServiceAccountResponse = Schemas["ServiceAccountResponse"];
export type CreateServiceAccountResponse = Schemas["CreateServiceAccountResponse"];
export type ServiceAccountCredentialsResponse = Schemas["ServiceAccountCredentialsResponse"];

export type Trace = Schemas["Trace"];
export type TraceEvent = Schemas["TraceEvent"];
export type TraceList = Schemas["TraceList"];
export type TraceDetail = Schemas["TraceDetail"];
export type TraceStats = Schemas["TraceStats"];
export type McpEvent = Schemas["McpEvent"];
export type McpEventList = Schemas["McpEventList"];

export type ApplicationOAuthType = Schemas["ApplicationOAuthType"];
export type IntegrationCategory = Schemas["IntegrationCategory"];
export type IntegrationAuthMode = Schemas["IntegrationAuthMode"];
export type IntegrationValidationStatus = Schemas["IntegrationValidationStatus"];
export type AgentSessionStatus = Schemas["AgentSessionStatus"];
export type AgentSessionDerivedStatus = Schemas["AgentSessionDerivedStatus"];
export type TraceEventStatus = Schemas["TraceEventStatus"];

export type TokenResponse = Schemas["TokenResponse"];
/** The API's error body. */
export type ApiErrorBody = Schemas["Error"];

export type ListApplicationsParams = QueryOf<"listApplications">;
export type AccessGraphParams = QueryOf<"getApplicationAccessGraph">;
export type ListAgentSessionsParams = QueryOf<"listAgentSessions">;
export type ListIntegrationsParams = QueryOf<"listIntegrations">;
export type ListServiceAccountsParams = QueryOf<"listServiceAccounts">;
export type ListTracesParams = QueryOf<"listTraces">;
export type GetTraceParams = QueryOf<"getTrace">;
export type TraceStatsParams = QueryOf<"getTraceStats">;
export type ListMcpEventsParams = QueryOf<"listMcpEvents">;
