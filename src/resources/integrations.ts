import { data, done } from "../core/api.js";
import { type PagePromise, pages } from "../core/pagination.js";
import { APIResource, type Body, type Ok, type Query } from "../core/resource.js";
import type { RequestOptions } from "../options.js";

/** Integrations: the external services your applications connect to. */
export class Integrations extends APIResource {
  /** List integrations. Await it for one page, or `for await` it for every integration. */
  list(params?: Query<"listIntegrations">, options?: RequestOptions): PagePromise<Ok<"listIntegrations">> {
    return pages(params, (query) =>
      this._api.GET("/api/v1/integrations", { params: { query }, fetch: this._core.fetch(options) }),
    );
  }

  /** Get an integration. */
  get(id: string, options?: RequestOptions): Promise<Ok<"getIntegration">> {
    return data(
      this._api.GET("/api/v1/integrations/{id}", { params: { path: { id } }, fetch: this._core.fetch(options) }),
    );
  }

  /** Create an integration. */
  create(body: Body<"createIntegration">, options?: RequestOptions): Promise<Ok<"createIntegration">> {
    return data(this._api.POST("/api/v1/integrations", { body, fetch: this._core.fetch(options, "sends-json") }));
  }

  /** Update an integration (partial). */
  update(id: string, body: Body<"updateIntegration">, options?: RequestOptions): Promise<Ok<"updateIntegration">> {
    return data(
      this._api.PATCH("/api/v1/integrations/{id}", {
        params: { path: { id } },
        body,
        fetch: this._core.fetch(options, "sends-json"),
      }),
    );
  }

  /** Archive an integration. */
  archive(id: string, options?: RequestOptions): Promise<void> {
    return done(
      this._api.DELETE("/api/v1/integrations/{id}", {
        params: { path: { id } },
        fetch: this._core.fetch(options, "no-content"),
      }),
    );
  }

  /** Validate an integration: `status` is "pending", "valid" or "invalid". */
  validate(id: string, options?: RequestOptions): Promise<Ok<"validateIntegration">> {
    return data(
      this._api.POST("/api/v1/integrations/{id}/validate", {
        params: { path: { id } },
        fetch: this._core.fetch(options),
      }),
    );
  }

  /** Get the integration's own OAuth app config; the secret is never returned. */
  getOAuthConfig(id: string, options?: RequestOptions): Promise<Ok<"getIntegrationOAuthConfig">> {
    return data(
      this._api.GET("/api/v1/integrations/{id}/oauth", { params: { path: { id } }, fetch: this._core.fetch(options) }),
    );
  }

  /** Set the integration's OAuth app config. */
  setOAuthConfig(
    id: string,
    body: Body<"setIntegrationOAuthConfig">,
    options?: RequestOptions,
  ): Promise<Ok<"setIntegrationOAuthConfig">> {
    return data(
      this._api.PUT("/api/v1/integrations/{id}/oauth", {
        params: { path: { id } },
        body,
        fetch: this._core.fetch(options, "sends-json"),
      }),
    );
  }

  /** Delete the integration's OAuth app config. */
  deleteOAuthConfig(id: string, options?: RequestOptions): Promise<void> {
    return done(
      this._api.DELETE("/api/v1/integrations/{id}/oauth", {
        params: { path: { id } },
        fetch: this._core.fetch(options, "no-content"),
      }),
    );
  }

  /** Connect a `user_token` integration with a token. */
  connect(
    id: string,
    body: Body<"createIntegrationConnection">,
    options?: RequestOptions,
  ): Promise<Ok<"createIntegrationConnection">> {
    return data(
      this._api.POST("/api/v1/integrations/{id}/connection", {
        params: { path: { id } },
        body,
        fetch: this._core.fetch(options, "sends-json"),
      }),
    );
  }

  /** Get the status of a `user_token` integration's connection. */
  getConnection(id: string, options?: RequestOptions): Promise<Ok<"getIntegrationConnection">> {
    return data(
      this._api.GET("/api/v1/integrations/{id}/connection", {
        params: { path: { id } },
        fetch: this._core.fetch(options),
      }),
    );
  }

  /** Revoke a `user_token` integration's connection. */
  disconnect(id: string, options?: RequestOptions): Promise<void> {
    return done(
      this._api.DELETE("/api/v1/integrations/{id}/connection", {
        params: { path: { id } },
        fetch: this._core.fetch(options, "no-content"),
      }),
    );
  }
}
