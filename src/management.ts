import type { Client, Middleware } from "openapi-fetch";
import type { paths } from "../generated/openapi.js";
import { ApiCore } from "./core/api.js";
import { Redactor } from "./core/redact.js";
import { ClientCredentialsAuth, UserTokenAuth } from "./core/token.js";
import type { TransportConfig } from "./core/transport.js";
import { ConfigError } from "./errors.js";
import type { KontextManagementClientOptions } from "./options.js";
import { Applications } from "./resources/applications.js";
import { Events } from "./resources/events.js";
import { Integrations } from "./resources/integrations.js";
import { Policies } from "./resources/policies.js";
import { ServiceAccounts } from "./resources/service-accounts.js";
import { Sessions } from "./resources/sessions.js";
import { Traces } from "./resources/traces.js";
import { checkCredentials, checkHeaders, checkRetries, checkTimeout, credentialUrl, describe } from "./validate.js";

const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/**
 * The typed client of the Kontext Management API.
 *
 * @example
 * ```ts
 * import { KontextManagementClient } from "@kontext-dev/js-sdk/management";
 * const client = new KontextManagementClient({
 *   baseUrl: "https://api.kontext.security",
 *   credentials: { clientId: "sa_xxx", clientSecret: "secret" },
 * });
 * const { items } = await client.applications.list();
 * ```
 */
export class KontextManagementClient {
  /** Applications registered with your organization, their OAuth settings and integrations. */
  readonly applications: Applications;
  /** Integrations: the external services applications connect to. */
  readonly integrations: Integrations;
  /** Service accounts: machine-to-machine credentials for this API. */
  readonly serviceAccounts: ServiceAccounts;
  /** Agent sessions of an application. */
  readonly sessions: Sessions;
  /** Tool execution traces. */
  readonly traces: Traces;
  /** MCP trace events, without going through a trace. */
  readonly events: Events;
  /** The organization's tool-access policies, read-only. */
  readonly policies: Policies;
  /** The API origin requests go to. */
  readonly baseUrl: string;
  /** The API version prefix, `v1`. */
  readonly apiVersion: string;

  readonly #auth: ClientCredentialsAuth | UserTokenAuth;
  readonly #core: ApiCore;

