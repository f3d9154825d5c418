import { data, done } from "../core/api.js";
import { type PagePromise, pages } from "../core/pagination.js";
import { APIResource, type Body, type Ok, type Query } from "../core/resource.js";
import type { RequestOptions } from "../options.js";

/** Service accounts: machine-to-machine credentials for the Management API. */
export class ServiceAccounts extends APIResource {
  /** List service accounts (never with secrets). Await it for one page, or `for await` it for all. */
  list(params?: Query<"listServiceAccounts">, options?: RequestOptions): PagePromise<Ok<"listServiceAccounts">> {
    return pages(params, (query) =>
      this._api.GET("/api/v1/service-accounts", { params: { query }, fetch: this._core.fetch(options) }),
    );
  }

  /** Get a service account. */
  get(id: string, options?: RequestOptions): Promise<Ok<"getServiceAccount">> {
    return data(
      this._api.GET("/api/v1/service-accounts/{id}", { params: { path: { id } }, fetch: this._core.fetch(options) }),
    );
  }

  /** Create a service account; its `clientSecret` is shown only here. */
  create(body: Body<"createServiceAccount">, options?: RequestOptions): Promise<Ok<"createServiceAccount">> {
    return data(this._api.POST("/api/v1/service-accounts", { body, fetch: this._core.fetch(options, "sends-json") }));
  }

  /** Revoke (permanently delete) a service account and its tokens. */
  revoke(id: string, options?: RequestOptions): Promise<void> {
    return done(
      this._api.DELETE("/api/v1/service-accounts/{id}", {
        params: { path: { id } },
        fetch: this._core.fetch(options, "no-content"),
      }),
    );
  }

  /** Rotate secret; the old one is refused at once, issued tokens live until they expire. */
  rotateSecret(id: string, options?: RequestOptions): Promise<Ok<"rotateServiceAccountSecret">> {
    return data(
      this._api.POST("/api/v1/service-accounts/{id}/rotate-secret", {
        params: { path: { id } },
        fetch: this._core.fetch(options),
      }),
    );
  }
}
