/**
 * The error family every Kontext SDK entry point throws. Each error carries a stable `code`,
 * a `docsUrl`, and never a client secret or an access token.
 * @module
 */

const BRAND = Symbol.for("@kontext-dev/js-sdk/error");
const CODE = Symbol("code");
const DOCS = "https://docs.kontext.security/errors/";

/** Extra, secret-free facts about a failure: method, URL, a body excerpt, the attempt count. */
export interface ErrorMeta {
  method?: string;
  url?: string;
  attempts?: number;
  bodyExcerpt?: string;
  [key: string]: unknown;
}

export interface KontextErrorInit {
  /** @default the subclass's own code: `kontext_timeout` for a `TimeoutError`, and so on */
  code?: string;
  statusCode?: number;
  requestId?: string;
  meta?: ErrorMeta;
  cause?: unknown;
}

/** Base class of every error the SDK throws. */
export class KontextError extends Error {
  /** Stable machine-readable code, `kontext_*`. */
  readonly code: string;
  /** HTTP status of the response that caused the error, if any. */
  declare readonly statusCode?: number;
  /** Where this code is explained. */
  readonly docsUrl: string;
  /** The server's `x-request-id`, when it sent one; quote it to support. */
  declare readonly requestId?: string;
  /** Secret-free context: method, URL, attempts, body excerpt. */
  readonly meta: ErrorMeta;

  constructor(message: string, init: KontextErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code ?? (this as unknown as { [CODE]: string })[CODE];
    if (init.statusCode !== undefined) this.statusCode = init.statusCode;
    this.docsUrl = DOCS + this.code;
    if (init.requestId) this.requestId = init.requestId;
    this.meta = init.meta ?? {};
    // The brand lists every class name up the chain so guards work across duplicated package
    // copies, where `instanceof` fails.
    const names: string[] = [];
    for (let p = new.target.prototype; p !== Error.prototype; p = Object.getPrototypeOf(p)) {
      names.push(p.name);
    }
    Object.defineProperty(this, BRAND, { value: names });
  }

  /** What `JSON.stringify(error)` shows: the name, message and facts, never a response or body. */
  toJSON(): Record<string, unknown> {
    return { ...(this as unknown as Record<string, unknown>), name: this.name, message: this.message };
  }
}

export interface HttpErrorInit extends KontextErrorInit {
  statusCode: number;
  retryAfter?: number;
  validationErrors?: string[];
  response?: Response;
  body?: unknown;
}

/** The API answered with a non-2xx status. */
export class HttpError extends KontextError {
  declare readonly statusCode: number;
  /** Seconds to wait before retrying, from `Retry-After` (429 and some 503s). */
  declare readonly retryAfter?: number;
  /**
   * The server's reasons for refusing the request (400 or 422), one string each, "field: message"
   * when the server named the field: from `validationErrors`, an array `message`, `errors`, or
   * Prism's `validation` list.
   */
  declare readonly validationErrors?: string[];
  /** The parsed error body (secrets redacted). Not enumerable, so logging the error stays short. */
  declare readonly body: unknown;
  /**
   * The response as fetch gave it: status, headers and URL (its body was read: the parsed, masked
   * body is `body`). Not enumerable, so logging the error never dumps it.
   */
  declare readonly response?: Response;

  constructor(message: string, init: HttpErrorInit) {
    super(message, init);
    if (init.retryAfter !== undefined) this.retryAfter = init.retryAfter;
    if (init.validationErrors) this.validationErrors = init.validationErrors;
    Object.defineProperties(this, { body: { value: init.body }, response: { value: init.response } });
  }
}

/** 400: the request body or parameters were invalid. */
export class BadRequestError extends HttpError {}
/** 401: the token is missing, invalid or expired. */
export class UnauthorizedError extends HttpError {}
/** 403: the caller lacks the role or scope, or a policy denied it. */
export class ForbiddenError extends HttpError {}
/** 404: no such resource. */
export class NotFoundError extends HttpError {}
/** 409: conflicts with the current state (a duplicate name, say). */
export class ConflictError extends HttpError {}
/** 429: rate limited; `retryAfter` says how long to wait. */
export class RateLimitError extends HttpError {}
/** 5xx: the server or a proxy in front of it failed. */
export class ServerError extends HttpError {}

