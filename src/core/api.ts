import createClient, { type Client, defaultBodySerializer, type Middleware } from "openapi-fetch";
import type { paths } from "../../generated/openapi.js";
import { ConfigError, errorFromResponse, InvalidResponseError, requestIdOf } from "../errors.js";
import type { RequestOptions } from "../options.js";
import { checkHeaders, checkRetries, checkTimeout, describe, intParam, pathId } from "../validate.js";
import { type CursorPage, PagePromise } from "./pagination.js";
import { type Auth, type Received, send, type TransportConfig } from "./transport.js";

export interface CoreConfig {
  origin: string;
  apiVersion: string;
  headers: Record<string, string>;
  timeout: number;
  maxRetries: number;
  auth: Auth;
  transport: TransportConfig;
  middleware?: Middleware[] | undefined;
}

/** What a namespace method makes of a 2xx answer: its JSON object, or nothing (204 operations). */
// "array": a bare JSON array answer (listPolicyRules); "json": a JSON object.
type Expect = "json" | "array" | "none";
type Fetch = (request: Request) => Promise<Response>;

/**
 * The package's one openapi-fetch client and the transport beneath it. Namespaces and `client.raw`
 * share its URL builder, serializers, middleware and transport; a namespace call passes its own
 * `fetch`, carrying its request options and turning a non-2xx answer into a typed error.
 */
export class ApiCore {
  readonly client: Client<paths>;
  readonly #config: CoreConfig;
  readonly #defaults: Record<string, Fetch> = {};

  constructor(config: CoreConfig) {
    this.#config = config;
    this.client = createClient<paths>({
      baseUrl: config.origin,
      headers: { accept: "application/json", ...config.headers },
      fetch: (request: Request) => this.#exchange(request, undefined, undefined, false),
      pathSerializer: serializePath,
      querySerializer: serializeQuery,
      bodySerializer: serializeBody,
    });
    if (config.middleware) this.client.use(...config.middleware);
  }

  /** The `fetch` of a namespace call whose 2xx answer is `expect`; `sendsBody` when it must carry data. */
  fetch(options: RequestOptions | undefined, expect: Expect = "json", sendsBody = false): Fetch {
    if (options !== undefined) return (request) => this.#exchange(request, options, expect, sendsBody);
    const key = expect + sendsBody;
    this.#defaults[key] ??= (request) => this.#exchange(request, undefined, expect, sendsBody);
    return this.#defaults[key];
  }

  /** A cursor-paginated listing: awaitable as its first page, iterable over every item. */
  pages<Page extends CursorPage<unknown>>(
    query: { cursor?: string } | undefined,
    fetchPage: (query: { cursor?: string }) => Promise<{ data?: Page }>,
  ): PagePromise<Page> {
    // Bad input rejects the first page (the serializers check it) rather than throwing
    // synchronously, so `list(...).catch()` sees it too.
    return new PagePromise<Page>(async (cursor) => {
      const page = (await fetchPage({ ...query, cursor })).data as Page;
      if (!Array.isArray(page.items)) {
        throw new InvalidResponseError("The listing answered without an items array", {
          code: "kontext_invalid_response",
          statusCode: 200,
        });
      }
      return page;
    }, query?.cursor);
  }

  async #exchange(
    request: Request,
    options: RequestOptions | undefined,
    expect: Expect | undefined,
    sendsBody: boolean,
  ): Promise<Response> {
    const config = this.#config;
    let { timeout, maxRetries } = config;
    // A namespace call takes its signal from its options; client.raw from the Request.
    let signal: AbortSignal | undefined = expect === undefined ? request.signal : undefined;
    let extra: Record<string, string> | undefined;
    if (options !== undefined) {
      if (options === null || typeof options !== "object") throw new ConfigError("request options must be an object");
      extra = checkHeaders(options.headers, "options.headers");
      timeout = options.timeout ?? timeout;
      maxRetries = options.maxRetries ?? maxRetries;
      checkTimeout(timeout, "options.timeout");
      checkRetries(maxRetries, "options.maxRetries");
      if (options.signal !== undefined && !(options.signal instanceof AbortSignal)) {
        throw new ConfigError("options.signal must be an AbortSignal");
      }
      signal = options.signal ?? signal;
    }
    const method = request.method;
    const url = this.#versioned(request.url);
    if (sendsBody && request.body === null) {
      throw new ConfigError(`${method} ${new URL(url).pathname} needs its data as an object (got undefined)`);
    }
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    if (extra) for (const name in extra) headers[name.toLowerCase()] = extra[name] as string;
    const received = await send(config.transport, {
      method,
      url,
      headers,
      body: request.body === null ? undefined : await request.text(),
      signal,
      timeout,
      maxRetries,
      auth: config.auth,
    });
    // The body was read within the attempt's timeout; openapi-fetch reads it again from here
    // instead of a rebuilt Response.
    const { response, text } = received;
    if (expect === undefined) {
      response.json = async () => JSON.parse(text);
    } else {
      if (received.status < 200 || received.status > 299) {
        throw errorFromResponse(received, { method, url }, config.transport.redactor);
      }
      const value = expect === "none" ? undefined : this.#parse(received, method, url, expect === "array");
      response.json = () => Promise.resolve(value);
    }
    response.text = () => Promise.resolve(text);
    return response;
  }

  #parse(received: Received, method: string, url: string, array = false): unknown {
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
        if (array) {
          if (!Array.isArray(value)) problem = "JSON that is not an array";
        } else if (value === null || typeof value !== "object" || Array.isArray(value))
          problem = "JSON that is not an object";
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

  #versioned(url: string): string {
    const { apiVersion, origin } = this.#config;
    return apiVersion === "v1" ? url : url.replace(`${origin}/api/v1/`, `${origin}/api/${apiVersion}/`);
  }
}

/** The data of a namespace call (its errors were thrown beneath, by its `fetch`). */
export function data<T>(call: Promise<{ data?: T }>): Promise<NonNullable<T>> {
  return call.then(pickData);
}

/** A namespace call answered 204. */
export function done(call: Promise<unknown>): Promise<void> {
  return call.then(nothing);
}

function pickData<T>(result: { data?: T }): NonNullable<T> {
  return result.data as NonNullable<T>;
}

function nothing(): void {}

// Each path parameter becomes exactly one encoded segment; an id that could escape it is refused.
function serializePath(url: string, params: Record<string, unknown>): string {
  return url.replace(/\{(\w+)\}/g, (_, name: string) => pathId(params[name], name));
}

function serializeQuery(query: unknown): string {
  if (query === null || typeof query !== "object" || Array.isArray(query)) {
    throw new ConfigError(`query parameters must be an object (got ${describe(query)})`);
  }
  let search = "";
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (name === "limit") intParam(value, "limit", 1, 200);
    else if (name === "offset") intParam(value, "offset", 0, 2_147_483_647);
    if (typeof value === "object" || typeof value === "function" || typeof value === "symbol") {
      throw new ConfigError(`query parameter ${name} must be a string, number or boolean (got ${describe(value)})`);
    }
    search += `${search ? "&" : ""}${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`;
  }
  return search;
}

function serializeBody(body: unknown, headers?: Headers): unknown {
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    throw new ConfigError(`the request needs its data as an object (got ${describe(body)})`);
  }
  return (defaultBodySerializer as (body: unknown, headers?: Headers) => unknown)(body, headers);
}
