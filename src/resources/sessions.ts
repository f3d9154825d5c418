import { APIResource } from "../core/resource.js";
import type { RequestOptions } from "../options.js";
import type {
  AgentSessionList,
  AgentSessionResponse,
  ListAgentSessionsParams,
  RevokeAgentSessionsResult,
} from "../types.js";

/** Agent (MCP) sessions of an application. */
export class Sessions extends APIResource {
  /** List sessions of an application; active ones unless `status` says otherwise. */
  list(applicationId: string, params?: ListAgentSessionsParams, options?: RequestOptions): Promise<AgentSessionList> {
    return this._core.request(
      "GET",
      "/api/v1/applications/{id}/sessions",
      { path: { id: applicationId }, query: params },
      options,
    );
  }

  /** Get a session. */
  get(applicationId: string, sessionId: string, options?: RequestOptions): Promise<AgentSessionResponse> {
    const path = { id: applicationId, sessionId };
    return this._core.request("GET", "/api/v1/applications/{id}/sessions/{sessionId}", { path }, options);
  }

  /** Revoke all sessions of an application. */
  revokeAll(applicationId: string, options?: RequestOptions): Promise<RevokeAgentSessionsResult> {
    return this._core.request("DELETE", "/api/v1/applications/{id}/sessions", { path: { id: applicationId } }, options);
  }
}
