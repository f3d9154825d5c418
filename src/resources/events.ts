import { APIResource } from "../core/resource.js";
import type { RequestOptions } from "../options.js";
import type { ListMcpEventsParams, McpEventList } from "../types.js";

/** MCP trace events, queried directly. */
export class Events extends APIResource {
  /** List MCP events, newest first. */
  list(params?: ListMcpEventsParams, options?: RequestOptions): Promise<McpEventList> {
    return this._core.request("GET", "/api/v1/mcp-events", { query: params }, options);
  }
}
