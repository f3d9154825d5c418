import { APIResource } from "../core/resource.js";
/** Tool execution traces. */
export class Traces extends APIResource {
    /** List traces, narrowed by user, session, agent or application. */
    list(params, options) {
        return this._core.list("/api/v1/traces", params, options);
    }
    /** Get a trace with its events. */
    get(traceId, params, options) {
        return this._core.request("GET", "/api/v1/traces/{traceId}", { path: { traceId }, query: params }, options);
    }
    /** Trace statistics over a period; the API's bare object comes wrapped as `{ stats }`. */
    async stats(params, options) {
        return { stats: await this._core.request("GET", "/api/v1/traces/stats", { query: params }, options) };
    }
}
