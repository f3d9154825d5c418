// The two ways to get a sandbox, for the suites that must hold through both: in process
// (createSandbox, whose fetch opens no socket) and over loopback HTTP (startSandbox).
import { KontextManagementClient } from "../../src/management.js";
import type { KontextManagementClientOptions } from "../../src/options.js";
import { createSandbox, type Sandbox, type SandboxOptions, startSandbox } from "../../src/sandbox/index.js";

export interface Entry {
  name: string;
  open(options?: SandboxOptions): Promise<Sandbox>;
}

export const entries: Entry[] = [
  { name: "createSandbox (in process)", open: async (options) => createSandbox(options) },
  { name: "startSandbox (node:http)", open: (options) => startSandbox(options) },
];

/** A client of `sandbox`, through the sandbox's fetch (in process, or the global fetch over HTTP). */
export function clientOf(
  sandbox: Sandbox,
  options: Partial<KontextManagementClientOptions> = {},
): KontextManagementClient {
  return new KontextManagementClient({
    baseUrl: sandbox.url,
    credentials: sandbox.credentials,
    fetch: sandbox.fetch,
    ...options,
  } as KontextManagementClientOptions);
}
