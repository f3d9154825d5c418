import { readFileSync } from "node:fs";
import { ConfigError } from "../errors.js";
import { KontextManagementClient } from "../management.js";
import type { KontextManagementClientOptions, Logger } from "../options.js";
import type { GlobalFlags } from "./main.js";

/** Where requests go when neither --base-url nor KONTEXT_BASE_URL says otherwise. */
export const DEFAULT_BASE_URL = "https://api.kontext.security";

function readSecret(path: string, flag: string): string {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code ?? "unreadable";
    throw new ConfigError(`${flag} ${JSON.stringify(path)} cannot be read (${code})`);
  }
  const secret = text.replace(/\r?\n$/, "");
  if (secret === "") throw new ConfigError(`${flag} ${JSON.stringify(path)} is empty`);
  return secret;
}

/** The client's logger for --verbose: one line per event on stderr (the client masks what it logs). */
export function stderrLogger(stderr: NodeJS.WritableStream): Logger {
  const line = (message: string, data?: Record<string, unknown>) => {
    stderr.write(`${message}${data ? ` ${JSON.stringify(data)}` : ""}\n`);
  };
  return { debug: line, warn: line };
}

/** The base URL from --base-url or KONTEXT_BASE_URL; a trailing `/api/v1` (the API's own URL) is dropped. */
export function baseUrlOf(globals: GlobalFlags, env: Record<string, string | undefined>): string {
  const url = globals.baseUrl ?? (env.KONTEXT_BASE_URL || DEFAULT_BASE_URL);
  return url.replace(/\/api\/v1\/?$/, "");
}

/** The options every client of the CLI shares: base URL, timeouts, retries, logger. */
export function commonOptions(
  globals: GlobalFlags,
  env: Record<string, string | undefined>,
  stderr: NodeJS.WritableStream,
): Omit<KontextManagementClientOptions, "credentials" | "accessToken"> {
  return {
    baseUrl: baseUrlOf(globals, env),
    // Plain http is allowed to loopback hosts by the client itself; anywhere else only on request.
    dangerouslyAllowInsecureHttp: globals.allowInsecureHttp || env.KONTEXT_ALLOW_INSECURE_HTTP === "1",
    ...(globals.timeout !== undefined && { timeout: globals.timeout }),
    ...(globals.maxRetries !== undefined && { maxRetries: globals.maxRetries }),
    ...(globals.verbose && { logger: stderrLogger(stderr) }),
  };
}

/**
 * The client from the global flags and the environment. Flags win over the environment; client
 * credentials given by flag win over KONTEXT_ACCESS_TOKEN, which wins over credentials in the
 * environment.
 */
export function createClient(
  globals: GlobalFlags,
  env: Record<string, string | undefined>,
  stderr: NodeJS.WritableStream,
): KontextManagementClient {
  const options = commonOptions(globals, env, stderr);
  const byFlag = globals.clientId !== undefined || globals.clientSecretFile !== undefined;
  const accessToken =
    globals.accessTokenFile !== undefined
      ? readSecret(globals.accessTokenFile, "--access-token-file")
      : byFlag
        ? undefined
        : env.KONTEXT_ACCESS_TOKEN || undefined;
  if (accessToken !== undefined) return new KontextManagementClient({ ...options, accessToken });
  const clientId = globals.clientId ?? (env.KONTEXT_CLIENT_ID || undefined);
  const clientSecret =
    globals.clientSecretFile !== undefined
      ? readSecret(globals.clientSecretFile, "--client-secret-file")
      : env.KONTEXT_CLIENT_SECRET || undefined;
  if (clientId === undefined && clientSecret === undefined) {
    throw new ConfigError(
      "No credentials: set KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET (or --client-id and --client-secret-file), or KONTEXT_ACCESS_TOKEN",
    );
  }
  if (clientId === undefined) throw new ConfigError("KONTEXT_CLIENT_ID (or --client-id) is missing");
  if (clientSecret === undefined) {
    throw new ConfigError("KONTEXT_CLIENT_SECRET (or --client-secret-file) is missing");
  }
  return new KontextManagementClient({ ...options, credentials: { clientId, clientSecret } });
}
