/**
 * The one place the CLI builds a client: from the global flags and the environment, behind
 * `CliContext.client()`.
 * @module
 */
import { ConfigError } from "../errors.js";
import { KontextManagementClient } from "../management.js";
import type { KontextManagementClientOptions, Logger } from "../options.js";
import type { GlobalFlags } from "./flags.js";
import { readFileInput } from "./input.js";

/** Where requests go when neither --base-url nor KONTEXT_BASE_URL says otherwise. */
export const DEFAULT_BASE_URL = "https://api.kontext.security";

type Overrides = Partial<KontextManagementClientOptions>;

function readSecret(path: string, flag: string): string {
  const secret = readFileInput(path, flag).replace(/\r?\n$/, "");
  if (secret === "") throw new ConfigError(`${flag} ${JSON.stringify(path)} is empty`);
  return secret;
}

/** The client's logger for --verbose: one line per event on stderr (the client masks what it logs). */
function stderrLogger(stderr: NodeJS.WritableStream): Logger {
  const line = (message: string, data?: Record<string, unknown>) => {
    stderr.write(`${message}${data ? ` ${JSON.stringify(data)}` : ""}\n`);
  };
  return { debug: line, warn: line };
}

/** The base URL from --base-url or KONTEXT_BASE_URL; a trailing `/api/v1` (the API's own URL) is dropped. */
function baseUrlOf(globals: GlobalFlags, env: Record<string, string | undefined>): string {
  const url = globals.baseUrl ?? (env.KONTEXT_BASE_URL || DEFAULT_BASE_URL);
  return url.replace(/\/api\/v1\/?$/, "");
}

/** Credentials given by flag win over KONTEXT_ACCESS_TOKEN, which wins over credentials in the environment. */
function credentialsOf(
  globals: GlobalFlags,
  env: Record<string, string | undefined>,
): Pick<KontextManagementClientOptions, "credentials" | "accessToken"> {
  const byFlag = globals.clientId !== undefined || globals.clientSecretFile !== undefined;
  const accessToken =
    globals.accessTokenFile !== undefined
      ? readSecret(globals.accessTokenFile, "--access-token-file")
      : byFlag
        ? undefined
        : env.KONTEXT_ACCESS_TOKEN || undefined;
  if (accessToken !== undefined) return { accessToken };
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
  return { credentials: { clientId, clientSecret } };
}

/**
 * The client from the global flags and the environment, with `overrides` on top; an `accessToken`
 * in `overrides` stands in for the credentials (the dry run's placeholder).
 */
export function createClient(
  globals: GlobalFlags,
  env: Record<string, string | undefined>,
  stderr: NodeJS.WritableStream,
  overrides: Overrides = {},
): KontextManagementClient {
  const options = {
    baseUrl: baseUrlOf(globals, env),
    // Plain http is allowed to loopback hosts by the client itself; anywhere else only on request.
    dangerouslyAllowInsecureHttp: globals.allowInsecureHttp || env.KONTEXT_ALLOW_INSECURE_HTTP === "1",
    ...(globals.timeout !== undefined && { timeout: globals.timeout }),
    ...(globals.maxRetries !== undefined && { maxRetries: globals.maxRetries }),
    ...(globals.verbose && { logger: stderrLogger(stderr) }),
    ...(overrides.accessToken === undefined && credentialsOf(globals, env)),
    ...overrides,
  } as KontextManagementClientOptions;
  try {
    return new KontextManagementClient(options);
  } catch (error) {
    // The client's refusal names its own option; a CLI user needs the flag. Whether plain http was
    // the reason is asked of the client itself rather than read from its message.
    if (error instanceof ConfigError && !options.dangerouslyAllowInsecureHttp && allowedInsecure(options)) {
      throw new ConfigError(
        `plain http to ${new URL(options.baseUrl).hostname} is refused: credentials would travel unencrypted. Use https, or pass --allow-insecure-http (or set KONTEXT_ALLOW_INSECURE_HTTP=1) on a trusted network`,
      );
    }
    throw error;
  }
}

function allowedInsecure(options: KontextManagementClientOptions): boolean {
  try {
    new KontextManagementClient({ ...options, dangerouslyAllowInsecureHttp: true });
    return true;
  } catch {
    return false;
  }
}
