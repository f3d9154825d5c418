import { ConfigError, OAuthError } from "../errors.js";
import type { ClientCredentials, ResolvedCredentials, ResolvedOptions } from "../options.js";
import { checkCredentials, isObject } from "../validate.js";
import { errorFromResponse, requestIdOf } from "./http-errors.js";
import type { Redactor } from "./redact.js";
import { type Auth, type Received, send } from "./transport.js";

interface IssuedToken {
  accessToken: string;
  /** Lifetime in seconds, when the server said. */
  expiresIn?: number;
}

// RFC 6749 §2.3.1 / WHATWG application/x-www-form-urlencoded: encodeURIComponent leaves !'()~
// alone, the form encoding does not, and spaces become "+".
function formEncode(value: string): string {
  return encodeURIComponent(value)
    .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, "+");
}

/** `Basic base64(formEncode(id):formEncode(secret))`, as RFC 6749 §2.3.1 requires. */
function basicAuthorization({ clientId, clientSecret }: ClientCredentials): string {
  return `Basic ${btoa(`${formEncode(clientId)}:${formEncode(clientSecret)}`)}`;
}

/** The client-credentials token request: form body, Basic client authentication, never a bearer. */
function tokenRequestInit(
  config: ResolvedCredentials,
  credentials: ClientCredentials,
): { headers: Record<string, string>; body: string } {
  const body = `grant_type=client_credentials&scope=${formEncode(config.scopes.join(" "))}&audience=${formEncode(config.audience)}`;
  return {
    headers: {
      authorization: basicAuthorization(credentials),
      "content-type": "application/x-www-form-urlencoded",
      accept: "application/json",
    },
    body,
  };
}

/** Validates the token endpoint's answer; anything but a usable bearer token is an `OAuthError`. */
function parseTokenResponse(received: Received, tokenUrl: string, redactor: Redactor): IssuedToken {
  const meta = { method: "POST", url: tokenUrl, attempts: received.attempts };
  let body: Record<string, unknown> | undefined;
  try {
    const parsed: unknown = received.text ? JSON.parse(received.text) : undefined;
    if (isObject(parsed)) body = parsed;
  } catch {
    // Not JSON: reported below with an excerpt.
  }
  const status = received.status;
  if (status === 0 || (status >= 300 && status < 400)) {
    const location = received.headers.get("location");
    throw new OAuthError(
      `Token endpoint ${tokenUrl} answered ${status ? `${status} ` : ""}with a redirect${location ? ` to ${redactor.redact(location.slice(0, 200))}` : ""}; the client does not send credentials on to another URL: set tokenUrl to the endpoint itself`,
      {
        code: "kontext_token_redirect",
        errorCode: "invalid_token_response",
        ...(status !== 0 && { statusCode: status }),
        meta,
        requestId: requestIdOf(received.headers, redactor),
      },
    );
  }
  if (status < 200 || status > 299) {
    if (typeof body?.error === "string" || status === 400 || status === 401 || status === 403) {
      const errorCode =
        typeof body?.error === "string"
          ? redactor.redact(body.error)
          : status === 400
            ? "invalid_request"
            : "invalid_client";
      const description =
        typeof body?.error_description === "string" ? redactor.redact(body.error_description) : undefined;
      throw new OAuthError(`Token request refused (${status} ${errorCode})${description ? `: ${description}` : ""}`, {
        errorCode,
        errorDescription: description,
        statusCode: status,
        meta: body ? meta : { ...meta, bodyExcerpt: redactor.excerpt(received.text) },
        requestId: requestIdOf(received.headers, redactor),
      });
    }
    throw errorFromResponse(received, { method: "POST", url: tokenUrl }, redactor);
  }
  const accessToken = body?.access_token;
  if (typeof accessToken !== "string" || !TOKEN.test(accessToken)) {
    throw new OAuthError("Token response has no usable access_token (a non-empty string of visible ASCII)", {
      errorCode: "invalid_token_response",
      statusCode: status,
      meta: { ...meta, bodyExcerpt: redactor.excerpt(received.text) },
    });
  }
  redactor.add(accessToken);
  const tokenType = body?.token_type;
  if (tokenType !== undefined && (typeof tokenType !== "string" || tokenType.toLowerCase() !== "bearer")) {
    throw new OAuthError(
      `Token response has token_type ${JSON.stringify(redactor.redact(String(tokenType)))}, expected Bearer`,
      {
        errorCode: "invalid_token_response",
        statusCode: status,
        meta,
      },
    );
  }
  const expiresIn = Number(body?.expires_in);
  return Number.isFinite(expiresIn) && body?.expires_in !== null && body?.expires_in !== ""
    ? { accessToken, expiresIn }
    : { accessToken };
}

// Without expires_in, assume the typical one-hour lifetime; a 401 renews sooner if needed.
const DEFAULT_LIFETIME_S = 3600;

