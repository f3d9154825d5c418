import { AbortError, InvalidResponseError, KontextError, NetworkError, TimeoutError } from "../errors.js";
import type { ResolvedTransport } from "../options.js";
import { parseRetryAfterMs, requestIdOf } from "./http-errors.js";

/** How the transport authenticates a request and recovers from a 401. */
export interface Auth {
  /** How the client signs in, as `toJSON()` shows it. */
  readonly kind: "client_credentials" | "access_token";
  /** The bearer token to send now (synchronous when cached, so the hot path does not yield). */
  token(): string | Promise<string>;
  /** Drops `token` after a 401; false when no other token can be had, so there is nothing to retry with. */
  invalidate(token: string): boolean;
  /** Gets a new token now (`client.refreshToken()`). */
  refresh(): Promise<void>;
  /** Drops the cached token (`client.clearToken()`). */
  clear(): void;
}

export type TransportConfig = ResolvedTransport;

export interface Outgoing {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | undefined;
  signal?: AbortSignal | undefined;
  timeout: number;
  maxRetries: number;
  /** Absent on the token request, which carries Basic client authentication instead. */
  auth?: Auth | undefined;
  /** Retry as if idempotent: the token request may safely be repeated. */
  idempotent?: boolean;
  redirect?: RequestRedirect;
}

/** A whole response: status, headers and the body read within the attempt's timeout. */
export interface Received {
  /** The response itself; its body has been read into `text`. */
  response: Response;
  status: number;
  statusText: string;
  headers: Headers;
  text: string;
  attempts: number;
}

const IDEMPOTENT = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);
const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
// Failures that happen before the request leaves this machine, so even a POST was not processed.
const NOT_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ERR_INVALID_URL"]);

/**
 * Sends one logical request: authenticates it, bounds every attempt by a timeout (body included),
 * re-sends once with a fresh token after a 401, and retries what is safe to retry.
 */
export async function send(config: TransportConfig, out: Outgoing): Promise<Received> {
  const { logger, redactor } = config;
  // What every log line of this request says: the method and the masked URL.
  const where = logger && { method: out.method, url: redactor.redact(out.url) };
  const idempotent = out.idempotent ?? IDEMPOTENT.has(out.method);
  const caller = out.signal;
  let reauthenticated = false;
  let retries = 0;
  for (let attempt = 1; ; attempt++) {
    if (caller?.aborted) throw abortError(out, caller);
    let token: string | undefined;
    let headers = out.headers;
    if (out.auth) {
      const t = out.auth.token();
      token = typeof t === "string" ? t : await (caller ? raceAbort(t, caller, out) : t);
      headers = { ...headers, authorization: `Bearer ${token}` };
    }
    const started = logger ? performance.now() : 0;
    logger?.debug("kontext: request", { ...where, attempt });

    let received: Received | undefined;
    let failure: NetworkError | undefined;
    try {
      received = await attemptOnce(config, out, headers, attempt);
    } catch (error) {
      if (!(error instanceof NetworkError)) throw error;
      failure = error;
    }

    let reason: string;
    let delay: number;
    if (received) {
      logger?.debug("kontext: response", {
        ...where,
        status: received.status,
        durationMs: Math.round(performance.now() - started),
        attempt,
        requestId: requestIdOf(received.headers, redactor),
      });
      const { status } = received;
      if (status === 401 && token !== undefined && !reauthenticated && out.auth?.invalidate(token)) {
        reauthenticated = true;
        logger?.warn("kontext: retry", { ...where, attempt, reason: "401, token renewed", delayMs: 0 });
        continue;
      }
      // A token refused even after renewal must not be handed to the next request.
      if (status === 401 && token !== undefined) out.auth?.invalidate(token);
      if (!(idempotent ? RETRY_STATUSES.has(status) : status === 429) || retries >= out.maxRetries) {
        return received;
      }
      const retryAfter = parseRetryAfterMs(received.headers);
      // Waiting longer than the caller would put up with: give the answer back now, with retryAfter set.
      if (retryAfter !== undefined && retryAfter > config.maxRetryAfter) return received;
      reason = `status ${status}`;
      delay = retryAfter ?? backoff(config, retries);
    } else {
      const err = failure as NetworkError;
      if (retries >= out.maxRetries || !(idempotent || err.meta.notSent === true)) throw err;
      reason = err.code === "kontext_timeout" ? "timeout" : String(err.meta.reason);
      delay = backoff(config, retries);
    }
    logger?.warn("kontext: retry", { ...where, attempt, reason, delayMs: Math.round(delay) });
    retries++;
    await sleep(delay, caller, out);
  }
}

