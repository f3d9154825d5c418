import createClient, { type Client } from "openapi-fetch";
import type { paths } from "../../generated/openapi.js";
import { ConfigError, errorFromResponse, InvalidResponseError, requestIdOf } from "../errors.js";
import type { RequestOptions } from "../options.js";
import { type CursorPage, PagePromise } from "./pagination.js";
import { type Auth, type Received, send, type TransportConfig } from "./transport.js";
import { checkHeaders, checkRetries, checkTimeout, describe, intParam, pathId } from "./validate.js";

export type Path = keyof paths & string;
export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface Call {
  /** Values for the `{placeholders}` of the path; each becomes exactly one encoded segment. */
  path?: Record<string, string>;
  query?: object | undefined;
  body?: unknown;
}

export interface CoreConfig {
  origin: string;
  apiVersion: string;
  headers: Record<string, string>;
  timeout: number;
  maxRetries: number;
  auth: Auth;
  transport: TransportConfig;
}

const JSON_HEADERS = { accept: "application/json" };
const JSON_BODY_HEADERS = { accept: "application/json", "content-type": "application/json" };

/** Builds requests for the namespaces: URL, headers, auth, and throwing typed errors. */
export class ApiCore {
  readonly #config: CoreConfig;
  readonly #headers: Record<string, string>;
  readonly #bodyHeaders: Record<string, string>;
  #raw: Client<paths> | undefined;
  readonly #templates = new Map<string, string[]>();

  constructor(config: CoreConfig) {
    this.#config = config;
    const extra = lower(config.headers);
    this.#headers = { ...JSON_HEADERS, ...extra };
    this.#bodyHeaders = { ...JSON_BODY_HEADERS, ...extra };
  }

  /** Sends a request and returns the parsed JSON body, or nothing for a 204 operation. */
  async request<T>(method: Method, path: Path, call: Call, options?: RequestOptions, expectBody = true): Promise<T> {
    const url = this.#url(path, call);
    const config = this.#config;
    if ("body" in call && (call.body === null || typeof call.body !== "object" || Array.isArray(call.body))) {
      throw new ConfigError(`${method} ${path} needs its data as an object (got ${describe(call.body)})`);
    }
    let headers = call.body === undefined ? this.#headers : this.#bodyHeaders;
    let signal: AbortSignal | undefined;
    let timeout = config.timeout;
    let maxRetries = config.maxRetries;
    if (options !== undefined) {
      ({ headers, signal, timeout, maxRetries } = this.#requestOptions(options, headers));
    }
    const received = await send(config.transport, {
      method,
      url,
      headers,
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
      signal,
      timeout,
      maxRetries,
      auth: config.auth,
    });
    if (received.status < 200 || received.status > 299) {
      throw errorFromResponse(received, { method, url }, config.transport.redactor);
    }
    return expectBody ? (this.#parse(received, method, url) as T) : (undefined as T);
  }

  /** A cursor-paginated listing: awaitable as its first page, iterable over every item. */
  list<Page extends CursorPage<unknown>>(
    path: Path,
    query: { cursor?: string } | undefined,
    options?: RequestOptions,
  ): PagePromise<Page> {
    // Bad input rejects the first page (request() validates before sending) rather than throwing
    // synchronously, so `list(...).catch()` sees it too.
    return new PagePromise<Page>(async (cursor) => {
      const page = await this.request<Page>("GET", path, { query: { ...query, cursor } }, options);
      if (!Array.isArray(page.items)) {
        throw new InvalidResponseError(`GET ${path} answered without an items array`, {
          code: "kontext_invalid_response",
          statusCode: 200,
        });
      }
      return page;
    }, query?.cursor);
  }

  /** openapi-fetch typed by the spec's paths, over the same auth, retries and timeouts. */
  raw(): Client<paths> {
    this.#raw ??= createClient<paths>({
      baseUrl: this.#config.origin,
      headers: this.#config.headers,
      fetch: (input: Request) => this.#rawFetch(input),
    });
    return this.#raw;
  }

