import { APIResource } from "../core/resource.js";
/** MCP trace events, queried directly. */
export class Events extends APIResource {
    /** List MCP events, newest first. */
    list(params, options) {
        return this._core.request("GET", "/api/v1/mcp-events", { query: params }, options);
    }
}
