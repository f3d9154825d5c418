/// <reference types="node" />
/**
 * `@kontext-dev/js-sdk/sandbox` in Node: `createSandbox` (in process, as in every runtime) and
 * `startSandbox` (the same sandbox behind a `node:http` server). Other runtimes get ./sandbox.js,
 * which has no `startSandbox` and reaches no `node:` module (package.json's conditional exports).
 */

export { startSandbox } from "./node.js";
export {
  type CreateSandboxOptions,
  type Credentials,
  createSandbox,
  type Fault,
  type Sandbox,
  type SandboxOptions,
} from "./sandbox.js";
