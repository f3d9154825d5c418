/// <reference types="node" />
/**
 * `@kontext-dev/js-sdk/sandbox`: a stateful, in-memory Kontext Management API for tests and demos
 * (Node only). Every request and every answer is checked against the package's `openapi.yaml`.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { seedStore } from "./seed.js";
import { type Credentials, type Fault, SandboxServer } from "./server.js";
import { loadSpec, type OpenApiDocument } from "./spec.js";
import { compileSpec } from "./validator.js";

export type { Credentials, Fault };

/** Options of `startSandbox`. */
export interface SandboxOptions {
  /** The port to listen on. @default a free port */
  port?: number;
  /** The interface to listen on. @default "127.0.0.1" */
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
   * @default a process warning (`KontextSandboxWarning`)
   */
  onViolation?: (violation: string) => void;
  /**
   * The OpenAPI document (as parsed JSON) to route and validate with, for a newer or patched copy
   * of the spec. Its operations must be ones the sandbox implements. @default the package's `openapi.yaml`
   */
  spec?: Record<string, unknown>;
}

/** A running sandbox. */
export interface Sandbox {
  /** The origin to use as the client's `baseUrl` (`http://127.0.0.1:PORT`; the API is under `/api/v1`). */
  readonly url: string;
  /** The service account the token endpoint accepts. */
  readonly credentials: Credentials;
  /** Every answer that broke `openapi.yaml` so far (empty unless the sandbox has a bug). */
  readonly violations: readonly string[];
  /** Makes the next matching requests fail (for retry tests). */
  failNext(fault?: Fault): void;
  /** Back to the start: all data (re-seeded when `seed` is set), faults and other accounts' tokens dropped. */
  reset(): void;
  /** Stops the server and drops open connections. */
  close(): Promise<void>;
}

/**
 * Starts a sandbox on 127.0.0.1 (a free port unless `port` is given).
 *
 * @example
 * const sandbox = await startSandbox({ seed: true });
 * const client = new KontextManagementClient({ baseUrl: sandbox.url, credentials: sandbox.credentials });
 * await client.applications.create({ name: "Support Agent", oauth: { type: "public", redirectUris: [] } });
 * await sandbox.close();
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const tokenTtl = options.tokenTtl ?? 3600;
  if (typeof tokenTtl !== "number" || !(tokenTtl > 0) || !Number.isFinite(tokenTtl)) {
    throw new TypeError(`startSandbox: tokenTtl must be a positive number of seconds (got ${String(tokenTtl)})`);
  }
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new TypeError(`startSandbox: port must be an integer from 0 to 65535 (got ${String(port)})`);
  }
  const given = options.credentials;
  if (
    given &&
    (typeof given.clientId !== "string" ||
      !given.clientId ||
      typeof given.clientSecret !== "string" ||
      !given.clientSecret)
  ) {
    throw new TypeError("startSandbox: credentials must be { clientId, clientSecret }, both non-empty strings");
  }
  const credentials: Credentials = given
    ? { clientId: given.clientId, clientSecret: given.clientSecret }
    : { clientId: `sa_${randomUUID()}`, clientSecret: `kx_sa_${randomBytes(24).toString("base64url")}` };
  // console.log(sandbox) in a test log shows the id, not the secret (readable as a property still).
  Object.defineProperty(credentials, inspect.custom, {
    value: () => ({ clientId: credentials.clientId, clientSecret: "[redacted]" }),
  });
  const seed = options.seed === true ? 1 : typeof options.seed === "number" ? options.seed : undefined;
  const doc = (options.spec as OpenApiDocument | undefined) ?? (await loadSpec());
  const state = new SandboxServer({
    spec: compileSpec(doc),
    credentials,
    tokenTtl,
    strict: options.strict ?? false,
    seed: seed === undefined ? undefined : (store) => seedStore(store, seed),
    onViolation: options.onViolation ?? ((violation) => process.emitWarning(violation, "KontextSandboxWarning")),
  });
  const host = options.host ?? "127.0.0.1";
  let origin = "";
  const server = createServer((req, res) => {
    state.handle(req, res, origin).catch((error: unknown) => {
      res.destroy(error instanceof Error ? error : undefined);
    });
  });
  // Longer than clients keep idle sockets (undici: 4 s), so a client never reuses one the sandbox is closing.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  origin = `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`;
  let closed: Promise<void> | undefined;
  return {
    url: origin,
    credentials,
    violations: state.violations,
    failNext: (fault = {}) => state.failNext(fault),
    reset: () => state.reset(),
    close() {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
