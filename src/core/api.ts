import createClient, { type Client, defaultBodySerializer } from "openapi-fetch";
import type { paths } from "../../generated/openapi.js";
import { ConfigError, InvalidResponseError } from "../errors.js";
import { type RequestOptions, type ResolvedOptions, type ResolvedRequest, resolveRequest } from "../options.js";
import { describe, intParam, isObject, pathId } from "../validate.js";
import { errorFromResponse, requestIdOf } from "./http-errors.js";
import { type Auth, type Received, send } from "./transport.js";

/**
 * What a namespace call sends and what its 2xx answer must be: `json`, a JSON object; `sends-json`,
 * the same for a call that must carry data; `array`, a bare JSON array (listPolicyRules); `no-content`,
 * nothing to read (a 204 operation).
 */
export type CallKind = "json" | "sends-json" | "array" | "no-content";
type Fetch = (request: Request) => Promise<Response>;

/**
 * The package's one openapi-fetch client and the transport beneath it. Namespaces and `client.raw`
 * share its URL builder, serializers, middleware and transport; a namespace call passes its own
 * `fetch`, carrying its request options and turning a non-2xx answer into a typed error.
 */
export class ApiCore {
  readonly client: Client<paths>;
  readonly #config: ResolvedOptions;
  readonly #auth: Auth;
  /** The client-wide settings of a call without options: the client's own headers are already on the Request. */
  readonly #defaults: ResolvedRequest;
  /** The `fetch` of each kind of call without options, made once. */
  readonly #fetches: Partial<Record<CallKind, Fetch>> = {};

  constructor(config: ResolvedOptions, auth: Auth) {
    this.#config = config;
    this.#auth = auth;
    this.#defaults = { ...config.request, headers: undefined };
    this.client = createClient<paths>({
      baseUrl: config.baseUrl,
      headers: { accept: "application/json", ...config.request.headers },
      // client.raw: the call's signal comes with its Request.
      fetch: (request: Request) => this.#exchange(request, { ...this.#defaults, signal: request.signal }, undefined),
      pathSerializer: serializePath,
      querySerializer: serializeQuery,
      bodySerializer: serializeBody,
    });
    if (config.middleware) this.client.use(...config.middleware);
  }

  /** The `fetch` of a namespace call of `kind` with the caller's `options`. */
  fetch(options: RequestOptions | undefined, kind: CallKind = "json"): Fetch {
    if (options === undefined) {
      this.#fetches[kind] ??= (request) => this.#exchange(request, this.#defaults, kind);
      return this.#fetches[kind];
    }
    // Bad options reject the call's promise (through openapi-fetch) before anything is sent.
    return (request) => this.#exchange(request, resolveRequest(options, this.#defaults, "options."), kind);
  }

  async #exchange(request: Request, settings: ResolvedRequest, kind: CallKind | undefined): Promise<Response> {
    const config = this.#config;
    const method = request.method;
    const url = this.#versioned(request.url);
    if (kind === "sends-json" && request.body === null) {
      throw new ConfigError(`${method} ${new URL(url).pathname} needs its data as an object (got undefined)`);
    }
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const extra = settings.headers;
    if (extra) for (const name in extra) headers[name.toLowerCase()] = extra[name] as string;
    const received = await send(config.transport, {
      method,
      url,
      headers,
      body: request.body === null ? undefined : await request.text(),
      signal: settings.signal,
      timeout: settings.timeout,
      maxRetries: settings.maxRetries,
      auth: this.#auth,
    });
    if (kind === undefined) return new ReadResponse(received, UNPARSED);
    if (received.status < 200 || received.status > 299) {
      throw errorFromResponse(received, { method, url }, config.transport.redactor);
    }
    return new ReadResponse(
      received,
      kind === "no-content" ? undefined : this.#parse(received, method, url, kind === "array"),
    );
  }

  #parse(received: Received, method: string, url: string, array: boolean): unknown {
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
        } else if (!isObject(value)) problem = "JSON that is not an object";
      } catch {
        problem = "malformed JSON";
      }
    }
    if (problem === undefined) return value;
    const masked = redactor.redact(url);
    throw new InvalidResponseError(
      `${method} ${masked} answered ${received.status} with ${problem} where JSON was expected`,
      {
        statusCode: received.status,
        meta: { method, url: masked, attempts: received.attempts, bodyExcerpt: redactor.excerpt(received.text) },
        requestId: requestIdOf(received.headers, redactor),
      },
    );
  }

  #versioned(url: string): string {
    const { apiVersion, baseUrl: origin } = this.#config;
    return apiVersion === "v1" ? url : url.replace(`${origin}/api/v1/`, `${origin}/api/${apiVersion}/`);
  }
}

const UNPARSED: unique symbol = Symbol("unparsed");

/**
 * The answer handed back to openapi-fetch: status and headers of the response the transport read
 * within its timeout, with the body it read (and, for a namespace call, the JSON it checked), so
 * that nothing is read or parsed twice and the live Response is left as undici made it. Its body is
 * served from that text on demand, so middleware may `clone()` it and `client.raw` may ask for a
 * stream or bytes, while a call that wants only the JSON builds no stream at all.
 */
class ReadResponse extends Response {
  readonly #received: Received;
  /** The checked JSON of a namespace call, or UNPARSED for a client.raw answer (parsed only if asked). */
  readonly #value: unknown;
  #stream: Response["body"] | undefined;

  constructor(received: Received, value: unknown) {
    super(null, { status: received.status, statusText: received.statusText, headers: received.headers });
    this.#received = received;
    this.#value = value;
  }

  override get url(): string {
    return this.#received.response.url;
  }

  /** A stream over the text read (none for a 204, 205 or 304: fetch reads no body from them). */
  override get body(): Response["body"] {
    this.#stream ??= new Response(this.#received.text || null).body;
    return this.#stream;
  }

  override clone(): Response {
    return new ReadResponse(this.#received, this.#value);
  }

  override text(): Promise<string> {
    return Promise.resolve(this.#received.text);
  }

  override json(): Promise<unknown> {
    const value = this.#value;
    return value === UNPARSED ? this.text().then(JSON.parse) : Promise.resolve(value);
  }

  override arrayBuffer(): Promise<ArrayBuffer> {
    return new Response(this.body).arrayBuffer();
  }

  override blob(): Promise<Blob> {
    return new Response(this.body, this).blob();
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
  if (!isObject(query)) {
    throw new ConfigError(`query parameters must be an object (got ${describe(query)})`);
  }
  let search = "";
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (name === "limit") intParam(value, "limit", 1, 200);
    else if (name === "offset") intParam(value, "offset", 0, 2_147_483_647);
    // Objects, arrays and functions have no one query form; symbols none at all.
    if (Object(value) === value || typeof value === "symbol") {
      throw new ConfigError(`query parameter ${name} must be a string, number or boolean (got ${describe(value)})`);
    }
    search += `${search ? "&" : ""}${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`;
  }
  return search;
}

function serializeBody(body: unknown, headers?: Headers): unknown {
  if (!isObject(body)) {
    throw new ConfigError(`the request needs its data as an object (got ${describe(body)})`);
  }
  return (defaultBodySerializer as (body: unknown, headers?: Headers) => unknown)(body, headers);
}
