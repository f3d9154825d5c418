import { fromBase64, fromUtf8, sameSecret, secret, utf8, uuid } from "./encoding.js";
import { handlers } from "./handlers.js";
import type { SpecOperation } from "./spec.js";
import { ApiError, type Call, type Reply, Store } from "./store.js";
import { type FieldError, fieldErrors, type Validators } from "./validator.js";

/** A fault `failNext` injects: the next `times` matching requests get `status` instead of an answer. */
export interface Fault {
  /** How many requests fail. @default 1 */
  times?: number;
  /** The status they get. @default 503 */
  status?: number;
  /** `Retry-After` in seconds (or an HTTP date). @default 0 on a 429, none otherwise */
  retryAfter?: number | string;
  /**
   * Only requests whose path is this or below it (`/api/v1/applications` matches
   * `/api/v1/applications/{id}` too; the `/api/v1` prefix may be left out; `{id}` matches any one
   * segment), or that match this RegExp. Without it, every API request (`/api/…`) matches, and the
   * token endpoint (`/oauth2/token`) does not.
   */
  path?: string | RegExp;
  /** Only requests with this method. */
  method?: string;
}

/** The service account credentials a sandbox's token endpoint accepts. */
export interface Credentials {
  clientId: string;
  clientSecret: string;
}

interface TokenRecord {
  clientId: string;
  scopes: string[];
  expiresAt: number;
}

/** A request as the handler reads it, whichever edge it came through (`fetch` or `node:http`). */
export interface SandboxRequest {
  method: string;
  /** The request's URL; its origin starts the URLs in answers (`mcpUrlTemplate`). */
  url: URL;
  /** A request header by its lower-case name. */
  header(name: string): string | null | undefined;
  /** The raw body; more than `MAX_BODY` bytes is a 413. */
  body: Uint8Array;
}

/** An answer, ready for either edge to send. */
export interface SandboxAnswer {
  status: number;
  headers: Record<string, string>;
  body?: Uint8Array<ArrayBuffer>;
}

export interface HandlerConfig {
  operations: SpecOperation[];
  /** The API's error schema in the plan, when the document has one. */
  errorValidator?: string;
  /** The validators of the operations' plan; a promise while a `spec` given at run time compiles. */
  validators: Validators | Promise<Validators>;
  credentials: Credentials;
  tokenTtl: number;
  strict: boolean;
  seed?: (store: Store) => void;
  onViolation?: (violation: string) => void;
}

const SCOPES = new Set(["management:all"]);
// The statuses the API documents for every operation ("Errors" in the overview).
const API_ERRORS = new Set([400, 401, 403, 404, 409, 429]);
export const MAX_BODY = 1 << 20;

// RFC 6749 §2.3.1: the id and secret are form-url-encoded before they are joined and base64-encoded.
function formDecode(value: string): string {
  return decodeURIComponent(value.replace(/\+/g, " "));
}

/** The state of one sandbox and its answers: routing, authentication, validation, faults. Web-standard only. */
export class SandboxHandler {
  store = new Store();
  tokens = new Map<string, TokenRecord>();
  faults: Array<Required<Pick<Fault, "times" | "status">> & Fault> = [];
  readonly violations: string[] = [];
  #validators: Validators | undefined;