/**
 * Service-account tokens: fetched lazily, cached, shared by concurrent callers (one request in
 * flight), renewed shortly before expiry and after a 401.
 */
class ClientCredentialsAuth implements Auth {
  readonly kind = "client_credentials";
  #config: ResolvedCredentials;
  #token: string | undefined;
  #renewAt = 0;
  #pending: Promise<string> | undefined;
  // Bumped by refresh() and clear(): a request started before cannot overwrite a newer token.
  #generation = 0;

  constructor(config: ResolvedCredentials) {
    this.#config = config;
    if (typeof config.credentials !== "function") this.#remember(config.credentials);
  }

  #remember(credentials: ClientCredentials): void {
    const { redactor } = this.#config.transport;
    redactor.pin(credentials.clientSecret);
    redactor.pin(formEncode(credentials.clientSecret));
    redactor.pin(basicAuthorization(credentials).slice(6));
  }

  /** The current credentials: a function is asked before every token request (after a rotation, say). */
  async #credentials(): Promise<ClientCredentials> {
    const source = this.#config.credentials;
    if (typeof source !== "function") return source;
    const credentials = checkCredentials(await source());
    this.#remember(credentials);
    return credentials;
  }

  token(): string | Promise<string> {
    if (this.#token !== undefined && Date.now() < this.#renewAt) return this.#token;
    this.#pending ??= this.#fetch();
    return this.#pending;
  }

  invalidate(token: string): boolean {
    if (this.#token === token) {
      this.#token = undefined;
      this.#renewAt = 0;
    }
    return true;
  }

  async refresh(): Promise<void> {
    this.clear();
    await this.token();
  }

  clear(): void {
    this.#generation++;
    this.#token = undefined;
    this.#renewAt = 0;
    this.#pending = undefined;
  }

  #fetch(): Promise<string> {
    const generation = this.#generation;
    const config = this.#config;
    const pending = this.#credentials()
      .then((credentials) => {
        const { headers, body } = tokenRequestInit(config, credentials);
        return send(config.transport, {
          method: "POST",
          url: config.tokenUrl,
          headers,
          body,
          timeout: config.timeout,
          maxRetries: config.maxRetries,
          idempotent: true,
          // workerd refuses "error"; "manual" hands the 3xx back (an opaque one in browsers) and
          // parseTokenResponse refuses it, so credentials never follow a redirect.
          redirect: "manual",
        });
      })
      .then((received) => {
        const issued = parseTokenResponse(received, config.tokenUrl, config.transport.redactor);
        const lifetimeMs = (issued.expiresIn ?? DEFAULT_LIFETIME_S) * 1000;
        // Renew a little early: a tenth of the lifetime, at most a minute.
        const renewAt = Date.now() + lifetimeMs - Math.min(60_000, lifetimeMs / 10);
        if (generation === this.#generation) {
          this.#token = issued.accessToken;
          this.#renewAt = renewAt;
        }
        config.transport.logger?.debug("kontext: token issued", { expiresIn: issued.expiresIn });
        return issued.accessToken;
      })
      .finally(() => {
        if (this.#pending === pending) this.#pending = undefined;
      });
    return pending;
  }
}

// RFC 6750 §2.1 b64token, loosened to any visible ASCII; never CR, LF or spaces.
const TOKEN = /^[\x21-\x7e]+$/;

function checkToken(token: unknown, name: string): string {
  if (typeof token !== "string" || !TOKEN.test(token)) {
    throw new ConfigError(`${name} must be a non-empty string of visible ASCII characters`);
  }
  return token;
}

/** A user's access token: a fixed string, or a function asked again on every request and after a 401. */
class UserTokenAuth implements Auth {
  readonly kind = "access_token";
  #source: string | (() => string | Promise<string>);
  #redactor: Redactor;

  constructor(source: unknown, redactor: Redactor) {
    if (typeof source === "string") {
      redactor.pin(checkToken(source, "accessToken"));
    } else if (typeof source !== "function") {
      throw new ConfigError("accessToken must be a string or a function returning one");
    }
    this.#source = source as string | (() => string | Promise<string>);
    this.#redactor = redactor;
  }

  token(): string | Promise<string> {
    const source = this.#source;
    if (typeof source === "string") return source;
    return Promise.resolve(source()).then((token) => {
      this.#redactor.add(checkToken(token, "accessToken()'s answer"));
      return token;
    });
  }

  invalidate(): boolean {
    return typeof this.#source === "function";
  }

  async refresh(): Promise<void> {
    await this.token();
  }

  clear(): void {}
}

/** The client's `Auth`: service-account tokens, or the user's access token. */
export function createAuth({ auth }: ResolvedOptions): Auth {
  return auth.kind === "access_token"
    ? new UserTokenAuth(auth.accessToken, auth.transport.redactor)
    : new ClientCredentialsAuth(auth);
}
