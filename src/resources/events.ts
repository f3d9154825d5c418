import { data } from "../core/api.js";
import { APIResource, type Ok, type Query } from "../core/resource.js";
import type { RequestOptions } from "../options.js";

/** MCP trace events, queried directly. */
export class Events extends APIResource {
  /** List MCP events, newest first. */
  list(params?: Query<"listMcpEvents">, options?: RequestOptions): Promise<Ok<"listMcpEvents">> {
    return data(this._api.GET("/api/v1/mcp-events", { params: { query: params }, fetch: this._core.fetch(options) }));
  }
}
