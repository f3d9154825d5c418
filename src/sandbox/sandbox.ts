/**
 * `@kontext-dev/js-sdk/sandbox` in every runtime: a stateful, in-memory Kontext Management API for
 * tests and demos, answered in process by `createSandbox().fetch`. Every request and every answer is
 * checked against the package's `openapi.yaml`. Web-standard only: this module and what it imports
 * run wherever fetch runs (Node, Bun, Deno, workerd, browsers); the `node:http` server
 * (`startSandbox`) is a thin adapter beside it.
 */
import { spec as packageSpec } from "../../generated/spec.js";
import { secret, utf8, uuid } from "./encoding.js";
import { type Credentials, type Fault, SandboxHandler } from "./handler.js";
import { seedStore } from "./seed.js";
import { describeSpec, type OpenApiDocument } from "./spec.js";
import { packageValidators, type Validators } from "./validator.js";

export type { Credentials, Fault };

/** Options of `startSandbox`; `createSandbox` takes the same but `port` and `host`. */
export interface SandboxOptions {
  /** `startSandbox`: the port to listen on. @default a free port */
  port?: number;
  /** `startSandbox`: the interface to listen on. @default "127.0.0.1" */
  host?: string;
  /**
   * Sample data: two applications, two integrations, agent sessions, 60 traces with their events.
   * `true` is seed 1; a number picks another deterministic set. @default false (empty)
   */
  seed?: boolean | number;
  /** Lifetime of issued access tokens, in seconds. @default 3600 */
  tokenTtl?: number;
  /** The service account credentials the token endpoint accepts. @default generated */
  credentials?: Credentials;
  /**
   * An answer that breaks `openapi.yaml` becomes a 500 naming the drift, so a test fails. Either
   * way it is recorded in `violations` and passed to `onViolation`. @default false
   */
  strict?: boolean;
  /**
   * Called with each answer that breaks `openapi.yaml` (a sandbox bug worth reporting).
   * @default a process warning (`KontextSandboxWarning`) where there is `process`, else `console.warn`
   */
  onViolation?: (violation: string) => void;
  /**
   * The OpenAPI document (as parsed JSON) to route and validate with, for a newer or patched copy
   * of the spec. Its operations must be ones the sandbox implements. Its validators are compiled by
   * ajv on first use, which needs a runtime that allows code generation (not workerd).
   * @default the package's `openapi.yaml`, with validators precompiled at build time
   */
  spec?: Record<string, unknown>;
}

/** Options of `createSandbox`. */
export interface CreateSandboxOptions extends Omit<SandboxOptions, "port" | "host"> {
  /**
   * The origin `fetch` answers for, used as the client's `baseUrl`. Nothing listens there.
   * @default a unique `https://….sandbox.kontext.invalid` per sandbox
   */
  url?: string;
}

/** A sandbox: its URL and credentials for the client, and the handles a test steers it with. */
export interface Sandbox {
  /** The origin to use as the client's `baseUrl` (the API is under `/api/v1`, the token endpoint at `/oauth2/token`). */
  readonly url: string;
  /** The service account the token endpoint accepts. */
  readonly credentials: Credentials;
  /** Every answer that broke `openapi.yaml` so far (empty unless the sandbox has a bug). */
  readonly violations: readonly string[];
  /**
   * A WHATWG `fetch` that reaches this sandbox: in process for `createSandbox` (no socket), over
   * HTTP for `startSandbox`. Pass it as the client's `fetch`, or route an app's requests to it.
   */
  readonly fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** Makes the next matching requests fail (for retry tests). */
  failNext(fault?: Fault): void;
  /** Back to the start: all data (re-seeded when `seed` is set), faults and other accounts' tokens dropped. */
  reset(): void;
  /** Stops the sandbox: a server stops listening and drops its connections; `fetch` rejects from then on. */
  close(): Promise<void>;
}

interface Described {
  spec: ReturnType<typeof describeSpec>;
  validators: Validators | Promise<Validators>;
}

// Derived once per document, shared by every sandbox of it: a new sandbox compiles nothing.
const described = new WeakMap<object, Described>();

function describe(doc: OpenApiDocument): Described {
  let hit = described.get(doc);
  if (!hit) {
    const spec = describeSpec(doc);
    const validators =
      doc === packageSpec
        ? packageValidators
        : import("./compile.js").then((compile) => compile.compilePlan(doc, spec.plan));
    hit = { spec, validators };
    described.set(doc, hit);
  }
  return hit;
}

function warn(violation: string): void {
  // Node, Bun and Deno have process.emitWarning; elsewhere (workerd, browsers) the console it is.
  const emit = (globalThis as { process?: { emitWarning?: (message: string, type: string) => void } }).process
    ?.emitWarning;
  if (typeof emit === "function") emit(violation, "KontextSandboxWarning");
  else console.warn(`KontextSandboxWarning: ${violation}`);
}

