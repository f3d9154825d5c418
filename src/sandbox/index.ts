/// <reference types="node" />
/**
 * `@kontext-dev/js-sdk/sandbox` in Node: everything of the web entry (`createSandbox`, answered in
 * process as in every runtime), with the real `startSandbox` (the same sandbox behind a `node:http`
 * server). Other runtimes and bundles get ./web.js, which reaches no `node:` module (package.json's
 * conditional exports).
 */

// An explicit export wins over the star's: this startSandbox replaces the web entry's.
export { startSandbox } from "./node.js";
export * from "./web.js";
