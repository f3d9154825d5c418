import { data } from "../core/api.js";
import { APIResource, type Ok, type Query } from "../core/resource.js";
import type { RequestOptions } from "../options.js";

/** Agent (MCP) sessions of an application. */
export class Sessions extends APIResource {
  /** List sessions of an application; active ones unless `status` says otherwise. */
  list(
    applicationId: string,
    params?: Query<"listAgentSessions">,
    options?: RequestOptions,
  ): Promise<Ok<"listAgentSessions">> {
    return data(
      this._api.GET("/api/v1/applications/{id}/sessions", {
        params: { path: { id: applicationId }, query: params },
        fetch: this._core.fetch(options),
      }),
    );
  }

  /** Get a session. */
  get(applicationId: string, sessionId: string, options?: RequestOptions): Promise<Ok<"getAgentSession">> {
    return data(
      this._api.GET("/api/v1/applications/{id}/sessions/{sessionId}", {
        params: { path: { id: applicationId, sessionId } },
        fetch: this._core.fetch(options),
      }),
    );
  }

  /** Revoke all sessions of an application. */
  revokeAll(applicationId: string, options?: RequestOptions): Promise<Ok<"revokeAllAgentSessions">> {
    return data(
      this._api.DELETE("/api/v1/applications/{id}/sessions", {
        params: { path: { id: applicationId } },
        fetch: this._core.fetch(options),
      }),
    );
  }
}
