/**
 * Generated from openapi.yaml by scripts/generate.mjs. Do not edit by hand:
 * edit openapi.yaml, then run `npm run generate` (`npm run check:generated` fails on drift).
 */

export interface paths {
    "/oauth2/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request an access token
         * @description Exchanges service account credentials for an access token with the OAuth 2.0 client credentials grant (RFC 6749 §4.4). The client authenticates with HTTP Basic: the client id and secret are each form-url-encoded, joined by `:` and base64-encoded (RFC 6749 §2.3.1). The body is form-encoded; `scope` is space-separated (default `management:all`) and `audience` defaults to `{baseUrl}/api/{apiVersion}` in the SDK. The lifetime (`expires_in`) is not documented; about one hour is typical.
         *
         *     This request never carries a bearer token. Errors use the OAuth error body (`error`, `error_description`), not the API's error body.
         */
        post: operations["requestAccessToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List applications
         * @description Lists applications one page at a time (`limit`, `cursor`). By default the caller sees its own applications; privileged users (admin or owner) can pass `all=true` to list every application in the organization. Service account tokens need the `management:all` scope.
         */
        get: operations["listApplications"];
        put?: never;
        /**
         * Create an application
         * @description Registers an application and its OAuth client. The answer holds the application and its OAuth configuration; for a confidential client `oauth.clientSecret` is returned here and on rotation only, so store it immediately. `pkceRequired` defaults to true. Fails with 409 when an application with the same name exists. Service account tokens need the `management:all` scope.
         */
        post: operations["createApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/access-graph": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the access graph
         * @description Returns the graph of applications and the integrations they can reach, used by the dashboard to visualize access. With `includePolicy=true` the edges carry the computed policy overlay. Admin-only; service account tokens need the `management:all` scope.
         */
        get: operations["getApplicationAccessGraph"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's id (a UUID, not its OAuth `clientId`).
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /**
         * Get an application
         * @description Returns one application with its session counts, attached integrations and OAuth configuration (never the client secret). Service account tokens need the `management:all` scope.
         */
        get: operations["getApplication"];
        put?: never;
        post?: never;
        /**
         * Archive an application
         * @description Archives the application: sets `archivedAt` and revokes all of its active sessions. This is not a hard delete; the application stays readable. Service account tokens need the `management:all` scope.
         */
        delete: operations["archiveApplication"];
        options?: never;
        head?: never;
        /**
         * Update an application
         * @description Partial update: send only the fields to change; omitted fields are left unchanged. Fails with 409 when another application already has the new name. Service account tokens need the `management:all` scope.
         */
        patch: operations["updateApplication"];
        trace?: never;
    };
    "/api/v1/applications/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's id (a UUID, not its OAuth `clientId`).
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate client secret
         * @description Generates a new OAuth client secret. The previous secret stops working at once. The new `oauth.clientSecret` is shown only in this answer: store it immediately. Service account tokens need the `management:all` scope.
         */
        post: operations["rotateApplicationSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/oauth": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's id (a UUID, not its OAuth `clientId`).
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /**
         * Get OAuth configuration
         * @description Returns the application's OAuth client configuration, without the client secret. Service account tokens need the `management:all` scope.
         */
        get: operations["getApplicationOAuth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update OAuth configuration
         * @description Partial update of the OAuth client configuration: send only the fields to change. Service account tokens need the `management:all` scope.
         */
        patch: operations["updateApplicationOAuth"];
        trace?: never;
    };
    "/api/v1/applications/{id}/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's id (a UUID, not its OAuth `clientId`).
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /**
         * List attached integrations
         * @description Returns the ids of the integrations currently attached to the application. Service account tokens need the `management:all` scope.
         */
        get: operations["listApplicationIntegrations"];
        /**
         * Replace all integrations
         * @description Replaces the application's whole integration set: any attached integration not in the list is detached. An empty list detaches all. Service account tokens need the `management:all` scope.
         */
        put: operations["setApplicationIntegrations"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/integrations/{integrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's id (a UUID, not its OAuth `clientId`).
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["ApplicationId"];
                /**
                 * @description The id of the integration to attach or detach.
                 * @example 11111111-1111-4111-8111-111111111111
                 */
                integrationId: components["parameters"]["AttachedIntegrationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach integration
         * @description Attaches one integration to the application. A no-op if it is already attached. Service account tokens need the `management:all` scope.
         */
        post: operations["attachApplicationIntegration"];
        /**
         * Detach integration
         * @description Detaches one integration from the application. Users' existing connections to that integration remain intact but can no longer be used through this application. Service account tokens need the `management:all` scope.
         */
        delete: operations["detachApplicationIntegration"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's id (a UUID, not its OAuth `clientId`).
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /**
         * List sessions
         * @description Lists the application's agent (MCP) sessions, by default the active ones. Not cursor-paginated: `limit` caps the answer (default 100, at most 200). Service account tokens need the `management:all` scope.
         */
        get: operations["listAgentSessions"];
        put?: never;
        post?: never;
        /**
         * Revoke all sessions
         * @description Disconnects every session of the application and revokes their tokens; the agents must authorize again. Answers how many sessions were disconnected. Service account tokens need the `management:all` scope.
         */
        delete: operations["revokeAllAgentSessions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's id (a UUID, not its OAuth `clientId`).
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["ApplicationId"];
                /**
                 * @description The agent session's id.
                 * @example 8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        /**
         * Get a session
         * @description Returns one agent session of the application. Service account tokens need the `management:all` scope.
         */
        get: operations["getAgentSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List integrations
         * @description Lists the organization's integrations one page at a time (`limit`, `cursor`). Service account tokens need the `management:all` scope.
         */
        get: operations["listIntegrations"];
        put?: never;
        /**
         * Create an integration
         * @description Registers an integration (an MCP server). `category` defaults to `gateway_remote_mcp` and `authMode` to `none`; with `authMode: server_token` the body must carry `serverToken`, which is stored and never returned (`serverTokenConfigured` tells whether one is set). Fails with 409 when an integration with the same name exists. Service account tokens need the `management:all` scope.
         */
        post: operations["createIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/integrations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The integration's id.
                 * @example 11111111-1111-4111-8111-111111111111
                 */
                id: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        /**
         * Get an integration
         * @description Returns one integration. Secrets (server token, OAuth client secret) are never returned. Service account tokens need the `management:all` scope.
         */
        get: operations["getIntegration"];
        put?: never;
        post?: never;
        /**
         * Archive an integration
         * @description Archives the integration; applications can no longer use its tools. Service account tokens need the `management:all` scope.
         */
        delete: operations["archiveIntegration"];
        options?: never;
        head?: never;
        /**
         * Update an integration
         * @description Partial update: send only the fields to change. Switching `authMode` to `server_token` needs a `serverToken` unless one is already configured. Fails with 409 when another integration already has the new name. Service account tokens need the `management:all` scope.
         */
        patch: operations["updateIntegration"];
        trace?: never;
    };
    "/api/v1/integrations/{id}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The integration's id.
                 * @example 11111111-1111-4111-8111-111111111111
                 */
                id: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate an integration
         * @description Checks that the integration's server is reachable and answers as an MCP server, and records the result as the integration's `validationStatus`. Service account tokens need the `management:all` scope.
         */
        post: operations["validateIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/integrations/{id}/oauth": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The integration's id.
                 * @example 11111111-1111-4111-8111-111111111111
                 */
                id: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        /**
         * Get OAuth app configuration
         * @description Returns the integration's own OAuth app configuration (the client Kontext uses with the provider). The client secret is never returned; `clientSecretConfigured` says whether one is set. Before one is set, the answer is `{ "oauth": null }` or a 404. Service account tokens need the `management:all` scope.
         */
        get: operations["getIntegrationOAuthConfig"];
        /**
         * Set OAuth app configuration
         * @description Sets (creates or replaces) the integration's OAuth app configuration. The client secret is write-only: it is stored and never returned. Service account tokens need the `management:all` scope.
         */
        put: operations["setIntegrationOAuthConfig"];
        post?: never;
        /**
         * Delete OAuth app configuration
         * @description Removes the integration's OAuth app configuration, secret included. Service account tokens need the `management:all` scope.
         */
        delete: operations["deleteIntegrationOAuthConfig"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/integrations/{id}/connection": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The integration's id.
                 * @example 11111111-1111-4111-8111-111111111111
                 */
                id: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        /**
         * Get connection status
         * @description For a `user_token` integration: whether the caller is connected, since when and until when. Never returns the token. Service account tokens need the `management:all` scope.
         */
        get: operations["getIntegrationConnection"];
        put?: never;
        /**
         * Connect with a token
         * @description For a `user_token` integration: stores the caller's own token for the integration's server, connecting the caller. The token is write-only and never returned. Service account tokens need the `management:all` scope.
         */
        post: operations["createIntegrationConnection"];
        /**
         * Disconnect
         * @description For a `user_token` integration: deletes the caller's stored token, disconnecting the caller. Service account tokens need the `management:all` scope.
         */
        delete: operations["revokeIntegrationConnection"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List service accounts
         * @description Lists the organization's service accounts one page at a time (`limit`, `cursor`). Credentials are never included. `nextCursor` is always present: null on the last page. Service account tokens need the `management:all` scope.
         */
        get: operations["listServiceAccounts"];
        put?: never;
        /**
         * Create a service account
         * @description Creates a service account and its client credentials. `credentials.clientSecret` is returned only here and on rotation: store it immediately. Fails with 409 when a service account with the same name exists. Service account tokens need the `management:all` scope.
         */
        post: operations["createServiceAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service account's id (a UUID, not its OAuth `clientId`).
                 * @example 33333333-3333-4333-8333-333333333333
                 */
                id: components["parameters"]["ServiceAccountId"];
            };
            cookie?: never;
        };
        /**
         * Get a service account
         * @description Returns a service account's metadata, never its credentials. Service account tokens need the `management:all` scope.
         */
        get: operations["getServiceAccount"];
        put?: never;
        post?: never;
        /**
         * Revoke a service account
         * @description Permanently deletes the service account and revokes every token issued to it. This cannot be undone. Service account tokens need the `management:all` scope.
         */
        delete: operations["revokeServiceAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-accounts/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service account's id (a UUID, not its OAuth `clientId`).
                 * @example 33333333-3333-4333-8333-333333333333
                 */
                id: components["parameters"]["ServiceAccountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate credentials
         * @description Generates a new client secret. The old secret is refused at once for new tokens, but tokens already issued with it keep working until they expire. The new secret is shown only in this answer: store it immediately. Service account tokens need the `management:all` scope.
         */
        post: operations["rotateServiceAccountSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/traces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List traces
         * @description Lists tool execution traces one page at a time (`limit` with `cursor` or `offset`), optionally narrowed by user, session, agent or application. Service account tokens need the `management:all` scope.
         */
        get: operations["listTraces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/traces/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Trace statistics
         * @description Aggregates traces over a period (default the last 7 days): counts, error rate, latency, bytes transferred, errors by type and the most used tools. The body is the stats object itself; the SDK wraps it as `{ stats }`. Service account tokens need the `management:all` scope.
         */
        get: operations["getTraceStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/traces/{traceId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The trace's id (an opaque string, not a UUID).
                 * @example 4bf92f3577b34da6a3ce929d0e0e4736
                 */
                traceId: components["parameters"]["TraceId"];
            };
            cookie?: never;
        };
        /**
         * Get a trace with events
         * @description Returns one trace and its events in order. Service account tokens need the `management:all` scope.
         */
        get: operations["getTrace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mcp-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List events
         * @description Lists recent MCP trace events directly, without going through a trace. Not cursor-paginated: `limit` caps the answer. Service account tokens need the `management:all` scope.
         */
        get: operations["listMcpEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get policy settings
         * @description Inferred: whether tool-access policy enforcement is on for the organization. The service's command line reads this endpoint; its reference does not document it, so every field of the answer is optional. Read-only here.
         */
        get: operations["getPolicySettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List policy rules
         * @description Inferred: the organization's tool-access policy rules, as a bare JSON array (not wrapped in `items`, not paginated). The service's command line reads this endpoint; the values of `action`, `scope` and `level` are not documented. Read-only here.
         */
        get: operations["listPolicyRules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The API's error body. `message` is one string, or an array of strings when request validation fails (one message per problem; the array is inferred from the framework). */
        Error: {
            /** @description What went wrong; an array of messages for request validation failures. */
            message: string | string[];
            /**
             * @description The HTTP status code, repeated.
             * @example 404
             */
            statusCode: number;
            /**
             * @description Inferred: the HTTP reason phrase, for example `Bad Request`.
             * @example Not Found
             */
            error?: string | null;
        };
        /** @description The token endpoint's error body (RFC 6749 §5.2). */
        OAuthError: {
            /**
             * @description The OAuth error code, for example `invalid_client`, `invalid_request`, `invalid_scope` or `unauthorized_client`.
             * @example invalid_client
             */
            error: string;
            /**
             * @description A human-readable explanation.
             * @example Client authentication failed (e.g., unknown client, no client authentication included, or unsupported authentication method).
             */
            error_description?: string | null;
        };
        /** @description The client credentials token request (RFC 6749 §4.4.2), form-encoded. */
        TokenRequest: {
            /**
             * @description Always `client_credentials`.
             * @enum {string}
             */
            grant_type: "client_credentials";
            /**
             * @description Requested scopes, separated by spaces.
             * @default management:all
             */
            scope?: string;
            /**
             * @description The token's audience; the SDK sends `{baseUrl}/api/{apiVersion}` unless configured otherwise.
             * @example https://api.kontext.security/api/v1
             */
            audience?: string;
        };
        /** @description A successful token response (RFC 6749 §5.1). */
        TokenResponse: {
            /**
             * @description The bearer token for API requests.
             * @example ory_at_kT3lq2Yx9vR8W1mN0pZs4dQe7uFb6HcJ.Lr5aS2gV8nXo1iK3tYw9eP0mB4zC6uD7fQhA
             */
            access_token: string;
            /**
             * @description `Bearer`. Compare case-insensitively (RFC 6749 §7.1).
             * @example Bearer
             */
            token_type: string;
            /**
             * @description Lifetime of the token in seconds. Not documented; about one hour is typical.
             * @example 3599
             */
            expires_in?: number;
            /**
             * @description The granted scopes, separated by spaces.
             * @example management:all
             */
            scope?: string | null;
        };
        /**
         * @description `public` for clients that cannot keep a secret (CLI, desktop, browser); `confidential` for server-side clients.
         * @enum {string}
         */
        ApplicationOAuthType: "public" | "confidential";
        /**
         * @description What kind of server the integration is.
         * @enum {string}
         */
        IntegrationCategory: "gateway_remote_mcp" | "internal_mcp_credentials";
        /**
         * @description How Kontext authenticates to the server; `server_token` needs a `serverToken`.
         * @enum {string}
         */
        IntegrationAuthMode: "none" | "oauth" | "user_token" | "server_token";
        /**
         * @description The result of validating an integration.
         * @enum {string}
         */
        IntegrationValidationStatus: "pending" | "valid" | "invalid";
        /**
         * @description A session's stored state.
         * @enum {string}
         */
        AgentSessionStatus: "active" | "disconnected";
        /**
         * @description A session's state computed from activity and token expiry.
         * @enum {string}
         */
        AgentSessionDerivedStatus: "active" | "idle" | "expired" | "disconnected";
        /**
         * @description Which sessions `listAgentSessions` returns.
         * @default active
         * @enum {string}
         */
        AgentSessionStatusFilter: "active" | "inactive" | "all";
        /**
         * @description `error_remote`: the server failed; `error_proxy`: Kontext failed; `error_auth`: authorization failed.
         * @enum {string}
         */
        TraceEventStatus: "ok" | "warn" | "error_remote" | "error_proxy" | "error_auth";
        /**
         * @description A period for `getTraceStats`, ending now.
         * @default 7d
         * @enum {string}
         */
        TraceStatsPeriod: "1d" | "7d" | "30d";
        /** @description An application registered with the organization. */
        Application: {
            /**
             * Format: uuid
             * @description The application's id.
             * @example 550e8400-e29b-41d4-a716-446655440000
             */
            id: string;
            /**
             * @description Display name.
             * @example Support Copilot
             */
            name: string;
            /**
             * @description A free-text description of the application; null or absent when none was given.
             * @example Answers customer tickets with GitHub and Linear tools
             */
            description?: string | null;
            /**
             * @description The id of the user who created the application (not necessarily a UUID).
             * @example 9b2f4c1e-7d3a-4e8b-a6f5-0c1d2e3f4a5b
             */
            ownerUserId: string;
            /**
             * Format: date-time
             * @description When the application was created (an ISO 8601 timestamp).
             * @example 2026-01-15T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the application was last changed (an ISO 8601 timestamp).
             * @example 2026-02-03T14:12:45.000Z
             */
            updatedAt: string;
            /**
             * @description When the application was archived (a timestamp); null unless archived.
             * @example null
             * @example 2026-03-01T10:00:00.000Z
             */
            archivedAt: string | null;
            /** @description Whether the caller can edit this application. */
            canModify: boolean;
            /**
             * @description Sessions currently active.
             * @example 3
             */
            activeSessionCount: number;
            /**
             * @description Sessions idle but not expired.
             * @example 1
             */
            idleSessionCount: number;
            /**
             * @description Sessions connected right now.
             * @example 2
             */
            liveSessionCount: number;
            /**
             * @description All sessions, in any state.
             * @example 42
             */
            totalSessionCount: number;
            /**
             * @description The MCP URL template generated for the application.
             * @example https://api.kontext.security/mcp/550e8400-e29b-41d4-a716-446655440000/{integrationId}
             */
            mcpUrlTemplate: string | null;
            /** @description The attached integrations. */
            integrations: components["schemas"]["ApplicationIntegration"][];
            /** @description The OAuth client configuration (never the secret here), or null. */
            oauth: components["schemas"]["ApplicationOAuth"] | null;
        };
        /** @description Inferred: an integration as listed in `Application.integrations` (a summary of `Integration`). */
        ApplicationIntegration: {
            /**
             * @description The application integration's id.
             * @example 11111111-1111-4111-8111-111111111111
             */
            id?: string | null;
            /**
             * @description The application integration's display name.
             * @example GitHub
             */
            name?: string | null;
            /**
             * @description The URL of the integration's MCP server.
             * @example https://api.githubcopilot.com/mcp/
             */
            url?: string | null;
        };
        /** @description An application's OAuth client configuration. */
        ApplicationOAuth: {
            type: components["schemas"]["ApplicationOAuthType"];
            /**
             * @description The OAuth client id, `app_<uuid>`.
             * @example app_550e8400-e29b-41d4-a716-446655440000
             */
            clientId: string;
            /**
             * @description The client secret. Present only in create and rotate-secret answers, for confidential clients (absent or null for public ones); store it immediately.
             * @example null
             * @example kx_cs_Zq8mT3vXw1N6pR0sK9bLc2Hd7Jf4Ye5AuG3n
             */
            clientSecret?: string | null;
            /**
             * @description Allowed OAuth redirect URIs.
             * @example [
             *       "https://support.example.com/oauth/callback"
             *     ]
             */
            redirectUris: string[];
            /** @description Whether PKCE is required for the authorization code flow. */
            pkceRequired: boolean;
            /**
             * @description Allowed OAuth scopes.
             * @example [
             *       "openid",
             *       "offline_access"
             *     ]
             */
            scopes: string[];
            /**
             * @description Allowed resource indicators (RFC 8707).
             * @example [
             *       "https://api.kontext.security/mcp"
             *     ]
             */
            allowedResources: string[];
        };
        /** @description The body of `createApplication`. */
        CreateApplicationInput: {
            /**
             * @description Display name.
             * @example Support Copilot
             */
            name: string;
            /**
             * @description A free-text description of the application; null or absent when none was given.
             * @example Answers customer tickets with GitHub and Linear tools
             */
            description?: string;
            oauth: components["schemas"]["CreateApplicationOAuthInput"];
        };
        /** @description The OAuth client to register with a new application. */
        CreateApplicationOAuthInput: {
            type: components["schemas"]["ApplicationOAuthType"];
            /**
             * @description Allowed OAuth redirect URIs.
             * @example [
             *       "https://support.example.com/oauth/callback"
             *     ]
             */
            redirectUris: string[];
            /**
             * @description Require PKCE for the authorization code flow.
             * @default true
             */
            pkceRequired?: boolean;
            /**
             * @description Allowed OAuth scopes.
             * @example [
             *       "openid",
             *       "offline_access"
             *     ]
             */
            scopes?: string[];
            /**
             * @description Allowed resource indicators.
             * @example [
             *       "https://api.kontext.security/mcp"
             *     ]
             */
            allowedResources?: string[];
        };
        /** @description The body of `updateApplication`. Send only the fields to change. */
        UpdateApplicationInput: {
            /**
             * @description The application's display name.
             * @example Support Copilot (EU)
             */
            name?: string;
            /**
             * @description A free-text description of the application; null or absent when none was given.
             * @example Answers customer tickets for the EU support team
             */
            description?: string;
        };
        /** @description The body of `updateApplicationOAuth`. Send only the fields to change. */
        UpdateApplicationOAuthInput: {
            type?: components["schemas"]["ApplicationOAuthType"];
            /**
             * @description Allowed OAuth redirect URIs (replaces the whole list).
             * @example [
             *       "https://support.example.com/oauth/callback",
             *       "https://support.example.com/oauth/callback/eu"
             *     ]
             */
            redirectUris?: string[];
            /** @description Whether PKCE is required for the authorization code flow. */
            pkceRequired?: boolean;
            /**
             * @description OAuth scopes.
             * @example [
             *       "openid",
             *       "offline_access"
             *     ]
             */
            scopes?: string[];
            /**
             * @description Allowed resource indicators, RFC 8707 (replaces the whole list).
             * @example [
             *       "https://api.kontext.security/mcp"
             *     ]
             */
            allowedResources?: string[];
        };
        /** @description A page of applications. */
        ApplicationList: {
            /** @description The application items of this page, in the API's order. */
            items: components["schemas"]["Application"][];
            /**
             * @description Absent or null on the last page; pass it as `cursor` to get the next page.
             * @example eyJpZCI6IjZmMWMyZDNlLTRiNWEtNGM2ZC04ZTdmLTlhMGIxYzJkM2U0ZiJ9
             */
            nextCursor?: string | null;
        };
        /** @description One application, wrapped. */
        ApplicationResponse: {
            application: components["schemas"]["Application"];
        };
        /** @description The new application and its OAuth configuration, with `clientSecret` for confidential clients. */
        CreateApplicationResponse: {
            application: components["schemas"]["Application"];
            oauth: components["schemas"]["ApplicationOAuth"];
        };
        /** @description An application's OAuth configuration, wrapped. */
        ApplicationOAuthResponse: {
            oauth: components["schemas"]["ApplicationOAuth"];
        };
        /** @description The ids of the integrations attached to an application. */
        IntegrationIdList: {
            /**
             * @description The ids of the integrations attached to the application.
             * @example [
             *       "11111111-1111-4111-8111-111111111111",
             *       "22222222-2222-4222-8222-222222222222"
             *     ]
             */
            integrationIds: string[];
        };
        /** @description The complete set of integrations to attach; any other attached integration is detached. */
        SetApplicationIntegrationsInput: {
            /**
             * @description The ids of the integrations attached to the application.
             * @example [
             *       "11111111-1111-4111-8111-111111111111",
             *       "22222222-2222-4222-8222-222222222222"
             *     ]
             */
            integrationIds: string[];
        };
        /** @description Inferred: the access graph is undocumented; modelled as applications and integrations (nodes) joined by access edges. */
        AccessGraph: {
            /** @description The applications and integrations of the graph. */
            nodes?: components["schemas"]["AccessGraphNode"][] | null;
            /** @description Which application may use which integration. */
            edges?: components["schemas"]["AccessGraphEdge"][] | null;
        };
        /** @description Inferred: a node of the access graph. */
        AccessGraphNode: {
            /**
             * @description The application's or integration's id.
             * @example 550e8400-e29b-41d4-a716-446655440000
             */
            id?: string | null;
            /**
             * @description The kind of node, for example `application` or `integration`.
             * @example application
             */
            type?: string | null;
            /**
             * @description The access graph node's display name.
             * @example Support Copilot
             */
            name?: string | null;
        };
        /** @description Inferred: an edge of the access graph, from an application to an integration it can reach. */
        AccessGraphEdge: {
            /**
             * @description The id of the source node.
             * @example 550e8400-e29b-41d4-a716-446655440000
             */
            source?: string | null;
            /**
             * @description The id of the target node.
             * @example 11111111-1111-4111-8111-111111111111
             */
            target?: string | null;
            /**
             * @description Inferred: the computed policy overlay, with `includePolicy=true`, for example `{ "level": "allow" }`.
             * @example {
             *       "level": "allow"
             *     }
             */
            policy?: {
                [key: string]: unknown;
            } | null;
        };
        /** @description An agent (MCP) session opened through an application. Timestamps are strings; their format is not documented. */
        AgentSession: {
            /**
             * Format: uuid
             * @description The agent session's id.
             * @example 8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a
             */
            id: string;
            /**
             * @description The agent session's display name.
             * @example Claude Desktop on mbp-jane
             */
            name: string | null;
            status: components["schemas"]["AgentSessionStatus"];
            derivedStatus: components["schemas"]["AgentSessionDerivedStatus"];
            /**
             * @description When the session's token expires (an ISO 8601 timestamp).
             * @example 2026-02-10T11:00:00.000Z
             */
            tokenExpiresAt?: string | null;
            /**
             * @description When the session last made a call (an ISO 8601 timestamp).
             * @example 2026-02-10T10:12:31.000Z
             */
            lastActiveAt?: string | null;
            /**
             * @description When the connection was made (an ISO 8601 timestamp).
             * @example 2026-02-10T09:58:02.000Z
             */
            connectedAt?: string | null;
            /**
             * @description When the session was disconnected (an ISO 8601 timestamp); null while connected.
             * @example null
             * @example 2026-02-10T11:02:17.000Z
             */
            disconnectedAt?: string | null;
            /**
             * @description When the agent session was created (an ISO 8601 timestamp).
             * @example 2026-02-10T09:58:02.000Z
             */
            createdAt: string | null;
            /**
             * @description The application's id.
             * @example 550e8400-e29b-41d4-a716-446655440000
             */
            agentId: string | null;
            /**
             * @description The organization's id (not necessarily a UUID).
             * @example 0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d
             */
            organizationId: string | null;
            /**
             * @description The host name of the machine the agent runs on, as it reported it.
             * @example mbp-jane.local
             */
            hostname: string | null;
            /**
             * @description The agent's User-Agent string.
             * @example Claude/0.14.10 (darwin; arm64)
             */
            userAgent: string | null;
            /** @description The MCP client's self-description (`clientInfo` of the MCP initialize request), or null. */
            clientInfo: {
                /**
                 * @description The agent client's display name.
                 * @example claude-ai
                 */
                name?: string | null;
                /**
                 * @description The agent client's version, as it reported it.
                 * @example 0.1.0
                 */
                version?: string | null;
            } | null;
        };
        /** @description The sessions of an application (not cursor-paginated). */
        AgentSessionList: {
            /** @description The agent session items of this page, in the API's order. */
            items: components["schemas"]["AgentSession"][];
        };
        /** @description One agent session, wrapped. */
        AgentSessionResponse: {
            session: components["schemas"]["AgentSession"];
        };
        /** @description The result of revoking all sessions of an application. */
        RevokeAgentSessionsResult: {
            /** @description Whether the sessions were revoked. */
            success: boolean;
            /**
             * @description How many sessions were disconnected.
             * @example 2
             */
            disconnectedCount: number;
        };
        /** @description An integration, an external MCP server your applications connect to. Timestamps are strings; their format is not documented. */
        Integration: {
            /**
             * Format: uuid
             * @description The integration's id.
             * @example 11111111-1111-4111-8111-111111111111
             */
            id: string;
            /**
             * @description The integration's display name.
             * @example GitHub
             */
            name: string | null;
            /**
             * @description The MCP server's URL.
             * @example https://api.githubcopilot.com/mcp/
             */
            url: string | null;
            /** @description What kind of integration this is. */
            category: components["schemas"]["IntegrationCategory"] | null;
            /** @description How the integration authenticates to its server. */
            authMode: components["schemas"]["IntegrationAuthMode"] | null;
            /** @description What the integration's server offers (tools, resources, prompts). */
            capabilities: components["schemas"]["IntegrationCapabilities"] | null;
            /** @description The OAuth provider behind an `oauth` integration; may be empty or null for other modes. */
            oauth: components["schemas"]["IntegrationProviderOAuth"] | null;
            /** @description The last validation result; null until validated. */
            validationStatus: components["schemas"]["IntegrationValidationStatus"] | null;
            /** @description Whether a server token is stored (the token itself is never returned). */
            serverTokenConfigured: boolean | null;
            /**
             * @description When the integration was created (an ISO 8601 timestamp).
             * @example 2026-01-10T12:00:00.000Z
             */
            createdAt: string | null;
            /**
             * @description When the integration was last changed (an ISO 8601 timestamp).
             * @example 2026-01-12T08:30:00.000Z
             */
            updatedAt: string | null;
        };
        /** @description Inferred from the create body: which MCP capabilities the integration's server offers. */
        IntegrationCapabilities: {
            /** @description Whether the server offers tools (or the tools it offers). */
            tools?: boolean | null;
            /** @description Whether the server offers resources (or the resources it offers). */
            resources?: boolean | null;
            /** @description Whether the server offers prompts (or the prompts it offers). */
            prompts?: boolean | null;
        };
        /** @description Which MCP capabilities the integration's server offers. */
        IntegrationCapabilitiesInput: {
            /** @description Whether the server offers tools (or the tools it offers). */
            tools?: boolean;
            /** @description Whether the server offers resources (or the resources it offers). */
            resources?: boolean;
            /** @description Whether the server offers prompts (or the prompts it offers). */
            prompts?: boolean;
        };
        /** @description Inferred from the create body: the OAuth provider behind an `oauth` integration. */
        IntegrationProviderOAuth: {
            /**
             * @description The provider's name, for example `github`.
             * @example github
             */
            provider?: string | null;
            /**
             * @description The provider's issuer URL.
             * @example https://github.com
             */
            issuer?: string | null;
            /**
             * @description OAuth scopes.
             * @example [
             *       "repo",
             *       "read:org"
             *     ]
             */
            scopes?: string[] | null;
        };
        /** @description The OAuth provider behind an `oauth` integration. */
        IntegrationProviderOAuthInput: {
            /**
             * @description The provider's name, for example `github`.
             * @example github
             */
            provider?: string;
            /**
             * Format: uri
             * @description The provider's issuer URL.
             * @example https://github.com
             */
            issuer?: string;
            /**
             * @description OAuth scopes.
             * @example [
             *       "repo",
             *       "read:org"
             *     ]
             */
            scopes?: string[];
        };
        /**
         * Create an integration
         * @description The body of `createIntegration`. With `authMode: server_token` the body must carry `serverToken` (the first variant); with any other mode it is not needed (the second). `serverToken` is write-only.
         */
        CreateIntegrationInput: {
            /**
             * @description The integration's display name.
             * @example Internal Wiki
             */
            name: string;
            /**
             * Format: uri
             * @description The MCP server's URL.
             * @example https://mcp.wiki.example.com/mcp
             */
            url: string;
            category?: components["schemas"]["IntegrationCategory"];
            authMode?: components["schemas"]["IntegrationAuthMode"];
            oauth?: components["schemas"]["IntegrationProviderOAuthInput"];
            capabilities?: components["schemas"]["IntegrationCapabilitiesInput"];
            /**
             * @description A JSON Schema describing the credentials each user supplies (for `internal_mcp_credentials`).
             * @example {
             *       "type": "object",
             *       "required": [
             *         "apiKey"
             *       ],
             *       "properties": {
             *         "apiKey": {
             *           "type": "string",
             *           "description": "Your wiki API key"
             *         }
             *       }
             *     }
             */
            credentialSchema?: {
                [key: string]: unknown;
            };
            /**
             * @description The token Kontext sends to the server. Required when `authMode` is `server_token`. Never returned.
             * @example wiki_srv_7Hq2Lm9Xc4Vb8Nz1Kd6Tf3Rp
             */
            serverToken?: string;
        } & ({
            /**
             * @description How the integration authenticates to its server.
             * @constant
             */
            authMode: "server_token";
            /**
             * @description The token the gateway sends to the integration's server. Write-only: never returned.
             * @example wiki_srv_7Hq2Lm9Xc4Vb8Nz1Kd6Tf3Rp
             */
            serverToken: string;
        } | {
            /**
             * @description How the integration authenticates to its server.
             * @enum {string}
             */
            authMode?: "none" | "oauth" | "user_token";
        });
        /** @description The body of `updateIntegration`. Send only the fields to change. */
        UpdateIntegrationInput: {
            /**
             * @description The integration's display name.
             * @example Internal Wiki (staging)
             */
            name?: string;
            /**
             * Format: uri
             * @description The URL of the integration's MCP server.
             * @example https://mcp.wiki-staging.example.com/mcp
             */
            url?: string;
            category?: components["schemas"]["IntegrationCategory"];
            authMode?: components["schemas"]["IntegrationAuthMode"];
            oauth?: components["schemas"]["IntegrationProviderOAuthInput"];
            capabilities?: components["schemas"]["IntegrationCapabilitiesInput"];
            /**
             * @description A JSON schema of the credentials users provide for this integration.
             * @example {
             *       "type": "object",
             *       "required": [
             *         "apiKey"
             *       ],
             *       "properties": {
             *         "apiKey": {
             *           "type": "string",
             *           "description": "Your wiki API key"
             *         }
             *       }
             *     }
             */
            credentialSchema?: {
                [key: string]: unknown;
            };
            /**
             * @description A new server token. Never returned.
             * @example wiki_srv_3Jk8Pw1Qz6Ye4Ua9Hs2Gd7Mb
             */
            serverToken?: string;
        };
        /** @description A page of integrations. */
        IntegrationList: {
            /** @description The integration items of this page, in the API's order. */
            items: components["schemas"]["Integration"][];
            /**
             * @description Absent or null on the last page; pass it as `cursor` to get the next page.
             * @example eyJpZCI6IjIyMjIyMjIyLTIyMjItNDIyMi04MjIyLTIyMjIyMjIyMjIyMiJ9
             */
            nextCursor?: string | null;
        };
        /** @description One integration, wrapped. */
        IntegrationResponse: {
            integration: components["schemas"]["Integration"];
        };
        /** @description The result of validating an integration. */
        IntegrationValidation: {
            status: components["schemas"]["IntegrationValidationStatus"];
            /**
             * @description Details, usually why validation failed.
             * @example null
             * @example MCP initialize failed: 401 Unauthorized from https://mcp.wiki.example.com/mcp
             */
            message?: string | null;
        };
        /** @description Inferred: the integration's own OAuth app configuration. The client secret is never returned. */
        IntegrationOAuthConfig: {
            /**
             * @description The OAuth client id.
             * @example Iv23liAbCdEfGh123456
             */
            clientId?: string | null;
            /**
             * @description The OAuth authorization endpoint of the integration's provider.
             * @example https://github.com/login/oauth/authorize
             */
            authorizationUrl?: string | null;
            /**
             * @description The OAuth token endpoint of the integration's provider.
             * @example https://github.com/login/oauth/access_token
             */
            tokenUrl?: string | null;
            /**
             * @description OAuth scopes.
             * @example [
             *       "repo",
             *       "read:org"
             *     ]
             */
            scopes?: string[] | null;
            /** @description Inferred: whether a client secret is stored. */
            clientSecretConfigured?: boolean | null;
            /**
             * @description When the integration oauth config was last changed (an ISO 8601 timestamp).
             * @example 2026-01-12T08:30:00.000Z
             */
            updatedAt?: string | null;
        };
        /** @description The body of `setIntegrationOAuthConfig`. */
        SetIntegrationOAuthConfigInput: {
            /**
             * @description The OAuth client id.
             * @example Iv23liAbCdEfGh123456
             */
            clientId: string;
            /**
             * @description Stored and never returned.
             * @example 3f9c1e7a2b8d4c6e0a5f9b1d7c3e8a2f4b6d0c9e
             */
            clientSecret: string;
            /**
             * Format: uri
             * @description The OAuth authorization endpoint of the integration's provider.
             * @example https://github.com/login/oauth/authorize
             */
            authorizationUrl: string;
            /**
             * Format: uri
             * @description The OAuth token endpoint of the integration's provider.
             * @example https://github.com/login/oauth/access_token
             */
            tokenUrl: string;
            /**
             * @description OAuth scopes.
             * @example [
             *       "repo",
             *       "read:org"
             *     ]
             */
            scopes: string[];
        };
        /** @description The integration's OAuth app configuration, wrapped; `oauth` may be null before one is set. */
        IntegrationOAuthConfigResponse: {
            /** @description The integration's OAuth app configuration, or null before one is set. */
            oauth: components["schemas"]["IntegrationOAuthConfig"] | null;
        };
        /** @description Inferred: the caller's connection to a `user_token` integration. The token is never returned. */
        IntegrationConnection: {
            /**
             * @description Inferred: for example `connected`, `not_connected` or `expired`.
             * @example connected
             */
            status?: string | null;
            /**
             * @description When the connection was made (an ISO 8601 timestamp).
             * @example 2026-02-14T09:12:00.000Z
             */
            connectedAt?: string | null;
            /**
             * @description When the stored token expires; null if it does not or is unknown.
             * @example null
             * @example 2026-05-14T09:12:00.000Z
             */
            expiresAt?: string | null;
        };
        /** @description The body of `createIntegrationConnection`. */
        CreateIntegrationConnectionInput: {
            /**
             * @description The caller's token for the integration's server. Never returned.
             * @example lin_api_9Xk2Qm7Wv4Rb1Nc8Td3Hs6Lp0Zf5Ya2Ue
             */
            token: string;
        };
        /** @description Inferred: the connection, wrapped. */
        IntegrationConnectionResponse: {
            /** @description The caller's connection, or null when there is none. */
            connection?: components["schemas"]["IntegrationConnection"] | null;
        };
        /** @description A service account's metadata, never with the secret. Its `id` is always present: the API addresses a service account by it (`/service-accounts/{id}`). Inferred: its other fields, which the service's reference does not list. */
        ServiceAccount: {
            /**
             * @description The service account's id, the UUID its paths take (`/service-accounts/{id}`); pass it from `create` straight to `get`, `rotateSecret` or `revoke`.
             * @example 33333333-3333-4333-8333-333333333333
             */
            id: string;
            /**
             * @description The service account's display name.
             * @example CI Pipeline
             */
            name?: string | null;
            /**
             * @description A free-text description of the service account; null or absent when none was given.
             * @example Used by GitHub Actions to manage integrations
             */
            description?: string | null;
            /**
             * @description The OAuth client id, `sa_<uuid>`.
             * @example sa_33333333-3333-4333-8333-333333333333
             */
            clientId?: string | null;
            /**
             * @description When the service account was created (an ISO 8601 timestamp).
             * @example 2026-01-20T08:00:00.000Z
             */
            createdAt?: string | null;
        };
        /** @description Client credentials for the token endpoint. Returned only on create and rotate; store the secret immediately. */
        ServiceAccountCredentials: {
            /**
             * @description The OAuth client id.
             * @example sa_33333333-3333-4333-8333-333333333333
             */
            clientId: string;
            /**
             * @description The OAuth client secret. Returned only when created or rotated; store it immediately.
             * @example kx_sa_P3oI8uY1tR6eW9qA2sD5fG0hJ7kL4zX3cVbN
             */
            clientSecret: string;
        };
        /** @description The body of `createServiceAccount`. */
        CreateServiceAccountInput: {
            /**
             * @description Display name.
             * @example CI Pipeline
             */
            name: string;
            /**
             * @description A free-text description of the service account; null or absent when none was given.
             * @example Used by GitHub Actions to manage integrations
             */
            description?: string;
        };
        /** @description A page of service accounts, never with secrets. */
        ServiceAccountList: {
            /** @description The service account items of this page, in the API's order. */
            items: components["schemas"]["ServiceAccount"][];
            /**
             * @description Null on the last page; otherwise pass it as `cursor` to get the next page.
             * @example null
             * @example eyJpZCI6IjU1NTU1NTU1LTU1NTUtNDU1NS04NTU1LTU1NTU1NTU1NTU1NSJ9
             */
            nextCursor: string | null;
        };
        /** @description One service account, wrapped. */
        ServiceAccountResponse: {
            serviceAccount: components["schemas"]["ServiceAccount"];
        };
        /** @description The new service account and its credentials. */
        CreateServiceAccountResponse: {
            serviceAccount: components["schemas"]["ServiceAccount"];
            credentials: components["schemas"]["ServiceAccountCredentials"];
        };
        /** @description New credentials, wrapped. */
        ServiceAccountCredentialsResponse: {
            credentials: components["schemas"]["ServiceAccountCredentials"];
        };
        /** @description A tool execution trace. Field types are not documented; timestamps are strings. */
        Trace: {
            /**
             * @description The trace's id, the one its path takes (`/traces/{traceId}`); an opaque string, not a UUID.
             * @example 4bf92f3577b34da6a3ce929d0e0e4736
             */
            traceId: string;
            /**
             * @description The MCP session the trace belongs to.
             * @example 9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b
             */
            sessionId: string | null;
            /**
             * @description When the trace started (an ISO 8601 timestamp).
             * @example 2026-02-10T10:12:30.120Z
             */
            startedAt: string | null;
            /**
             * @description Null while the trace is running.
             * @example 2026-02-10T10:12:31.870Z
             */
            endedAt: string | null;
            /**
             * @description How many events (tool calls) the trace holds.
             * @example 4
             */
            eventCount: number | null;
            /**
             * @description Events that succeeded.
             * @example 3
             */
            okCount: number | null;
            /**
             * @description Events that succeeded with a warning.
             * @example 0
             */
            warnCount: number | null;
            /**
             * @description Events that failed.
             * @example 1
             */
            errorCount: number | null;
            /**
             * @description The application's id.
             * @example 550e8400-e29b-41d4-a716-446655440000
             */
            agentId: string | null;
            /**
             * @description The name of the application (agent) that made the calls.
             * @example Support Copilot
             */
            agentName: string | null;
            /**
             * @description The id of the user the trace belongs to (not necessarily a UUID).
             * @example 9b2f4c1e-7d3a-4e8b-a6f5-0c1d2e3f4a5b
             */
            ownerUserId: string | null;
            /**
             * @description The email address of the user the trace belongs to.
             * @example jane@example.com
             */
            ownerEmail: string | null;
            /**
             * @description The agent session the trace belongs to, when known.
             * @example 8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a
             */
            agentSessionId?: string | null;
            /**
             * @description The name of that agent session, when known.
             * @example Claude Desktop on mbp-jane
             */
            agentSessionName?: string | null;
        };
        /** @description One event of a trace. Inferred, except the values of `status`: the other fields come from the service's clients. */
        TraceEvent: {
            /**
             * @description The trace event's id.
             * @example a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d
             */
            id?: string | null;
            /**
             * @description The trace the event belongs to.
             * @example 4bf92f3577b34da6a3ce929d0e0e4736
             */
            traceId?: string | null;
            /**
             * @description The MCP session the event belongs to.
             * @example 9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b
             */
            sessionId?: string | null;
            /**
             * @description The integration whose server was called.
             * @example 11111111-1111-4111-8111-111111111111
             */
            integrationId?: string | null;
            /**
             * @description The MCP tool that was called.
             * @example search_issues
             */
            toolName?: string | null;
            /**
             * @description The kind of event, for example `tool_call`.
             * @example tool_call
             */
            eventType?: string | null;
            /** @description How the call ended. */
            status?: components["schemas"]["TraceEventStatus"] | null;
            /**
             * @description How long the call took, in milliseconds.
             * @example 412
             */
            durationMs?: number | null;
            /**
             * @description Why the call failed; null when it did not.
             * @example null
             * @example Upstream returned 502 Bad Gateway
             */
            errorMessage?: string | null;
            /**
             * @description When the trace event was created (an ISO 8601 timestamp).
             * @example 2026-02-10T10:12:30.532Z
             */
            createdAt?: string | null;
        };
        /** @description A page of traces. */
        TraceList: {
            /** @description The trace items of this page, in the API's order. */
            items: components["schemas"]["Trace"][];
            /**
             * @description Absent or null on the last page; pass it as `cursor` to get the next page.
             * @example eyJpZCI6IjBhZjc2NTE5MTZjZDQzZGQ4NDQ4ZWIyMTFjODAzMTljIn0
             */
            nextCursor?: string | null;
        };
        /** @description A trace and its events. */
        TraceDetail: {
            trace: components["schemas"]["Trace"];
            /** @description The trace's events, in the order they happened. */
            events: components["schemas"]["TraceEvent"][];
        };
        /** @description Trace statistics over a period. Field types are not documented; inferred: the shape of `latency`, `eventCounts`, and of the items of `errorsByType` and `topTools`. */
        TraceStats: {
            /**
             * @description Traces in the period.
             * @example 1280
             */
            totalTraces: number | null;
            /**
             * @description Events in the period.
             * @example 9734
             */
            totalEvents: number | null;
            /**
             * @description Inferred: event counts by status (`ok`, `warn`, `error_remote`, ...).
             * @example {
             *       "ok": 9310,
             *       "warn": 214,
             *       "error_remote": 120,
             *       "error_proxy": 58,
             *       "error_auth": 32
             *     }
             */
            eventCounts: {
                [key: string]: unknown;
            } | null;
            /**
             * @description Share of events that failed, in percent.
             * @example 2.15
             */
            errorRate: number | null;
            /** @description Inferred: latency percentiles in milliseconds. */
            latency?: {
                /**
                 * @description Median latency, in milliseconds.
                 * @example 182
                 */
                p50?: number | null;
                /**
                 * @description 95th percentile latency, in milliseconds.
                 * @example 940
                 */
                p95?: number | null;
                /**
                 * @description 99th percentile latency, in milliseconds.
                 * @example 2210
                 */
                p99?: number | null;
            } | null;
            /** @description Bytes sent to and received from integrations in the period. */
            bytesTransferred: {
                /**
                 * @description Bytes received from integrations.
                 * @example 48213345
                 */
                in: number | null;
                /**
                 * @description Bytes sent to integrations.
                 * @example 9182734
                 */
                out: number | null;
            } | null;
            /** @description Failed events counted by their status. */
            errorsByType: {
                /**
                 * @description The error status (`error_remote`, `error_proxy` or `error_auth`).
                 * @example error_remote
                 */
                type?: string | null;
                /**
                 * @description How many.
                 * @example 120
                 */
                count?: number | null;
            }[] | null;
            /** @description The most used tools, most used first. */
            topTools: {
                /**
                 * @description The MCP tool that was called.
                 * @example create_issue
                 */
                toolName?: string | null;
                /**
                 * @description How many.
                 * @example 2140
                 */
                count?: number | null;
            }[] | null;
        };
        /** @description Inferred: an MCP event as listed by `listMcpEvents`. */
        McpEvent: {
            /**
             * @description The mcp event's id.
             * @example c3d4e5f6-a7b8-4c9d-8e0f-2a3b4c5d6e7f
             */
            id?: string | null;
            /**
             * @description The MCP session the event belongs to.
             * @example 9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b
             */
            sessionId?: string | null;
            /**
             * @description The MCP tool that was called.
             * @example create_issue
             */
            toolName?: string | null;
            /**
             * @description The kind of event, for example `tool_call`.
             * @example tool_call
             */
            eventType?: string | null;
            /**
             * @description The outcome, for example `ok` or `error_remote` (see `TraceEventStatus`).
             * @example ok
             */
            status?: string | null;
            /**
             * @description How long the call took, in milliseconds.
             * @example 388
             */
            durationMs?: number | null;
            /**
             * @description The trace the event belongs to.
             * @example 0af7651916cd43dd8448eb211c80319c
             */
            traceId?: string | null;
            /**
             * @description When the mcp event was created (an ISO 8601 timestamp).
             * @example 2026-02-10T10:14:02.392Z
             */
            createdAt?: string | null;
        };
        /** @description Recent MCP events (not cursor-paginated). */
        McpEventList: {
            /** @description The mcp event items of this page, in the API's order. */
            items: components["schemas"]["McpEvent"][];
        };
        /** @description Inferred: the organization's policy settings, as the service's command line reads them. */
        PolicySettings: {
            /** @description Whether tool-access policies are enforced for the organization. */
            policyEnabled?: boolean | null;
        };
        /** @description Inferred: one tool-access policy rule. The values of its fields are not documented. */
        PolicyRule: {
            /**
             * @description What the rule does when it matches, for example `allow` or `deny`.
             * @example deny
             */
            action?: string | null;
            /**
             * @description Where the rule applies, for example `organization` or `application`.
             * @example organization
             */
            scope?: string | null;
            /**
             * @description What the rule matches on, for example `tool`.
             * @example tool
             */
            level?: string | null;
            /**
             * @description The MCP tool the rule is about.
             * @example delete_repository
             */
            toolName?: string | null;
        };
        /** @description Inferred: every policy rule, as a bare array. */
        PolicyRuleList: components["schemas"]["PolicyRule"][];
    };
    responses: {
        /** @description The OAuth configuration with the new client secret. */
        ApplicationSecretRotated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApplicationOAuthResponse"];
            };
        };
        /** @description The validation result. */
        IntegrationValidated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["IntegrationValidation"];
            };
        };
        /** @description The new credentials. */
        ServiceAccountSecretRotated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceAccountCredentialsResponse"];
            };
        };
        /** @description Connected. */
        IntegrationConnected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["IntegrationConnectionResponse"];
            };
        };
        /** @description The request body or parameters are invalid. Validation failures carry one message per problem in an array (NestJS-style); other 400s carry a single string. */
        BadRequest: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The bearer token is missing, invalid or expired. */
        Unauthorized: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The caller may not do this (role, scope or policy). */
        Forbidden: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No resource with this id (or the caller cannot see it). */
        NotFound: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request conflicts with the current state, for example a duplicate name. */
        Conflict: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Rate limit exceeded. Wait as `Retry-After` says, then retry. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description Maximum number of items to return.
         * @example 20
         */
        Limit: number;
        /** @description Opaque cursor from the previous page's `nextCursor`. Omit it for the first page. */
        Cursor: string;
        /**
         * @description Maximum number of sessions to return.
         * @example 20
         */
        SessionLimit: number;
        /** @description Number of items to skip (offset paging, an alternative to `cursor`). */
        Offset: number;
        /**
         * @description The application's id (a UUID, not its OAuth `clientId`).
         * @example 550e8400-e29b-41d4-a716-446655440000
         */
        ApplicationId: string;
        /**
         * @description The integration's id.
         * @example 11111111-1111-4111-8111-111111111111
         */
        IntegrationId: string;
        /**
         * @description The id of the integration to attach or detach.
         * @example 11111111-1111-4111-8111-111111111111
         */
        AttachedIntegrationId: string;
        /**
         * @description The service account's id (a UUID, not its OAuth `clientId`).
         * @example 33333333-3333-4333-8333-333333333333
         */
        ServiceAccountId: string;
        /**
         * @description The agent session's id.
         * @example 8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a
         */
        SessionId: string;
        /**
         * @description The trace's id (an opaque string, not a UUID).
         * @example 4bf92f3577b34da6a3ce929d0e0e4736
         */
        TraceId: string;
        /** @description Only traces of this user. */
        UserIdFilter: string;
        /** @description Only traces of this MCP session. */
        SessionIdFilter: string;
        /** @description Only traces of this agent (an application id). */
        AgentIdFilter: string;
        /** @description Only traces of this application. */
        ApplicationIdFilter: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description How long to wait before retrying, as an integer number of seconds or an HTTP date (RFC 9110 §10.2.3).
         * @example 30
         */
        RetryAfter: string;
        /**
         * @description Inferred. An id for the request, to quote when contacting support. May be absent.
         * @example 5f0c6e8a-1b2d-4c3e-9f40-7a8b9c0d1e2f
         */
        XRequestId: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    requestAccessToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description An access token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description The token request is malformed, asks for a scope the client may not have, or uses a grant the client may not use. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            /** @description Client authentication failed (unknown client id, wrong or rotated secret, revoked service account). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    listApplications: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of items to return.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor from the previous page's `nextCursor`. Omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description List applications across the whole organization. Admins and owners only. */
                all?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of applications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createApplication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApplicationInput"];
            };
        };
        responses: {
            /** @description The application was created. `oauth.clientSecret` is present for confidential clients only, and only in this answer and on rotation. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateApplicationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getApplicationAccessGraph: {
        parameters: {
            query?: {
                /** @description Include computed policy overlays on the edges. */
                includePolicy?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The access graph. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessGraph"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's id (a UUID, not its OAuth `clientId`).
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    archiveApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's id (a UUID, not its OAuth `clientId`).
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Archived. No body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's id (a UUID, not its OAuth `clientId`).
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateApplicationInput"];
            };
        };
        responses: {
            /** @description The updated application. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    rotateApplicationSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's id (a UUID, not its OAuth `clientId`).
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ApplicationSecretRotated"];
            201: components["responses"]["ApplicationSecretRotated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getApplicationOAuth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's id (a UUID, not its OAuth `clientId`).
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OAuth configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationOAuthResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateApplicationOAuth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's id (a UUID, not its OAuth `clientId`).
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateApplicationOAuthInput"];
            };
        };
        responses: {
            /** @description The updated OAuth configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationOAuthResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listApplicationIntegrations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's id (a UUID, not its OAuth `clientId`).
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attached integration ids. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationIdList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    setApplicationIntegrations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's id (a UUID, not its OAuth `clientId`).
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetApplicationIntegrationsInput"];
            };
        };
        responses: {
            /** @description The integration ids now attached. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationIdList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    attachApplicationIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's id (a UUID, not its OAuth `clientId`).
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["ApplicationId"];
                /**
                 * @description The id of the integration to attach or detach.
                 * @example 11111111-1111-4111-8111-111111111111
                 */
                integrationId: components["parameters"]["AttachedIntegrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Attached (or already attached). No body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    detachApplicationIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's id (a UUID, not its OAuth `clientId`).
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["ApplicationId"];
                /**
                 * @description The id of the integration to attach or detach.
                 * @example 11111111-1111-4111-8111-111111111111
                 */
                integrationId: components["parameters"]["AttachedIntegrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Detached. No body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listAgentSessions: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of sessions to return.
                 * @example 20
                 */
                limit?: components["parameters"]["SessionLimit"];
                /** @description Which sessions to list (default `active`). */
                status?: components["schemas"]["AgentSessionStatusFilter"];
                /** @description Include inactive (idle, expired or disconnected) sessions too. Overlaps with `status=all`; how the two combine is not documented. */
                includeInactive?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description The application's id (a UUID, not its OAuth `clientId`).
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sessions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentSessionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    revokeAllAgentSessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's id (a UUID, not its OAuth `clientId`).
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sessions were revoked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokeAgentSessionsResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getAgentSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's id (a UUID, not its OAuth `clientId`).
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["ApplicationId"];
                /**
                 * @description The agent session's id.
                 * @example 8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentSessionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listIntegrations: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of items to return.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor from the previous page's `nextCursor`. Omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of integrations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIntegrationInput"];
            };
        };
        responses: {
            /** @description The integration was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The integration's id.
                 * @example 11111111-1111-4111-8111-111111111111
                 */
                id: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The integration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    archiveIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The integration's id.
                 * @example 11111111-1111-4111-8111-111111111111
                 */
                id: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Archived. No body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The integration's id.
                 * @example 11111111-1111-4111-8111-111111111111
                 */
                id: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateIntegrationInput"];
            };
        };
        responses: {
            /** @description The updated integration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    validateIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The integration's id.
                 * @example 11111111-1111-4111-8111-111111111111
                 */
                id: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["IntegrationValidated"];
            201: components["responses"]["IntegrationValidated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getIntegrationOAuthConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The integration's id.
                 * @example 11111111-1111-4111-8111-111111111111
                 */
                id: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OAuth app configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationOAuthConfigResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    setIntegrationOAuthConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The integration's id.
                 * @example 11111111-1111-4111-8111-111111111111
                 */
                id: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetIntegrationOAuthConfigInput"];
            };
        };
        responses: {
            /** @description The stored configuration, without the secret. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationOAuthConfigResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteIntegrationOAuthConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The integration's id.
                 * @example 11111111-1111-4111-8111-111111111111
                 */
                id: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. No body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getIntegrationConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The integration's id.
                 * @example 11111111-1111-4111-8111-111111111111
                 */
                id: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connection status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationConnectionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createIntegrationConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The integration's id.
                 * @example 11111111-1111-4111-8111-111111111111
                 */
                id: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIntegrationConnectionInput"];
            };
        };
        responses: {
            200: components["responses"]["IntegrationConnected"];
            201: components["responses"]["IntegrationConnected"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    revokeIntegrationConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The integration's id.
                 * @example 11111111-1111-4111-8111-111111111111
                 */
                id: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Disconnected. No body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listServiceAccounts: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of items to return.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor from the previous page's `nextCursor`. Omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of service accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceAccountList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createServiceAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateServiceAccountInput"];
            };
        };
        responses: {
            /** @description The service account was created, with its credentials. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateServiceAccountResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getServiceAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service account's id (a UUID, not its OAuth `clientId`).
                 * @example 33333333-3333-4333-8333-333333333333
                 */
                id: components["parameters"]["ServiceAccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceAccountResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    revokeServiceAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service account's id (a UUID, not its OAuth `clientId`).
                 * @example 33333333-3333-4333-8333-333333333333
                 */
                id: components["parameters"]["ServiceAccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. No body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    rotateServiceAccountSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service account's id (a UUID, not its OAuth `clientId`).
                 * @example 33333333-3333-4333-8333-333333333333
                 */
                id: components["parameters"]["ServiceAccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceAccountSecretRotated"];
            201: components["responses"]["ServiceAccountSecretRotated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listTraces: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of items to return.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor from the previous page's `nextCursor`. Omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Number of items to skip (offset paging, an alternative to `cursor`). */
                offset?: components["parameters"]["Offset"];
                /** @description Only traces of this user. */
                userId?: components["parameters"]["UserIdFilter"];
                /** @description Only traces of this MCP session. */
                sessionId?: components["parameters"]["SessionIdFilter"];
                /** @description Only traces of this agent (an application id). */
                agentId?: components["parameters"]["AgentIdFilter"];
                /** @description Only traces of this application. */
                applicationId?: components["parameters"]["ApplicationIdFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of traces. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getTraceStats: {
        parameters: {
            query?: {
                /** @description The period to aggregate, ending now (default `7d`). */
                period?: components["schemas"]["TraceStatsPeriod"];
                /** @description Only traces of this user. */
                userId?: components["parameters"]["UserIdFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statistics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraceStats"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getTrace: {
        parameters: {
            query?: {
                /** @description Only traces of this user. */
                userId?: components["parameters"]["UserIdFilter"];
            };
            header?: never;
            path: {
                /**
                 * @description The trace's id (an opaque string, not a UUID).
                 * @example 4bf92f3577b34da6a3ce929d0e0e4736
                 */
                traceId: components["parameters"]["TraceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The trace and its events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraceDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listMcpEvents: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of items to return.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["McpEventList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getPolicySettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization's policy settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicySettings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listPolicyRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every policy rule. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyRuleList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
}
