import { data } from "../core/api.js";
import { APIResource, type Ok } from "../core/resource.js";
import type { RequestOptions } from "../options.js";

/** The organization's tool-access policies, read-only. */
export class Policies extends APIResource {
  /** Get policy settings. */
  getSettings(options?: RequestOptions): Promise<Ok<"getPolicySettings">> {
    return data(this._api.GET("/api/v1/policy/settings", { fetch: this._core.fetch(options) }));
  }

  /** List policy rules (a bare array, not paginated). */
  listRules(options?: RequestOptions): Promise<Ok<"listPolicyRules">> {
    return data(this._api.GET("/api/v1/policy/rules", { fetch: this._core.fetch(options, "array") }));
  }
}
