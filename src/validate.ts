import { ConfigError } from "./errors.js";

// Letters, digits and - _ . ~ : @ + = only: enough for UUIDs, `sa_…`/`app_…` client ids and
// trace ids, and nothing that could end a path segment, start a query, or be decoded twice.
const ID = /^[\w.~:@+=-]{1,256}$/;
const HEADER_NAME = /^[!#$%&'*+.^`|~\w-]+$/;
// RFC 9110 §5.5: field values are visible ASCII, obs-text, spaces and tabs; CR, LF and NUL split
// or truncate headers.
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/** True for an object that is not null and not an array. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Returns `value` as one encoded path segment, or throws `ConfigError` before any request. */
export function pathId(value: unknown, name: string): string {
  if (typeof value !== "string" || !ID.test(value) || value.includes("..") || value === ".") {
    throw new ConfigError(
      `${name} must be a non-empty id of letters, digits, "-", "_", ".", "~", ":", "@", "+" or "=" (got ${describe(value)})`,
    );
  }
  return encodeURIComponent(value);
}

/** Checks an optional integer query parameter against its documented range. */
export function intParam(value: unknown, name: string, min: number, max: number): void {
  if (value === undefined) return;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max} (got ${describe(value)})`);
  }
}

/** Checks extra headers: valid names, and no CR, LF or NUL that would split the request. */
export function checkHeaders(headers: unknown, where: string): Record<string, string> | undefined {
  if (headers === undefined) return undefined;
  if (!isObject(headers)) {
    throw new ConfigError(`${where} must be an object of header names to string values`);
  }
  for (const [name, value] of Object.entries(headers)) {
    if (!HEADER_NAME.test(name)) throw new ConfigError(`${where}: invalid header name ${describe(name)}`);
    if (typeof value !== "string" || !HEADER_VALUE.test(value)) {
      // The value itself may be a secret, so it is never echoed.
      throw new ConfigError(`${where}: header "${name}" must be a string without CR, LF or NUL`);
    }
  }
  return headers as Record<string, string>;
}

export function describe(value: unknown): string {
  if (typeof value === "string") {
    return value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}…` : JSON.stringify(value);
  }
  if (Array.isArray(value)) return "an array";
  return value === null ? "null" : typeof value === "object" ? "an object" : String(value);
}

/** True for hosts whose traffic never leaves the machine. */
export function isLoopback(hostname: string): boolean {
  return (
    hostname === "localhost" ||
    hostname.endsWith(".localhost") ||
    hostname === "[::1]" ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
  );
}

/**
 * Parses an absolute http(s) URL for credentials to be sent to, refusing plain http to a host
 * that is not loopback unless explicitly allowed.
 */
export function credentialUrl(value: unknown, name: string, allowInsecure: boolean): URL {
  let url: URL | undefined;
  try {
    url = new URL(value as string);
  } catch {}
  if (typeof value !== "string" || (url?.protocol !== "https:" && url?.protocol !== "http:")) {
    throw new ConfigError(`${name} must be an absolute http(s) URL (got ${describe(value)})`);
  }
  if (url.username || url.password) {
    throw new ConfigError(`${name} must not contain a user name or password`);
  }
  if (url.search || url.hash || value.includes("?") || value.includes("#")) {
    throw new ConfigError(`${name} must not have a query or fragment`);
  }
  if (url.protocol === "http:" && !isLoopback(url.hostname) && !allowInsecure) {
    throw new ConfigError(
      `${name} uses plain http to ${url.hostname}: credentials would travel unencrypted. Use https, or set dangerouslyAllowInsecureHttp: true on a trusted network`,
    );
  }
  return url;
}

/**
 * Checks a number of milliseconds: positive for a timeout, or non-negative for a delay (`zero`), and
 * at most what a timer can wait (2^31 - 1 ms; a longer one fires at once).
 */
export function checkMs(value: unknown, name: string, zero = false): void {
  if (typeof value !== "number" || !(zero ? value >= 0 : value > 0) || value > 2_147_483_647) {
    throw new ConfigError(
      `${name} must be a ${zero ? "non-negative" : "positive"} number of milliseconds (got ${describe(value)})`,
    );
  }
}

/** Checks `{ clientId, clientSecret }` (options.ts's `ClientCredentials`) and returns it, or throws `ConfigError`. */
export function checkCredentials(credentials: unknown): { clientId: string; clientSecret: string } {
  if (!isObject(credentials)) {
    throw new ConfigError("credentials must be { clientId, clientSecret }");
  }
  return {
    clientId: nonEmpty(credentials.clientId, "credentials.clientId"),
    clientSecret: nonEmpty(credentials.clientSecret, "credentials.clientSecret"),
  };
}

/** Returns `value` if it is a string with more than white space in it, or throws `ConfigError`. */
export function nonEmpty(value: unknown, name: string): string {
  if (typeof value !== "string" || value.trim() === "") throw new ConfigError(`${name} must be a non-empty string`);
  return value;
}
