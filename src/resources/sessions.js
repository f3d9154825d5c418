import { APIResource } from "../core/resource.js";
/** Agent (MCP) sessions of an application. */
export class Sessions extends APIResource {
    /** List sessions of an application; active ones unless `status` says otherwise. */
    list(applicationId, params, options) {
        return this._core.request("GET", "/api/v1/applications/{id}/sessions", { path: { id: applicationId }, query: params }, options);
    }
    /** Get a session. */
    get(applicationId, sessionId, options) {
        const path = { id: applicationId, sessionId };
        return this._core.request("GET", "/api/v1/applications/{id}/sessions/{sessionId}", { path }, options);
    }
    /** Revoke all sessions of an application. */
    revokeAll(applicationId, options) {
        return this._core.request("DELETE", "/api/v1/applications/{id}/sessions", { path: { id: applicationId } }, options);
    }
}
