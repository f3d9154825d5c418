// The one status-to-error factory and the header readers beside it: internal to the SDK's modules,
// not part of the public `./errors` entry (which holds the error classes and guards only).
import {
  BadRequestError,
  ConflictError,
  type ErrorMeta,
  ForbiddenError,
  HttpError,
  NotFoundError,
  RateLimitError,
  ServerError,
  UnauthorizedError,
} from "../errors.js";

const HTTP_CLASSES: Record<number, typeof HttpError> = {
  400: BadRequestError,
  401: UnauthorizedError,
  403: ForbiddenError,
  404: NotFoundError,
  409: ConflictError,
  429: RateLimitError,
};

/** What the error factory needs to know of a response (for the SDK's own modules). */
export interface ResponseFacts {
  status: number;
  statusText: string;
  headers: Headers;
  text: string;
  attempts?: number;
  /** The response these facts were read from (its body already read into `text`). */
  response?: Response;
}

interface Masker {
  redact(text: string): string;
  excerpt(text: string): string;
  redactValue<T>(value: T): T;
}

const REASONS: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  408: "Request Timeout",
  409: "Conflict",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

/**
 * The one status-to-error factory: picks the class, keeps the status, the server's message, the
 * request id and a masked copy of the body.
 */
export function errorFromResponse(
  res: ResponseFacts,
  request: { method: string; url: string },
  mask: Masker,
): HttpError {
  let body: unknown;
  try {
    body = res.text ? JSON.parse(res.text) : undefined;
  } catch {
    // Not JSON: the message quotes an excerpt instead.
  }
  const fields = body && typeof body === "object" ? (body as Record<string, unknown>) : {};
  const ErrorClass = HTTP_CLASSES[res.status] ?? (res.status >= 500 ? ServerError : HttpError);
  const raw = fields.message;
  const list = [fields.validationErrors, raw, fields.errors, fields.validation].find(Array.isArray);
  const validationErrors = list
    ?.map(reasonOf)
    .filter((e): e is string => e !== undefined)
    .map((e) => mask.redact(e));
  const first = validationErrors?.[0];
  // The status text comes from the server like the body does, so it is masked too.
  const reason = mask.redact(res.statusText.slice(0, 100)) || REASONS[res.status] || "HTTP error";
  const meta: ErrorMeta = { method: request.method, url: mask.redact(request.url) };
  if (res.attempts !== undefined) meta.attempts = res.attempts;
  let message: string;
  if (Array.isArray(raw) && validationErrors?.length) message = validationErrors.join("; ");
  else if (typeof raw === "string" && raw) message = mask.redact(raw);
  else if (typeof fields.error_description === "string") message = mask.redact(fields.error_description);
  else if (typeof fields.error === "string") message = mask.redact(fields.error);
  else {
    message = `${res.status} ${reason}`;
    if (body === undefined && res.text) {
      meta.bodyExcerpt = mask.excerpt(res.text);
      message += ` (non-JSON body: ${meta.bodyExcerpt.slice(0, 80)})`;
    }
  }
  // The server's first reason belongs in the message, not only in validationErrors.
  if (first !== undefined && !message.includes(first)) {
    const more = (validationErrors?.length ?? 1) - 1;
    message += `: ${first}${more ? ` (and ${more} more)` : ""}`;
  }
  if (message.length > 500) message = `${message.slice(0, 500)}…`;
  const retryAfterMs = parseRetryAfterMs(res.headers);
  return new ErrorClass(message, {
    statusCode: res.status,
    retryAfter: retryAfterMs === undefined ? undefined : retryAfterMs / 1000,
    validationErrors: validationErrors?.length ? validationErrors : undefined,
    requestId: requestIdOf(res.headers, mask),
    meta,
    body: mask.redactValue(body),
    response: res.response,
  });
}

/**
 * One reason of a validation failure: a string, or an object with a `message` and the field it is
 * about (`field`, `property`, a `path`, or Prism's `location` such as `["body", "name"]`), as
 * "field: message".
 */
function reasonOf(entry: unknown): string | undefined {
  if (typeof entry === "string") return entry || undefined;
  if (entry === null || typeof entry !== "object") return undefined;
  const e = entry as Record<string, unknown>;
  const message = [e.message, e.msg, e.detail].find((m): m is string => typeof m === "string" && m !== "");
  if (message === undefined) return undefined;
  let field = [e.field, e.property, e.param].find((f): f is string => typeof f === "string" && f !== "");
  const path = Array.isArray(e.location) ? e.location : Array.isArray(e.path) ? e.path : undefined;
  if (field === undefined && path) {
    // Prism's location starts with where the value was: body, query, path or header.
    const parts = path.map(String);
    field = (parts[0] === "body" ? parts.slice(1) : parts).join(".") || undefined;
  } else if (field === undefined && typeof e.path === "string" && e.path !== "") field = e.path;
  // A message that already starts with its field ("name should not be empty") is kept as it is.
  return field === undefined || message.startsWith(field) ? message : `${field}: ${message}`;
}

/** The server's `x-request-id`, shortened and masked: a hostile server could put anything there. */
export function requestIdOf(headers: Headers, mask: { redact(text: string): string }): string | undefined {
  const id = headers.get("x-request-id");
  return id ? mask.redact(id.slice(0, 128)) : undefined;
}

/** Milliseconds from `retry-after-ms`, or `Retry-After` in seconds or as an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const ms = headers.get("retry-after-ms")?.trim();
  if (ms && /^\d+(\.\d+)?$/.test(ms)) return Number(ms);
  const value = headers.get("retry-after")?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
