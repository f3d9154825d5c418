import type { Client, Middleware } from "openapi-fetch";
import type { paths } from "../generated/openapi.js";
import { ApiCore } from "./core/api.js";
import { createAuth } from "./core/token.js";
import type { Auth } from "./core/transport.js";
import { checkMiddleware, type KontextManagementClientOptions, resolveOptions } from "./options.js";
import { Applications } from "./resources/applications.js";
import { Events } from "./resources/events.js";
import { Integrations } from "./resources/integrations.js";
import { Policies } from "./resources/policies.js";
import { ServiceAccounts } from "./resources/service-accounts.js";
import { Sessions } from "./resources/sessions.js";
import { Traces } from "./resources/traces.js";

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

  readonly #auth: Auth;
  readonly #core: ApiCore;

  constructor(options: KontextManagementClientOptions) {
    const resolved = resolveOptions(options);
    this.baseUrl = resolved.baseUrl;
    this.apiVersion = resolved.apiVersion;
    this.#auth = createAuth(resolved);
    this.#core = new ApiCore(resolved, this.#auth);
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
      auth: this.#auth.kind,
    };
  }

  [INSPECT](): string {
    return `KontextManagementClient ${JSON.stringify(this.toJSON())}`;
  }
}

export type { Middleware } from "openapi-fetch";
export type { CursorPage, PagePromise } from "./core/pagination.js";
export type {
  AccessTokenAuthOptions,
  ClientCredentials,
  ClientSettings,
  CredentialsAuthOptions,
  KontextManagementClientOptions,
  Logger,
  RequestOptions,
} from "./options.js";
export type * from "./types.js";