async function attemptOnce(
  config: TransportConfig,
  out: Outgoing,
  headers: Record<string, string>,
  attempt: number,
): Promise<Received> {
  const controller = new AbortController();
  // The timer belongs to this attempt: workerd never fires a timer created during an earlier
  // request, so no timer state may outlive the request that set it.
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, out.timeout);
  const caller = out.signal;
  const onAbort = () => controller.abort();
  caller?.addEventListener("abort", onAbort, { once: true });
  try {
    // Only the init fields that differ from fetch's defaults: each extra one costs undici
    // measurable time per call (see bench/).
    const init: RequestInit = { headers, signal: controller.signal };
    if (out.method !== "GET") init.method = out.method;
    if (out.body !== undefined) init.body = out.body;
    if (out.redirect !== undefined) init.redirect = out.redirect;
    const response = await config.fetch(out.url, init);
    const length = response.headers.get("content-length");
    // undici enforces a declared length, so a small one is read in one go (the common case, without
    // the extra await of readCapped).
    const text =
      length !== null && Number(length) <= MAX_BODY_BYTES
        ? await response.text()
        : await readCapped(response, out, config);
    return {
      response,
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
      text,
      attempts: attempt,
    };
  } catch (error) {
    if (error instanceof KontextError) throw error;
    if (caller?.aborted) throw abortError(out, caller);
    const url = config.redactor.redact(out.url);
    if (timedOut) {
      throw new TimeoutError(`${out.method} ${url} timed out after ${out.timeout} ms`, {
        meta: { method: out.method, url, attempts: attempt, reason: "timeout" },
      });
    }
    const reason = errorCode(error);
    const detail = reason ?? (error instanceof Error ? error.message : "unknown error");
    throw new NetworkError(`${out.method} ${url} failed: ${config.redactor.redact(detail)}`, {
      meta: {
        method: out.method,
        url,
        attempts: attempt,
        reason,
        notSent: reason !== undefined && NOT_SENT.has(reason),
      },
      cause: error,
    });
  } finally {
    clearTimeout(timer);
    caller?.removeEventListener("abort", onAbort);
  }
}

// No documented answer comes near this; a hostile server must not exhaust a CI job's memory.
const MAX_BODY_BYTES = 32 * 1024 * 1024;

/** Reads a body of unknown or too large declared length, stopping past MAX_BODY_BYTES. */
async function readCapped(response: Response, out: Outgoing, config: TransportConfig): Promise<string> {
  if (response.body === null) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => {});
      const url = config.redactor.redact(out.url);
      throw new InvalidResponseError(
        `${out.method} ${url} answered more than ${MAX_BODY_BYTES} bytes; stopped reading`,
        {
          code: "kontext_response_too_large",
          statusCode: response.status,
          meta: { method: out.method, url },
        },
      );
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}

function errorCode(error: unknown): string | undefined {
  // undici wraps the socket error: TypeError("fetch failed", { cause }); happy eyeballs adds an AggregateError.
  for (
    let e = error as { code?: unknown; cause?: unknown; errors?: unknown[] } | undefined, depth = 0;
    e && depth < 4;
    depth++
  ) {
    if (typeof e.code === "string") return e.code;
    const inner = Array.isArray(e.errors) ? (e.errors[0] as typeof e) : undefined;
    if (inner && typeof inner.code === "string") return inner.code;
    e = e.cause as typeof e;
  }
  return undefined;
}

function abortError(out: Outgoing, signal: AbortSignal): AbortError {
  return new AbortError(`${out.method} request aborted by the caller`, {
    meta: { method: out.method },
    cause: signal.reason,
  });
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal, out: Outgoing): Promise<T> {
  // A shared token request goes on for the other callers; only this caller stops waiting.
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(abortError(out, signal));
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

function backoff(config: TransportConfig, retries: number): number {
  // Exponential with up to 25% jitter so that clients hit by one outage do not retry in lockstep.
  return Math.min(config.maxRetryDelay, config.retryDelay * 2 ** retries) * (1 - Math.random() * 0.25);
}

function sleep(ms: number, signal: AbortSignal | undefined, out: Outgoing): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(out, signal as AbortSignal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