  constructor(readonly config: HandlerConfig) {
    const { validators } = config;
    if (validators instanceof Promise) {
      // A failed compile is reported by `answer`, which awaits the same promise.
      validators.then((v) => (this.#validators = v)).catch(() => {});
    } else this.#validators = validators;
    this.reset();
  }

  reset(): void {
    this.store = new Store();
    this.store.onServiceAccountRevoked = (clientId) => {
      for (const [token, record] of this.tokens) if (record.clientId === clientId) this.tokens.delete(token);
    };
    // The sandbox's own account survives a reset, and so do its tokens: clients keep working.
    for (const [token, record] of this.tokens) {
      if (record.clientId !== this.config.credentials.clientId) this.tokens.delete(token);
    }
    this.faults = [];
    this.config.seed?.(this.store);
  }

  failNext(fault: Fault): void {
    const times = fault.times ?? 1;
    const status = fault.status ?? 503;
    if (!Number.isInteger(times) || times < 1)
      throw new TypeError(`failNext: times must be a positive integer (got ${times})`);
    if (!Number.isInteger(status) || status < 400 || status > 599) {
      throw new TypeError(`failNext: status must be an HTTP error status from 400 to 599 (got ${status})`);
    }
    this.faults.push({ ...fault, times, status });
  }

  private takeFault(method: string, path: string): Reply | undefined {
    const index = this.faults.findIndex((f) => {
      if (f.method && f.method.toUpperCase() !== method) return false;
      if (f.path === undefined) return path.startsWith("/api/");
      return pathMatches(f.path, path);
    });
    const fault = this.faults[index];
    if (!fault) return undefined;
    if (--fault.times <= 0) this.faults.splice(index, 1);
    const headers: Record<string, string> = {};
    const retryAfter = fault.retryAfter ?? (fault.status === 429 ? 0 : undefined);
    if (retryAfter !== undefined) headers["retry-after"] = String(retryAfter);
    return {
      status: fault.status,
      body: { message: `Injected fault (failNext): ${fault.status}`, statusCode: fault.status },
      headers,
      injected: true,
    };
  }

  /** The answer to one request; synchronous unless a `spec` given at run time is still compiling. */
  answer(req: SandboxRequest): SandboxAnswer | Promise<SandboxAnswer> {
    if (this.#validators) return this.respond(req, this.#validators);
    return Promise.resolve(this.config.validators).then((validators) => this.respond(req, validators));
  }

  private respond(req: SandboxRequest, validators: Validators): SandboxAnswer {
    let reply: Reply;
    let op: SpecOperation | undefined;
    const url = req.url;
    const method = req.method.toUpperCase();
    try {
      if (req.body.byteLength > MAX_BODY) throw new ApiError(413, "Request body too large");
      const raw = req.body.byteLength === 0 ? "" : fromUtf8(req.body);
      const fault = this.takeFault(method, url.pathname);
      if (fault) reply = fault;
      else {
        const routed = this.route(method, url.pathname);
        op = routed.op;
        reply =
          op.operationId === "requestAccessToken"
            ? this.token(req, raw, op, validators)
            : this.api(req, op, routed.params, url.searchParams, raw, validators);
      }
    } catch (error) {
      reply = errorReply(error);
      if (!(error instanceof ApiError)) {
        // Not an answer the API documents: a bug in the sandbox, reported like a drift.
        const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
        this.record(`${method} ${url.pathname}: the sandbox threw ${detail}`);
      }
    }
    if (op && !reply.injected) reply = this.checkResponse(op, method, url.pathname, reply, validators);
    const headers: Record<string, string> = { "x-request-id": uuid(), ...(reply.headers ?? {}) };
    if (reply.body === undefined) return { status: reply.status, headers };
    const body = utf8(JSON.stringify(reply.body));
    headers["content-type"] = "application/json; charset=utf-8";
    headers["content-length"] = String(body.byteLength);
    return { status: reply.status, headers, body };
  }

  private route(method: string, path: string): { op: SpecOperation; params: Record<string, string> } {
    let pathMatched = false;
    for (const op of this.config.operations) {
      const match = op.pattern.exec(path);
      if (!match) continue;
      pathMatched = true;
      if (op.method !== method) continue;
      const params: Record<string, string> = {};
      op.pathNames.forEach((name, i) => {
        let value = match[i + 1] ?? "";
        try {
          value = decodeURIComponent(value);
        } catch {
          // Left as sent; validation reports it.
        }
        params[name] = value;
      });
      return { op, params };
    }
    if (pathMatched) throw new ApiError(405, `Cannot ${method} ${path}`);
    throw new ApiError(404, `Cannot ${method} ${path}`);
  }

  private authenticate(req: SandboxRequest): TokenRecord {
    const header = req.header("authorization") ?? "";
    const token = /^Bearer ([^\s]+)$/i.exec(header)?.[1];
    const record = token ? this.tokens.get(token) : undefined;
    if (!token || !record) throw new ApiError(401, "Invalid or expired access token");
    if (Date.now() >= record.expiresAt) {
      this.tokens.delete(token);
      throw new ApiError(401, "Invalid or expired access token");
    }
    return record;
  }

  private api(
    req: SandboxRequest,
    op: SpecOperation,
    pathParams: Record<string, string>,
    search: URLSearchParams,
    raw: string,
    validators: Validators,
  ): Reply {
    if (op.secured) {
      const token = this.authenticate(req);
      if (!token.scopes.includes("management:all")) {
        throw new ApiError(403, "Insufficient permissions: the token lacks the management:all scope");
      }
    }
    const problems: FieldError[] = [];
    const path: Record<string, unknown> = { ...pathParams };
    const validatePath = validators.params(op.pathValidator);
    if (!validatePath(path)) problems.push(...fieldErrors(validatePath.errors, "path"));
    const query: Record<string, unknown> = {};
    for (const p of op.parameters) {
      if (p.in === "query" && search.has(p.name)) query[p.name] = search.get(p.name);
    }
    const validateQuery = validators.params(op.queryValidator);
    if (!validateQuery(query)) problems.push(...fieldErrors(validateQuery.errors, "query"));
    let body: Record<string, unknown> = {};
    if (op.body) {
      const validateBody = validators.bodies(op.body.validator);
      const type = (req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
      if (raw === "") {
        if (op.body.required) problems.push({ field: "body", message: "body is required (a JSON object)" });
      } else if (type && type !== "text/plain" && !/^application\/([\w.+-]+\+)?json$/.test(type)) {
        // A JSON body sent without a content type, or as fetch's default text/plain, is read as JSON.
        problems.push({ field: "body", message: `body must be application/json (got ${type})` });
      } else {
        let parsed: unknown;
        try {
          parsed = JSON.parse(raw);
        } catch {
          problems.push({ field: "body", message: "body is not valid JSON" });
        }
        if (parsed !== undefined) {
          if (validateBody(parsed)) body = parsed as Record<string, unknown>;
          else problems.push(...fieldErrors(validateBody.errors, "body"));
        }
      }
    }
    if (problems.length > 0) {
      throw new ApiError(400, problems.map((p) => p.message).join("; "), problems);
    }
    const handler = handlers[op.operationId];
    if (!handler) throw new ApiError(501, `The sandbox does not implement ${op.operationId}`);
    const call: Call = { path: path as Record<string, string>, query, body, origin: req.url.origin };
    return handler(this.store, call);
  }

  private token(req: SandboxRequest, raw: string, op: SpecOperation, validators: Validators): Reply {
    const oauthError = (status: number, error: string, description: string): Reply => ({
      status,
      body: { error, error_description: description },
      headers:
        status === 401
          ? { "www-authenticate": 'Basic realm="kontext-sandbox"', "cache-control": "no-store" }
          : { "cache-control": "no-store" },
    });
    const type = (req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
    if (type !== "application/x-www-form-urlencoded") {
      return oauthError(400, "invalid_request", "The body must be application/x-www-form-urlencoded");
    }
    const form = Object.fromEntries(new URLSearchParams(raw));
    if (form.grant_type !== undefined && form.grant_type !== "client_credentials") {
      return oauthError(400, "unsupported_grant_type", `The grant type "${form.grant_type}" is not supported`);
    }
    const validateForm = op.body ? validators.bodies(op.body.validator) : undefined;
    if (validateForm && !validateForm(form)) {
      return oauthError(
        400,
        "invalid_request",
        fieldErrors(validateForm.errors, "body")
          .map((e) => e.message)
          .join("; "),
      );
    }
    const authorization = req.header("authorization");
    const basic = /^Basic ([A-Za-z0-9+/=]+)$/i.exec(authorization ?? "")?.[1];
    let clientId = "";
    let clientSecret = "";
    if (basic) {
      try {
        const decoded = fromUtf8(fromBase64(basic));
        const colon = decoded.indexOf(":");
        clientId = formDecode(decoded.slice(0, colon < 0 ? decoded.length : colon));
        clientSecret = colon < 0 ? "" : formDecode(decoded.slice(colon + 1));
      } catch {
        clientId = "";
      }
    } else if (!authorization && typeof form.client_id === "string") {
      // client_secret_post (RFC 6749 §2.3.1 allows it beside Basic, which the SDK uses).
      clientId = form.client_id;
      clientSecret = form.client_secret ?? "";
    }
    const root = this.config.credentials;
    const account = [...this.store.serviceAccounts.values()].find((a) => a.clientId === clientId);
    const expected = clientId === root.clientId ? root.clientSecret : account?.clientSecret;
    if (!clientId || expected === undefined || !sameSecret(clientSecret, expected)) {
      return oauthError(
        401,
        "invalid_client",
        "Client authentication failed (e.g., unknown client, no client authentication included, or unsupported authentication method).",
      );
    }
    const scopes = (form.scope ?? "management:all").split(" ").filter(Boolean);
    const unknown = scopes.filter((s) => !SCOPES.has(s));
    if (unknown.length > 0) {
      return oauthError(
        400,
        "invalid_scope",
        `The OAuth 2.0 Client is not allowed to request scope '${unknown.join(" ")}'.`,
      );
    }
    const accessToken = secret("kx_at_");
    this.tokens.set(accessToken, { clientId, scopes, expiresAt: Date.now() + this.config.tokenTtl * 1000 });
    return {
      status: 200,
      body: {
        access_token: accessToken,
        token_type: "Bearer",
        expires_in: Math.max(1, Math.ceil(this.config.tokenTtl)),
        scope: scopes.join(" "),
      },
      // RFC 6749 §5.1.
      headers: { "cache-control": "no-store", pragma: "no-cache" },
    };
  }

  private record(violation: string): void {
    this.violations.push(violation);
    this.config.onViolation?.(violation);
  }

  /** Validates an answer against the operation's documented responses; in strict mode a drift becomes a 500. */
  private checkResponse(op: SpecOperation, method: string, path: string, reply: Reply, validators: Validators) {
    const problems: string[] = [];
    const status = String(reply.status);
    const key = op.responses.has(status) ? status : op.responses.has(`${status[0]}XX`) ? `${status[0]}XX` : "default";
    const documented = op.responses.get(key);
    if (!documented) {
      // One of the API-wide error statuses that an operation does not list (a 400 for a malformed
      // id, where the spec does not document it on that operation) must still be the error body.
      const errorValidator = this.config.errorValidator;
      if (!API_ERRORS.has(reply.status) || !errorValidator) problems.push(`status ${status} is not documented`);
      else {
        const validateError = validators.responses(errorValidator);
        if (!validateError(reply.body)) {
          problems.push(...fieldErrors(validateError.errors, "body").map((e) => `body.${e.message}`));
        }
      }
    } else {
      const validate = documented.validator ? validators.responses(documented.validator) : undefined;
      if (validate && reply.body === undefined) problems.push("the body is missing");
      if (!validate && reply.body !== undefined) problems.push("a body is sent where none is documented");
      if (validate && reply.body !== undefined && !validate(reply.body)) {
        problems.push(...fieldErrors(validate.errors, "body").map((e) => `body.${e.message}`));
      }
      for (const name of documented.requiredHeaders) {
        if (!Object.keys(reply.headers ?? {}).some((h) => h.toLowerCase() === name.toLowerCase())) {
          problems.push(`the required header ${name} is missing`);
        }
      }
    }
    if (problems.length === 0) return reply;
    const violation = `${method} ${path} (${op.operationId}) answered ${status}, which breaks openapi.yaml: ${problems.join("; ")}`;
    this.record(violation);
    if (!this.config.strict) return reply;
    return { status: 500, body: { message: violation, statusCode: 500 } };
  }
}

/**
 * A fault's `path` matches the request's path or one below it, with or without the `/api/v1`
 * prefix (`/applications` is `/api/v1/applications`), and `{name}` segments match any one segment
 * (`/api/v1/applications/{id}`, as the spec writes it).
 */
function pathMatches(pattern: string | RegExp, path: string): boolean {
  if (pattern instanceof RegExp) return pattern.test(path);
  const want = pattern.split("/").filter(Boolean);
  const got = path.split("/").filter(Boolean);
  const candidates = got[0] === "api" && want[0] !== "api" ? [got.slice(2)] : [got];
  return candidates.some(
    (segments) => segments.length >= want.length && want.every((w, i) => /^\{[^}]+\}$/.test(w) || w === segments[i]),
  );
}

function errorReply(error: unknown): Reply {
  if (error instanceof ApiError) {
    const body: Record<string, unknown> = { message: error.message, statusCode: error.status };
    if (error.validationErrors) {
      // NestJS-style: one message per problem in `message`, which the SDK reads as
      // `validationErrors`; `validationErrors` names each field for plain-HTTP callers.
      body.message = error.validationErrors.map((e) => e.message);
      body.error = "Bad Request";
      body.validationErrors = error.validationErrors;
    }
    return { status: error.status, body };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { status: 500, body: { message: `Sandbox error: ${message}`, statusCode: 500 } };
}