  constructor(options: KontextManagementClientOptions) {
    if (options === null || typeof options !== "object") {
      throw new ConfigError("KontextManagementClient needs an options object with baseUrl and credentials");
    }
    const insecure = options.dangerouslyAllowInsecureHttp === true;
    const base = credentialUrl(options.baseUrl, "baseUrl", insecure);
    const prefix = base.pathname.replace(/\/+$/, "");
    if (/\/api(\/|$)/.test(prefix)) {
      throw new ConfigError(
        `baseUrl is the API origin, without ${prefix}: use ${base.origin}; the client adds /api/${options.apiVersion ?? "v1"}`,
      );
    }
    this.baseUrl = base.origin + prefix;
    const apiVersion = options.apiVersion ?? "v1";
    if (typeof apiVersion !== "string" || !/^v\d+[\w.-]*$/.test(apiVersion)) {
      throw new ConfigError(`apiVersion must look like "v1" (got ${describe(apiVersion)})`);
    }
    this.apiVersion = apiVersion;
    const timeout = options.timeout ?? 30_000;
    const maxRetries = options.maxRetries ?? 2;
    checkTimeout(timeout, "timeout");
    const tokenTimeout = options.tokenTimeout ?? Math.min(10_000, timeout);
    checkTimeout(tokenTimeout, "tokenTimeout");
    checkRetries(maxRetries, "maxRetries");
    for (const name of ["retryDelay", "maxRetryDelay", "maxRetryAfter"] as const) {
      const value = options[name];
      if (value !== undefined && (typeof value !== "number" || !(value >= 0) || !Number.isFinite(value))) {
        throw new ConfigError(`${name} must be a non-negative number of milliseconds (got ${describe(value)})`);
      }
    }
    const fetchImpl = options.fetch ?? globalThis.fetch;
    if (typeof fetchImpl !== "function") {
      throw new ConfigError("No fetch implementation: pass options.fetch or use Node.js 20.19 or later");
    }
    const logger = options.logger;
    if (logger !== undefined && (typeof logger?.debug !== "function" || typeof logger?.warn !== "function")) {
      throw new ConfigError("logger must have debug() and warn() methods (console does)");
    }

    const redactor = new Redactor();
    const transport: TransportConfig = {
      // Called unbound: some fetch implementations throw "Illegal invocation" otherwise.
      fetch: (input, init) => fetchImpl(input, init),
      retryDelay: options.retryDelay ?? 500,
      maxRetryDelay: options.maxRetryDelay ?? 8_000,
      maxRetryAfter: options.maxRetryAfter ?? 60_000,
      logger,
      redactor,
    };

    const { credentials, accessToken } = options;
    if ((credentials === undefined) === (accessToken === undefined)) {
      throw new ConfigError("Pass exactly one of credentials ({ clientId, clientSecret }) or accessToken");
    }
    if (credentials !== undefined) {
      // A function is checked each time it is asked, before its token request.
      const checked = typeof credentials === "function" ? credentials : checkCredentials(credentials);
      const tokenUrl = credentialUrl(options.tokenUrl ?? `${this.baseUrl}/oauth2/token`, "tokenUrl", insecure).href;
      const scopes = options.scopes ?? ["management:all"];
      if (
        !Array.isArray(scopes) ||
        scopes.length === 0 ||
        scopes.some((s) => typeof s !== "string" || !/^[\x21\x23-\x5b\x5d-\x7e]+$/.test(s))
      ) {
        throw new ConfigError("scopes must be a non-empty array of scope tokens (RFC 6749 §3.3)");
      }
      const audience = options.audience ?? `${this.baseUrl}/api/${apiVersion}`;
      if (typeof audience !== "string" || audience === "") throw new ConfigError("audience must be a non-empty string");
      this.#auth = new ClientCredentialsAuth({
        tokenUrl,
        credentials: checked,
        scopes,
        audience,
        timeout: tokenTimeout,
        maxRetries,
        transport,
      });
    } else {
      this.#auth = new UserTokenAuth(accessToken, redactor);
    }

    this.#core = new ApiCore({
      origin: this.baseUrl,
      apiVersion,
      headers: checkHeaders(options.headers, "headers") ?? {},
      timeout,
      maxRetries,
      auth: this.#auth,
      transport,
      middleware: checkMiddleware(options.middleware),
    });
    this.applications = new Applications(this.#core);
    this.integrations = new Integrations(this.#core);
    this.serviceAccounts = new ServiceAccounts(this.#core);
    this.sessions = new Sessions(this.#core);
    this.traces = new Traces(this.#core);
    this.events = new Events(this.#core);
    this.policies = new Policies(this.#core);
  }

  /**
   * An openapi-fetch client typed by the spec's `paths`, sharing this client's base URL, token
   * handling, retries and timeouts. It returns `{ data, error, response }` instead of throwing on
   * HTTP errors.
   */
  get raw(): Client<paths> {
    return this.#core.client;
  }

  /**
   * Adds openapi-fetch middleware that sees every call, namespace methods and `raw` alike: its
   * `onRequest` gets each `Request` before authentication, its `onResponse` each 2xx (and each
   * `raw` answer), its `onError` the typed error a namespace method is about to throw.
   */
  use(...middleware: Middleware[]): this {
    this.#core.client.use(...(checkMiddleware(middleware) ?? []));
    return this;
  }

  /** Fetches a new token now (`POST /oauth2/token`), replacing the cached one. */
  refreshToken(): Promise<void> {
    return this.#auth.refresh();
  }

  /** Drops the cached token so the next request fetches a new one, e.g. after rotating the secret. */
  clearToken(): void {
    this.#auth.clear();
  }

  /** A summary without credentials or tokens. */
  toJSON(): Record<string, string> {
    return {
      baseUrl: this.baseUrl,
      apiVersion: this.apiVersion,
      auth: this.#auth instanceof ClientCredentialsAuth ? "client_credentials" : "access_token",
    };
  }

  [INSPECT](): string {
    return `KontextManagementClient ${JSON.stringify(this.toJSON())}`;
  }
}

function checkMiddleware(middleware: unknown): Middleware[] | undefined {
  if (middleware === undefined) return undefined;
  if (
    !Array.isArray(middleware) ||
    middleware.some(
      (m) =>
        m === null ||
        typeof m !== "object" ||
        !["onRequest", "onResponse", "onError"].some((hook) => typeof m[hook] === "function"),
    )
  ) {
    throw new ConfigError("middleware must be an array of objects with onRequest, onResponse or onError");
  }
  return middleware;
}

export type { Middleware } from "openapi-fetch";
export type { CursorPage, PagePromise } from "./core/pagination.js";
export type * from "./options.js";
export type * from "./types.js";
