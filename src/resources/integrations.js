import { APIResource } from "../core/resource.js";
/** Integrations: the external services your applications connect to. */
export class Integrations extends APIResource {
    /** List integrations. Await it for one page, or `for await` it for every integration. */
    list(params, options) {
        return this._core.list("/api/v1/integrations", params, options);
    }
    /** Get an integration. */
    get(id, options) {
        return this._core.request("GET", "/api/v1/integrations/{id}", { path: { id } }, options);
    }
    /** Create an integration. */
    create(data, options) {
        return this._core.request("POST", "/api/v1/integrations", { body: data }, options);
    }
    /** Update an integration (partial). */
    update(id, data, options) {
        return this._core.request("PATCH", "/api/v1/integrations/{id}", { path: { id }, body: data }, options);
    }
    /** Archive an integration. */
    archive(id, options) {
        return this._core.request("DELETE", "/api/v1/integrations/{id}", { path: { id } }, options, false);
    }
    /** Validate an integration: `status` is "pending", "valid" or "invalid". */
    validate(id, options) {
        return this._core.request("POST", "/api/v1/integrations/{id}/validate", { path: { id } }, options);
    }
    /** Get the integration's own OAuth app config; the secret is never returned. */
    getOAuthConfig(id, options) {
        return this._core.request("GET", "/api/v1/integrations/{id}/oauth", { path: { id } }, options);
    }
    /** Set the integration's OAuth app config. */
    setOAuthConfig(id, data, options) {
        return this._core.request("PUT", "/api/v1/integrations/{id}/oauth", { path: { id }, body: data }, options);
    }
    /** Delete the integration's OAuth app config. */
    deleteOAuthConfig(id, options) {
        return this._core.request("DELETE", "/api/v1/integrations/{id}/oauth", { path: { id } }, options, false);
    }
    /** Connect a `user_token` integration with a token. */
    connect(id, data, options) {
        return this._core.request("POST", "/api/v1/integrations/{id}/connection", { path: { id }, body: data }, options);
    }
    /** Get the status of a `user_token` integration's connection. */
    getConnection(id, options) {
        return this._core.request("GET", "/api/v1/integrations/{id}/connection", { path: { id } }, options);
    }
    /** Revoke a `user_token` integration's connection. */
    disconnect(id, options) {
        return this._core.request("DELETE", "/api/v1/integrations/{id}/connection", { path: { id } }, options, false);
    }
}
