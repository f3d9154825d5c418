import type { PagePromise } from "../core/pagination.js";
import { APIResource } from "../core/resource.js";
import type { RequestOptions } from "../options.js";
import type {
  GetTraceParams,
  ListTracesParams,
  TraceDetail,
  TraceList,
  TraceStats,
  TraceStatsParams,
} from "../types.js";

/** Tool execution traces. */
export class Traces extends APIResource {
  /** List traces, narrowed by user, session, agent or application. */
  list(params?: ListTracesParams, options?: RequestOptions): PagePromise<TraceList> {
    return this._core.list("/api/v1/traces", params, options);
  }

  /** Get a trace with its events. */
  get(traceId: string, params?: GetTraceParams, options?: RequestOptions): Promise<TraceDetail> {
    return this._core.request("GET", "/api/v1/traces/{traceId}", { path: { traceId }, query: params }, options);
  }

  /** Trace statistics over a period; the API's bare object comes wrapped as `{ stats }`. */
  async stats(params?: TraceStatsParams, options?: RequestOptions): Promise<{ stats: TraceStats }> {
    return { stats: await this._core.request<TraceStats>("GET", "/api/v1/traces/stats", { query: params }, options) };
  }
}
