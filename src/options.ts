import type { Middleware } from "openapi-fetch";
import { Redactor } from "./core/redact.js";
import { ConfigError } from "./errors.js";
import {
  checkCredentials,
  checkHeaders,
  checkMs,
  credentialUrl,
  describe,
  intParam,
  isObject,
  nonEmpty,
} from "./validate.js";

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

/** A client's settings after checking and defaulting; what the constructor wires together. */
export interface ResolvedOptions {
  baseUrl: string;
  apiVersion: string;
  middleware: Middleware[] | undefined;
  transport: ResolvedTransport;
  /** The client-wide defaults of every request. */
  request: ResolvedRequest;
  auth: ResolvedCredentials | { kind: "access_token"; accessToken: unknown; transport: ResolvedTransport };
}

/** What the transport needs: the fetch, backoff, the logger and the client's redactor. */
export interface ResolvedTransport {
  fetch: typeof fetch;
  logger: Logger | undefined;
  retryDelay: number;
  maxRetryDelay: number;
  maxRetryAfter: number;
  redactor: Redactor;
}

/** What the token provider needs. */
export interface ResolvedCredentials {
  kind: "client_credentials";
  credentials: ClientCredentials | (() => ClientCredentials | Promise<ClientCredentials>);
  tokenUrl: string;
  scopes: string[];
  audience: string;
  timeout: number;
  maxRetries: number;
  /** The client's transport: its logger and redactor serve the token request too. */
  transport: ResolvedTransport;
}

/** One request's settings: the client's, overridden by the call's options. */
export interface ResolvedRequest {
  timeout: number;
  maxRetries: number;
  headers: Record<string, string> | undefined;
  signal: AbortSignal | undefined;
}

const CLIENT_DEFAULTS: ResolvedRequest = { timeout: 30_000, maxRetries: 2, headers: undefined, signal: undefined };

/**
 * Checks the constructor's options and fills in the defaults; throws `ConfigError` on the first
 * bad one. The timeout, retries and headers go through `resolveRequest`, as each call's options do.
 */
export function resolveOptions(options: KontextManagementClientOptions): ResolvedOptions {
  if (!isObject(options)) {
    throw new ConfigError("KontextManagementClient needs an options object with baseUrl and credentials");
  }
  const insecure = options.dangerouslyAllowInsecureHttp === true;
  const base = credentialUrl(options.baseUrl, "baseUrl", insecure);
  const prefix = base.pathname.replace(/\/+$/, "");
  const apiVersion = options.apiVersion ?? "v1";
  // A path before /api is a gateway's prefix and stays; /api and what follows are the client's to add.
  const gateway = prefix.replace(/\/api(\/.*)?$/, "");
  if (gateway !== prefix) {
    throw new ConfigError(`use baseUrl ${base.origin}${gateway}: the client adds /api/${apiVersion}`);
  }
  const baseUrl = base.origin + prefix;
  if (typeof apiVersion !== "string" || !/^v\d+[\w.-]*$/.test(apiVersion)) {
    throw new ConfigError(`apiVersion must look like "v1" (got ${describe(apiVersion)})`);
  }
  const { timeout, maxRetries, headers } = options;
  const request = resolveRequest({ timeout, maxRetries, headers }, CLIENT_DEFAULTS, "");
  const tokenTimeout = options.tokenTimeout ?? Math.min(10_000, request.timeout);
  checkMs(tokenTimeout, "tokenTimeout");
  for (const name of ["retryDelay", "maxRetryDelay", "maxRetryAfter"] as const) {
    if (options[name] !== undefined) checkMs(options[name], name, true);
  }
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== "function") {
    throw new ConfigError("No fetch implementation: pass options.fetch or use Node.js 20.19 or later");
  }
  const logger = options.logger;
  if (logger !== undefined && (typeof logger?.debug !== "function" || typeof logger?.warn !== "function")) {
    throw new ConfigError("logger must have debug() and warn() methods (console does)");
  }
  const transport: ResolvedTransport = {
    // Called unbound: some fetch implementations throw "Illegal invocation" otherwise.
    fetch: (input, init) => fetchImpl(input, init),
    logger,
    retryDelay: options.retryDelay ?? 500,
    maxRetryDelay: options.maxRetryDelay ?? 8_000,
    maxRetryAfter: options.maxRetryAfter ?? 60_000,
    redactor: new Redactor(),
  };
  const { credentials, accessToken } = options;
  if ((credentials === undefined) === (accessToken === undefined)) {
    throw new ConfigError("Pass exactly one of credentials ({ clientId, clientSecret }) or accessToken");
  }
  return {
    baseUrl,
    apiVersion,
    middleware: checkMiddleware(options.middleware),
    transport,
    request,
    auth:
      credentials === undefined
        ? { kind: "access_token", accessToken, transport }
        : {
            kind: "client_credentials",
            // A function is checked each time it is asked, before its token request.
            credentials: typeof credentials === "function" ? credentials : checkCredentials(credentials),
            tokenUrl: credentialUrl(options.tokenUrl ?? `${baseUrl}/oauth2/token`, "tokenUrl", insecure).href,
            scopes: checkScopes(options.scopes ?? ["management:all"]),
            audience: nonEmpty(options.audience ?? `${baseUrl}/api/${apiVersion}`, "audience"),
            timeout: tokenTimeout,
            maxRetries: request.maxRetries,
            transport,
          },
  };
}

function checkScopes(scopes: unknown): string[] {
  if (
    !Array.isArray(scopes) ||
    scopes.length === 0 ||
    scopes.some((s) => typeof s !== "string" || !/^[\x21\x23-\x5b\x5d-\x7e]+$/.test(s))
  ) {
    throw new ConfigError("scopes must be a non-empty array of scope tokens (RFC 6749 §3.3)");
  }
  return scopes;
}

/**
 * Checks `timeout`, `maxRetries`, `headers` and `signal` of `options` (the constructor's, where
 * `prefix` is "", or a call's, where it is "options.") over `defaults`.
 */
export function resolveRequest(options: unknown, defaults: ResolvedRequest, prefix: string): ResolvedRequest {
  if (!isObject(options)) throw new ConfigError("request options must be an object");
  const { timeout = defaults.timeout, maxRetries = defaults.maxRetries, headers, signal } = options as RequestOptions;
  checkMs(timeout, `${prefix}timeout`);
  intParam(maxRetries, `${prefix}maxRetries`, 0, 10);
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw new ConfigError(`${prefix}signal must be an AbortSignal`);
  }
  return {
    timeout,
    maxRetries,
    headers: checkHeaders(headers, `${prefix}headers`) ?? defaults.headers,
    signal: signal ?? defaults.signal,
  };
}

/** Checks the `middleware` option and `client.use()`'s arguments. */
export function checkMiddleware(middleware: unknown): Middleware[] | undefined {
  if (middleware === undefined) return undefined;
  if (
    !Array.isArray(middleware) ||
    middleware.some(
      (m) => !isObject(m) || !["onRequest", "onResponse", "onError"].some((hook) => typeof m[hook] === "function"),
    )
  ) {
    throw new ConfigError("middleware must be an array of objects with onRequest, onResponse or onError");
  }
  return middleware;
}
