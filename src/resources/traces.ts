import { data } from "../core/api.js";
import { type PagePromise, pages } from "../core/pagination.js";
import { APIResource, type Ok, type Query } from "../core/resource.js";
import type { RequestOptions } from "../options.js";

/** Tool execution traces. */
export class Traces extends APIResource {
  /** List traces, narrowed by user, session, agent or application. */
  list(params?: Query<"listTraces">, options?: RequestOptions): PagePromise<Ok<"listTraces">> {
    return pages(params, (query) =>
      this._api.GET("/api/v1/traces", { params: { query }, fetch: this._core.fetch(options) }),
    );
  }

  /** Get a trace with its events. */
  get(traceId: string, params?: Query<"getTrace">, options?: RequestOptions): Promise<Ok<"getTrace">> {
    return data(
      this._api.GET("/api/v1/traces/{traceId}", {
        params: { path: { traceId }, query: params },
        fetch: this._core.fetch(options),
      }),
    );
  }

  /** Trace statistics over a period; the API's bare object comes wrapped as `{ stats }`. */
  async stats(params?: Query<"getTraceStats">, options?: RequestOptions): Promise<{ stats: Ok<"getTraceStats"> }> {
    return {
      stats: await data(
        this._api.GET("/api/v1/traces/stats", { params: { query: params }, fetch: this._core.fetch(options) }),
      ),
    };
  }
}