/** The state and handler of a new sandbox, after checking the options both entry points share. */
export function openSandbox(
  options: CreateSandboxOptions,
  caller: string,
): { handler: SandboxHandler; credentials: Credentials } {
  const tokenTtl = options.tokenTtl ?? 3600;
  if (typeof tokenTtl !== "number" || !(tokenTtl > 0) || !Number.isFinite(tokenTtl)) {
    throw new TypeError(`${caller}: tokenTtl must be a positive number of seconds (got ${String(tokenTtl)})`);
  }
  const given = options.credentials;
  if (
    given &&
    (typeof given.clientId !== "string" ||
      !given.clientId ||
      typeof given.clientSecret !== "string" ||
      !given.clientSecret)
  ) {
    throw new TypeError(`${caller}: credentials must be { clientId, clientSecret }, both non-empty strings`);
  }
  const credentials: Credentials = given
    ? { clientId: given.clientId, clientSecret: given.clientSecret }
    : { clientId: `sa_${uuid()}`, clientSecret: secret("kx_sa_") };
  // console.log(sandbox) in a test log shows the id, not the secret (readable as a property still).
  // The symbols are the ones node:util (and Bun) and Deno look up; no import of node:util needed.
  const shown = () => ({ clientId: credentials.clientId, clientSecret: "[redacted]" });
  for (const symbol of [Symbol.for("nodejs.util.inspect.custom"), Symbol.for("Deno.customInspect")]) {
    Object.defineProperty(credentials, symbol, { value: shown });
  }
  const seedOption = options.seed;
  if (seedOption !== undefined && typeof seedOption !== "boolean" && !Number.isSafeInteger(seedOption)) {
    throw new TypeError(`${caller}: seed must be true, false or an integer (got ${JSON.stringify(seedOption)})`);
  }
  const seed = seedOption === true ? 1 : typeof seedOption === "number" ? seedOption : undefined;
  const { spec, validators } = describe((options.spec as OpenApiDocument | undefined) ?? packageSpec);
  const handler = new SandboxHandler({
    operations: spec.operations,
    errorValidator: spec.errorValidator,
    validators,
    credentials,
    tokenTtl,
    strict: options.strict ?? false,
    seed: seed === undefined ? undefined : (store) => seedStore(store, seed),
    onViolation: options.onViolation ?? warn,
  });
  return { handler, credentials };
}

function originOf(value: unknown): string {
  let url: URL | undefined;
  try {
    url = new URL(String(value));
  } catch {
    // Reported below.
  }
  if (typeof value !== "string" || !url || !/^https?:$/.test(url.protocol) || url.href !== `${url.origin}/`) {
    throw new TypeError(
      `createSandbox: url must be an http(s) origin such as https://kontext.test (got ${String(value)})`,
    );
  }
  return url.origin;
}

const EMPTY = new Uint8Array(0);

/** Reads a header of `fetch`'s init by its lower-case name; a plain record is read as it is. */
function headerReader(headers: HeadersInit | undefined): (name: string) => string | null | undefined {
  if (headers === undefined) return () => undefined;
  if (Array.isArray(headers) || headers instanceof Headers) {
    const parsed = new Headers(headers);
    return (name) => parsed.get(name);
  }
  const record = headers as Record<string, string>;
  return (name) => {
    for (const key in record) if (key.toLowerCase() === name) return String(record[key]);
    return undefined;
  };
}

/**
 * A sandbox answered in process: `fetch` serves the API and the token endpoint under `url` without
 * a socket or a server, in any runtime. Each sandbox has its own state.
 *
 * @example
 * const sandbox = createSandbox({ seed: true });
 * const client = new KontextManagementClient({ baseUrl: sandbox.url, credentials: sandbox.credentials, fetch: sandbox.fetch });
 * await client.applications.create({ name: "Support Agent", oauth: { type: "public", redirectUris: [] } });
 */
export function createSandbox(options: CreateSandboxOptions = {}): Sandbox {
  const url =
    options.url === undefined ? `https://${uuid().slice(0, 8)}.sandbox.kontext.invalid` : originOf(options.url);
  const { handler, credentials } = openSandbox(options, "createSandbox");
  let closed = false;
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    let method: string;
    let target: URL;
    let header: (name: string) => string | null | undefined;
    let body: Uint8Array;
    let signal: AbortSignal | null | undefined;
    if ((typeof input === "string" || input instanceof URL) && (init?.body == null || typeof init.body === "string")) {
      // The client's own calls (a URL, a record of headers and a string body) skip building a Request.
      target = new URL(input, url);
      method = (init?.method ?? "GET").toUpperCase();
      header = headerReader(init?.headers);
      body = init?.body ? utf8(init.body) : EMPTY;
      signal = init?.signal;
      if (init?.body != null && (method === "GET" || method === "HEAD")) {
        throw new TypeError(`fetch: a ${method} request cannot have a body`);
      }
    } else {
      const request = new Request(input instanceof Request ? input : new URL(String(input), url), init);
      target = new URL(request.url);
      method = request.method;
      header = (name) => request.headers.get(name);
      signal = request.signal;
      body = request.body ? new Uint8Array(await request.arrayBuffer()) : EMPTY;
    }
    if (signal?.aborted) throw signal.reason ?? new DOMException("This operation was aborted", "AbortError");
    if (closed) throw new TypeError(`fetch failed: the sandbox at ${url} is closed`);
    if (target.origin !== url) {
      throw new TypeError(`fetch failed: this sandbox answers ${url} only, not ${target.origin}`);
    }
    const answer = await handler.answer({ method, url: target, header, body });
    return new Response(method === "HEAD" ? null : (answer.body ?? null), {
      status: answer.status,
      headers: answer.headers,
    });
  };
  return {
    url,
    credentials,
    violations: handler.violations,
    fetch,
    failNext: (fault = {}) => handler.failNext(fault),
    reset: () => handler.reset(),
    close() {
      closed = true;
      return Promise.resolve();
    },
  };
}