/** The request never got a complete answer: DNS, refused or dropped connection. */
export class NetworkError extends KontextError {}
/** The attempt took longer than `timeout`; `code` is `kontext_timeout`. */
export class TimeoutError extends NetworkError {}

/** The caller's `AbortSignal` aborted the request; never retried. */
export class AbortError extends KontextError {}

export interface OAuthErrorInit extends KontextErrorInit {
  errorCode: string;
  errorDescription?: string;
}

/** The token endpoint refused to issue a token (bad credentials, scope or audience). */
export class OAuthError extends KontextError {
  /** The RFC 6749 §5.2 error code, e.g. `invalid_client`. */
  readonly errorCode: string;
  declare readonly errorDescription?: string;

  constructor(message: string, init: OAuthErrorInit) {
    super(message, init);
    this.errorCode = init.errorCode;
    if (init.errorDescription !== undefined) this.errorDescription = init.errorDescription;
  }
}

/** The client was misconfigured or a method got bad input; thrown before any request. */
export class ConfigError extends KontextError {
  constructor(message: string, meta?: ErrorMeta) {
    super(message, meta && { meta });
  }
}

/** A 2xx answer whose body is not the JSON the API documents (an HTML page from a proxy, say). */
export class InvalidResponseError extends KontextError {}

/** A paginated listing returned a cursor it had already returned. */
export class PaginationError extends KontextError {}

// Each class's name and code. Names are set on the prototypes, not read from `constructor.name`,
// so they survive minifiers.
for (const [cls, name, code] of [
  [KontextError, "KontextError", undefined], // its subclasses' codes; a KontextError of your own takes one
  [HttpError, "HttpError", "kontext_http_error"],
  [BadRequestError, "BadRequestError", "kontext_validation_error"],
  [UnauthorizedError, "UnauthorizedError", "kontext_unauthorized"],
  [ForbiddenError, "ForbiddenError", "kontext_policy_denied"],
  [NotFoundError, "NotFoundError", "kontext_not_found"],
  [ConflictError, "ConflictError", "kontext_conflict"],
  [RateLimitError, "RateLimitError", "kontext_rate_limited"],
  [ServerError, "ServerError", "kontext_server_error"],
  [NetworkError, "NetworkError", "kontext_network_error"],
  [TimeoutError, "TimeoutError", "kontext_timeout"],
  [AbortError, "AbortError", "kontext_aborted"],
  [OAuthError, "OAuthError", "kontext_oauth_error"],
  [ConfigError, "ConfigError", "kontext_config_error"],
  [InvalidResponseError, "InvalidResponseError", "kontext_invalid_response"],
  [PaginationError, "PaginationError", "kontext_pagination_loop"],
] as const) {
  Object.defineProperties(cls.prototype, {
    name: { value: name, writable: true, configurable: true },
    [CODE]: { value: code },
  });
}

function hasBrand(error: unknown, name: string): boolean {
  const brand = (error as { [BRAND]?: unknown } | null)?.[BRAND];
  return Array.isArray(brand) && brand.includes(name);
}

/** True for any error thrown by the SDK, even one from another copy of the package. */
export function isKontextError(error: unknown): error is KontextError {
  return hasBrand(error, "KontextError");
}
/** True when the API answered with a non-2xx status. */
export function isHttpError(error: unknown): error is HttpError {
  return hasBrand(error, "HttpError");
}
/** True for connection failures and timeouts: safe to retry with backoff. */
export function isNetworkError(error: unknown): error is NetworkError {
  return hasBrand(error, "NetworkError");
}
/**
 * True for a 401, from the API or from the token endpoint refusing the credentials: check
 * `clientId` and `clientSecret`, never retry.
 */
export function isUnauthorizedError(error: unknown): error is UnauthorizedError | OAuthError {
  return (
    hasBrand(error, "UnauthorizedError") || (hasBrand(error, "OAuthError") && (error as OAuthError).statusCode === 401)
  );
}
/** True for a 429: wait `retryAfter` seconds, then retry. */
export function isRateLimitError(error: unknown): error is RateLimitError {
  return hasBrand(error, "RateLimitError");
}
/** True when the token endpoint refused the credentials. */
export function isOAuthError(error: unknown): error is OAuthError {
  return hasBrand(error, "OAuthError");
}
/** True for a 404. */
export function isNotFoundError(error: unknown): error is NotFoundError {
  return hasBrand(error, "NotFoundError");
}
