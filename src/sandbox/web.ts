/**
 * `@kontext-dev/js-sdk/sandbox` outside Node (workerd, browsers, and bundles built for them):
 * `createSandbox`, answered in process. Nothing here reaches a `node:` module.
 */
import type { Sandbox, SandboxOptions } from "./sandbox.js";

export {
  type CreateSandboxOptions,
  type Credentials,
  createSandbox,
  type Fault,
  type Sandbox,
  type SandboxOptions,
} from "./sandbox.js";

/** Node only (it listens with `node:http`); here it rejects, naming `createSandbox`, which needs no server. */
export async function startSandbox(_options?: SandboxOptions): Promise<Sandbox> {
  throw new Error(
    "startSandbox needs Node's node:http, which this runtime or bundle does not have: use createSandbox() and pass sandbox.fetch to the client",
  );
}
