import type { PagePromise } from "../core/pagination.js";
import { APIResource } from "../core/resource.js";
import type { RequestOptions } from "../options.js";
import type {
  CreateServiceAccountInput,
  CreateServiceAccountResponse,
  ListServiceAccountsParams,
  ServiceAccountCredentialsResponse,
  ServiceAccountList,
  ServiceAccountResponse,
} from "../types.js";

/** Service accounts: machine-to-machine credentials for the Management API. */
export class ServiceAccounts extends APIResource {
  /** List service accounts (never with secrets). Await it for one page, or `for await` it for all. */
  list(params?: ListServiceAccountsParams, options?: RequestOptions): PagePromise<ServiceAccountList> {
    return this._core.list("/api/v1/service-accounts", params, options);
  }

  /** Get a service account. */
  get(id: string, options?: RequestOptions): Promise<ServiceAccountResponse> {
    return this._core.request("GET", "/api/v1/service-accounts/{id}", { path: { id } }, options);
  }

  /** Create a service account; its `clientSecret` is shown only here. */
  create(data: CreateServiceAccountInput, options?: RequestOptions): Promise<CreateServiceAccountResponse> {
    return this._core.request("POST", "/api/v1/service-accounts", { body: data }, options);
  }

  /** Revoke (permanently delete) a service account and its tokens. */
  revoke(id: string, options?: RequestOptions): Promise<void> {
    return this._core.request("DELETE", "/api/v1/service-accounts/{id}", { path: { id } }, options, false);
  }

  /** Rotate secret; the old one is refused at once, issued tokens live until they expire. */
  rotateSecret(id: string, options?: RequestOptions): Promise<ServiceAccountCredentialsResponse> {
    return this._core.request("POST", "/api/v1/service-accounts/{id}/rotate-secret", { path: { id } }, options);
  }
}
