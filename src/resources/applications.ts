import type { PagePromise } from "../core/pagination.js";
import { APIResource } from "../core/resource.js";
import type { RequestOptions } from "../options.js";
import type {
  AccessGraph,
  AccessGraphParams,
  ApplicationList,
  ApplicationOAuthResponse,
  ApplicationResponse,
  CreateApplicationInput,
  CreateApplicationResponse,
  IntegrationIdList,
  ListApplicationsParams,
  RevokeAgentSessionsResult,
  SetApplicationIntegrationsInput,
  UpdateApplicationInput,
  UpdateApplicationOAuthInput,
} from "../types.js";

/** Applications registered with your organization. */
export class Applications extends APIResource {
  /** List applications. Await it for one page, or `for await` it for every application. */
  list(params?: ListApplicationsParams, options?: RequestOptions): PagePromise<ApplicationList> {
    return this._core.list("/api/v1/applications", params, options);
  }

  /** Get an application. */
  get(id: string, options?: RequestOptions): Promise<ApplicationResponse> {
    return this._core.request("GET", "/api/v1/applications/{id}", { path: { id } }, options);
  }

  /** Create an application; a confidential one's `oauth.clientSecret` is shown only here. */
  create(data: CreateApplicationInput, options?: RequestOptions): Promise<CreateApplicationResponse> {
    return this._core.request("POST", "/api/v1/applications", { body: data }, options);
  }

  /** Update an application's name or description. */
  update(id: string, data: UpdateApplicationInput, options?: RequestOptions): Promise<ApplicationResponse> {
    return this._core.request("PATCH", "/api/v1/applications/{id}", { path: { id }, body: data }, options);
  }

  /** Archive an application: sets `archivedAt` and revokes all its sessions. */
  archive(id: string, options?: RequestOptions): Promise<void> {
    return this._core.request("DELETE", "/api/v1/applications/{id}", { path: { id } }, options, false);
  }

  /** Rotate client secret; the previous secret stops working at once. */
  rotateSecret(id: string, options?: RequestOptions): Promise<ApplicationOAuthResponse> {
    return this._core.request("POST", "/api/v1/applications/{id}/rotate-secret", { path: { id } }, options);
  }

  /** Get OAuth config. */
  getOAuth(id: string, options?: RequestOptions): Promise<ApplicationOAuthResponse> {
    return this._core.request("GET", "/api/v1/applications/{id}/oauth", { path: { id } }, options);
  }

  /** Update OAuth config (partial). */
  updateOAuth(
    id: string,
    data: UpdateApplicationOAuthInput,
    options?: RequestOptions,
  ): Promise<ApplicationOAuthResponse> {
    return this._core.request("PATCH", "/api/v1/applications/{id}/oauth", { path: { id }, body: data }, options);
  }

  /** List attached integrations. */
  listIntegrations(id: string, options?: RequestOptions): Promise<IntegrationIdList> {
    return this._core.request("GET", "/api/v1/applications/{id}/integrations", { path: { id } }, options);
  }

  /** Replace all integrations: any attached integration not in the list is detached. */
  setIntegrations(
    id: string,
    data: SetApplicationIntegrationsInput,
    options?: RequestOptions,
  ): Promise<IntegrationIdList> {
    return this._core.request("PUT", "/api/v1/applications/{id}/integrations", { path: { id }, body: data }, options);
  }

  /** Attach integration; a no-op if already attached. */
  attachIntegration(appId: string, integrationId: string, options?: RequestOptions): Promise<void> {
    const path = { id: appId, integrationId };
    return this._core.request(
      "POST",
      "/api/v1/applications/{id}/integrations/{integrationId}",
      { path },
      options,
      false,
    );
  }

  /** Detach integration. */
  detachIntegration(appId: string, integrationId: string, options?: RequestOptions): Promise<void> {
    const path = { id: appId, integrationId };
    return this._core.request(
      "DELETE",
      "/api/v1/applications/{id}/integrations/{integrationId}",
      { path },
      options,
      false,
    );
  }

  /** Revoke all agent sessions of an application. */
  revokeAllAgentSessions(id: string, options?: RequestOptions): Promise<RevokeAgentSessionsResult> {
    return this._core.request("DELETE", "/api/v1/applications/{id}/sessions", { path: { id } }, options);
  }

  /** Get the access graph of applications and integrations (admins). */
  getAccessGraph(params?: AccessGraphParams, options?: RequestOptions): Promise<AccessGraph> {
    return this._core.request("GET", "/api/v1/applications/access-graph", { query: params }, options);
  }
}
