import { data, done } from "../core/api.js";
import { type PagePromise, pages } from "../core/pagination.js";
import { APIResource, type Body, type Ok, type Query } from "../core/resource.js";
import type { RequestOptions } from "../options.js";

/** Applications registered with your organization. */
export class Applications extends APIResource {
  /** List applications. Await it for one page, or `for await` it for every application. */
  list(params?: Query<"listApplications">, options?: RequestOptions): PagePromise<Ok<"listApplications">> {
    return pages(params, (query) =>
      this._api.GET("/api/v1/applications", { params: { query }, fetch: this._core.fetch(options) }),
    );
  }

  /** Get an application. */
  get(id: string, options?: RequestOptions): Promise<Ok<"getApplication">> {
    return data(
      this._api.GET("/api/v1/applications/{id}", { params: { path: { id } }, fetch: this._core.fetch(options) }),
    );
  }

  /** Create an application; a confidential one's `oauth.clientSecret` is shown only here. */
  create(body: Body<"createApplication">, options?: RequestOptions): Promise<Ok<"createApplication">> {
    return data(this._api.POST("/api/v1/applications", { body, fetch: this._core.fetch(options, "sends-json") }));
  }

  /** Update an application's name or description. */
  update(id: string, body: Body<"updateApplication">, options?: RequestOptions): Promise<Ok<"updateApplication">> {
    return data(
      this._api.PATCH("/api/v1/applications/{id}", {
        params: { path: { id } },
        body,
        fetch: this._core.fetch(options, "sends-json"),
      }),
    );
  }

  /** Archive an application: sets `archivedAt` and revokes all its sessions. */
  archive(id: string, options?: RequestOptions): Promise<void> {
    return done(
      this._api.DELETE("/api/v1/applications/{id}", {
        params: { path: { id } },
        fetch: this._core.fetch(options, "no-content"),
      }),
    );
  }

  /** Rotate client secret; the previous secret stops working at once. */
  rotateSecret(id: string, options?: RequestOptions): Promise<Ok<"rotateApplicationSecret">> {
    return data(
      this._api.POST("/api/v1/applications/{id}/rotate-secret", {
        params: { path: { id } },
        fetch: this._core.fetch(options),
      }),
    );
  }

  /** Get OAuth config. */
  getOAuth(id: string, options?: RequestOptions): Promise<Ok<"getApplicationOAuth">> {
    return data(
      this._api.GET("/api/v1/applications/{id}/oauth", { params: { path: { id } }, fetch: this._core.fetch(options) }),
    );
  }

  /** Update OAuth config (partial). */
  updateOAuth(
    id: string,
    body: Body<"updateApplicationOAuth">,
    options?: RequestOptions,
  ): Promise<Ok<"updateApplicationOAuth">> {
    return data(
      this._api.PATCH("/api/v1/applications/{id}/oauth", {
        params: { path: { id } },
        body,
        fetch: this._core.fetch(options, "sends-json"),
      }),
    );
  }

  /** List attached integrations. */
  listIntegrations(id: string, options?: RequestOptions): Promise<Ok<"listApplicationIntegrations">> {
    return data(
      this._api.GET("/api/v1/applications/{id}/integrations", {
        params: { path: { id } },
        fetch: this._core.fetch(options),
      }),
    );
  }

  /** Replace all integrations: any attached integration not in the list is detached. */
  setIntegrations(
    id: string,
    body: Body<"setApplicationIntegrations">,
    options?: RequestOptions,
  ): Promise<Ok<"setApplicationIntegrations">> {
    return data(
      this._api.PUT("/api/v1/applications/{id}/integrations", {
        params: { path: { id } },
        body,
        fetch: this._core.fetch(options, "sends-json"),
      }),
    );
  }

  /** Attach integration; a no-op if already attached. */
  attachIntegration(appId: string, integrationId: string, options?: RequestOptions): Promise<void> {
    return done(
      this._api.POST("/api/v1/applications/{id}/integrations/{integrationId}", {
        params: { path: { id: appId, integrationId } },
        fetch: this._core.fetch(options, "no-content"),
      }),
    );
  }

  /** Detach integration. */
  detachIntegration(appId: string, integrationId: string, options?: RequestOptions): Promise<void> {
    return done(
      this._api.DELETE("/api/v1/applications/{id}/integrations/{integrationId}", {
        params: { path: { id: appId, integrationId } },
        fetch: this._core.fetch(options, "no-content"),
      }),
    );
  }

  /** Revoke all agent sessions of an application. */
  revokeAllAgentSessions(id: string, options?: RequestOptions): Promise<Ok<"revokeAllAgentSessions">> {
    return data(
      this._api.DELETE("/api/v1/applications/{id}/sessions", {
        params: { path: { id } },
        fetch: this._core.fetch(options),
      }),
    );
  }

  /** Get the access graph of applications and integrations (admins). */
  getAccessGraph(
    params?: Query<"getApplicationAccessGraph">,
    options?: RequestOptions,
  ): Promise<Ok<"getApplicationAccessGraph">> {
    return data(
      this._api.GET("/api/v1/applications/access-graph", {
        params: { query: params },
        fetch: this._core.fetch(options),
      }),
    );
  }
}
