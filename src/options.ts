import type { Middleware } from "openapi-fetch";

/** Service account credentials from the dashboard or `client.serviceAccounts.create()`. */
export interface ClientCredentials {
  /** The service account's OAuth client id, `sa_<uuid>`. */
  clientId: string;
  /** The service account's secret; never logged, never in an error. */
  clientSecret: string;
}

/** Receives the client's diagnostics; `console` fits. Nothing it receives holds a secret. */
export interface Logger {
  debug(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
}

/** Options shared by the client and each request. */
export interface RequestOptions {
  /** Aborts the request; an abort is never retried and rejects at once. */
  signal?: AbortSignal;
  /** Milliseconds one attempt may take, response body included.
   * @default 30000 */
  timeout?: number;
  /** Retries after a retryable failure (network error, timeout, 408, 429, 5xx on idempotent methods; only 429 or a refused connection on POST and PATCH).
   * @default 2 */
  maxRetries?: number;
  /** Extra headers for this request. */
  headers?: Record<string, string>;
}

/** Service-account authentication: the client exchanges the credentials for tokens. */
export interface CredentialsAuthOptions {
  /**
   * Service account credentials; the client exchanges them for tokens (OAuth2 client credentials).
   * A function is asked before every token request, so after rotating the secret, `clearToken()`
   * makes the next request use the new one.
   */
  credentials: ClientCredentials | (() => ClientCredentials | Promise<ClientCredentials>);
  accessToken?: never;
}

/** User authentication: a user's access token, obtained elsewhere. */
export interface AccessTokenAuthOptions {
  /** A user's access token, or a function returning one, used instead of `credentials`. */
  accessToken: string | (() => string | Promise<string>);
  credentials?: never;
}

/** The client's options: exactly one of `credentials` or `accessToken`, and the settings below. */
export type KontextManagementClientOptions = ClientSettings & (CredentialsAuthOptions | AccessTokenAuthOptions);

/** Everything but the authentication, shared by both kinds of client. */
export interface ClientSettings {
  /** The API origin, without `/api/v1`, e.g. `https://api.kontext.security`. */
  baseUrl: string;
  /** API version prefix.
   * @default "v1" */
  apiVersion?: string;
  /** OAuth token endpoint.
   * @default `${baseUrl}/oauth2/token` */
  tokenUrl?: string;
  /** OAuth scopes to request.
   * @default ["management:all"] */
  scopes?: string[];
  /** Token audience claim.
   * @default `${baseUrl}/api/${apiVersion}` */
  audience?: string;
  /** The fetch implementation; inject one for proxies, tests or instrumentation.
   * @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Extra headers on every request (not on the token request). */
  headers?: Record<string, string>;
  /** Milliseconds one attempt may take, response body included.
   * @default 30000 */
  timeout?: number;
  /** Milliseconds one token request may take.
   * @default the smaller of 10000 and `timeout` */
  tokenTimeout?: number;
  /** Retries after a retryable failure.
   * @default 2 */
  maxRetries?: number;
  /** First backoff delay in milliseconds; it doubles each retry, with jitter.
   * @default 500 */
  retryDelay?: number;
  /** Longest backoff delay in milliseconds.
   * @default 8000 */
  maxRetryDelay?: number;
  /** Longest `Retry-After` the client waits for, in milliseconds; a longer one throws at once with `retryAfter` set.
   * @default 60000 */
  maxRetryAfter?: number;
  /**
   * openapi-fetch middleware run on every call, namespace methods and `client.raw` alike (tracing,
   * metrics); `client.use()` adds more later.
   */
  middleware?: Middleware[];
  /** Receives request, response and retry diagnostics; silent when absent. */
  logger?: Logger;
  /** Sends credentials over plain http to a host that is not loopback. Only for trusted test networks.
   * @default false */
  dangerouslyAllowInsecureHttp?: boolean;
}
