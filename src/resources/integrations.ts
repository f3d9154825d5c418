import type { PagePromise } from "../core/pagination.js";
import { APIResource } from "../core/resource.js";
import type { RequestOptions } from "../options.js";
import type {
  CreateIntegrationConnectionInput,
  CreateIntegrationInput,
  IntegrationConnectionResponse,
  IntegrationList,
  IntegrationOAuthConfigResponse,
  IntegrationResponse,
  IntegrationValidation,
  ListIntegrationsParams,
  SetIntegrationOAuthConfigInput,
  UpdateIntegrationInput,
} from "../types.js";

/** Integrations: the external services your applications connect to. */
export class Integrations extends APIResource {
  /** List integrations. Await it for one page, or `for await` it for every integration. */
  list(params?: ListIntegrationsParams, options?: RequestOptions): PagePromise<IntegrationList> {
    return this._core.list("/api/v1/integrations", params, options);
  }

  /** Get an integration. */
  get(id: string, options?: RequestOptions): Promise<IntegrationResponse> {
    return this._core.request("GET", "/api/v1/integrations/{id}", { path: { id } }, options);
  }

  /** Create an integration. */
  create(data: CreateIntegrationInput, options?: RequestOptions): Promise<IntegrationResponse> {
    return this._core.request("POST", "/api/v1/integrations", { body: data }, options);
  }

  /** Update an integration (partial). */
  update(id: string, data: UpdateIntegrationInput, options?: RequestOptions): Promise<IntegrationResponse> {
    return this._core.request("PATCH", "/api/v1/integrations/{id}", { path: { id }, body: data }, options);
  }

  /** Archive an integration. */
  archive(id: string, options?: RequestOptions): Promise<void> {
    return this._core.request("DELETE", "/api/v1/integrations/{id}", { path: { id } }, options, false);
  }

  /** Validate an integration: `status` is "pending", "valid" or "invalid". */
  validate(id: string, options?: RequestOptions): Promise<IntegrationValidation> {
    return this._core.request("POST", "/api/v1/integrations/{id}/validate", { path: { id } }, options);
  }

  /** Get the integration's own OAuth app config; the secret is never returned. */
  getOAuthConfig(id: string, options?: RequestOptions): Promise<IntegrationOAuthConfigResponse> {
    return this._core.request("GET", "/api/v1/integrations/{id}/oauth", { path: { id } }, options);
  }

  /** Set the integration's OAuth app config. */
  setOAuthConfig(
    id: string,
    data: SetIntegrationOAuthConfigInput,
    options?: RequestOptions,
  ): Promise<IntegrationOAuthConfigResponse> {
    return this._core.request("PUT", "/api/v1/integrations/{id}/oauth", { path: { id }, body: data }, options);
  }

  /** Delete the integration's OAuth app config. */
  deleteOAuthConfig(id: string, options?: RequestOptions): Promise<void> {
    return this._core.request("DELETE", "/api/v1/integrations/{id}/oauth", { path: { id } }, options, false);
  }

  /** Connect a `user_token` integration with a token. */
  connect(
    id: string,
    data: CreateIntegrationConnectionInput,
    options?: RequestOptions,
  ): Promise<IntegrationConnectionResponse> {
    return this._core.request("POST", "/api/v1/integrations/{id}/connection", { path: { id }, body: data }, options);
  }

  /** Get the status of a `user_token` integration's connection. */
  getConnection(id: string, options?: RequestOptions): Promise<IntegrationConnectionResponse> {
    return this._core.request("GET", "/api/v1/integrations/{id}/connection", { path: { id } }, options);
  }

  /** Revoke a `user_token` integration's connection. */
  disconnect(id: string, options?: RequestOptions): Promise<void> {
    return this._core.request("DELETE", "/api/v1/integrations/{id}/connection", { path: { id } }, options, false);
  }
}