  async #rawFetch(input: Request): Promise<Response> {
    const config = this.#config;
    const headers: Record<string, string> = {};
    input.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const received = await send(config.transport, {
      method: input.method,
      url: this.#versioned(input.url),
      headers,
      body: input.body === null ? undefined : await input.text(),
      signal: input.signal,
      timeout: config.timeout,
      maxRetries: config.maxRetries,
      auth: config.auth,
    });
    const empty = received.text === "" || received.status === 204 || received.status === 205 || received.status === 304;
    return new Response(empty ? null : received.text, {
      status: received.status,
      statusText: received.statusText,
      headers: received.headers,
    });
  }

  #parse(received: Received, method: string, url: string): unknown {
    const { redactor } = this.#config.transport;
    const type = received.headers.get("content-type");
    let value: unknown;
    let problem: string | undefined;
    if (type !== null && !/json/i.test(type))
      problem = `content type ${JSON.stringify(redactor.redact(type.slice(0, 60)))}`;
    else if (!received.text) problem = "an empty body";
    else {
      try {
        value = JSON.parse(received.text);
        if (value === null || typeof value !== "object" || Array.isArray(value)) problem = "JSON that is not an object";
      } catch {
        problem = "malformed JSON";
      }
    }
    if (problem === undefined) return value;
    const bodyExcerpt = redactor.excerpt(received.text);
    throw new InvalidResponseError(
      `${method} ${redactor.redact(url)} answered ${received.status} with ${problem} where JSON was expected`,
      {
        code: "kontext_invalid_response",
        statusCode: received.status,
        meta: { method, url: redactor.redact(url), attempts: received.attempts, bodyExcerpt },
        requestId: requestIdOf(received.headers, redactor),
      },
    );
  }

  #requestOptions(options: RequestOptions, base: Record<string, string>) {
    if (options === null || typeof options !== "object") throw new ConfigError("request options must be an object");
    const config = this.#config;
    const extra = checkHeaders(options.headers, "options.headers");
    const timeout = options.timeout ?? config.timeout;
    const maxRetries = options.maxRetries ?? config.maxRetries;
    checkTimeout(timeout, "options.timeout");
    checkRetries(maxRetries, "options.maxRetries");
    if (options.signal !== undefined && !(options.signal instanceof AbortSignal)) {
      throw new ConfigError("options.signal must be an AbortSignal");
    }
    return { headers: extra ? { ...base, ...lower(extra) } : base, signal: options.signal, timeout, maxRetries };
  }

  #url(path: Path, call: Call): string {
    // Each path template is split once per client: literal parts at even indexes, names at odd.
    let parts = this.#templates.get(path);
    if (parts === undefined) {
      parts = this.#versioned(this.#config.origin + path).split(/\{(\w+)\}/);
      this.#templates.set(path, parts);
    }
    let url = parts[0] as string;
    for (let i = 1; i < parts.length; i += 2) {
      const name = parts[i] as string;
      url += pathId(call.path?.[name], name) + parts[i + 1];
    }
    if (call.query) {
      let search = "";
      for (const [name, value] of Object.entries(call.query)) {
        if (value === undefined || value === null) continue;
        if (name === "limit") intParam(value, "limit", 1, 200);
        else if (name === "offset") intParam(value, "offset", 0, 2_147_483_647);
        if (typeof value === "object" || typeof value === "function" || typeof value === "symbol") {
          throw new ConfigError(`query parameter ${name} must be a string, number or boolean (got ${describe(value)})`);
        }
        search += `${search ? "&" : "?"}${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`;
      }
      url += search;
    }
    return url;
  }

  #versioned(url: string): string {
    const version = this.#config.apiVersion;
    return version === "v1"
      ? url
      : url.replace(`${this.#config.origin}/api/v1/`, `${this.#config.origin}/api/${version}/`);
  }
}

function lower(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  return out;
}
