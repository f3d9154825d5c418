import {
  ConfigError,
  HttpError,
  InvalidResponseError,
  isKontextError,
  NetworkError,
  OAuthError,
  PaginationError,
} from "../errors.js";
import { EXIT, UsageError } from "./context.js";

/** The exit code table, as `kontext --help` and the README show it. */
export const EXIT_TABLE: [number, string][] = [
  [EXIT.ok, "success"],
  [EXIT.usage, "usage or bad input: unknown command or flag, a ConfigError, a 400 or 422"],
  [EXIT.auth, "authentication or permission: 401, 403, OAuthError"],
  [EXIT.notFound, "not found: 404"],
  [EXIT.conflict, "conflict: 409"],
  [EXIT.rateLimited, "rate limited after retries: 429"],
  [EXIT.network, "network error or timeout"],
  [EXIT.server, "server error or invalid response: 5xx"],
  [EXIT.other, "anything else"],
];

/** Maps an error thrown by a command to its exit code. */
export function exitCodeOf(error: unknown): number {
  if (error instanceof UsageError) return EXIT.usage;
  if (!isKontextError(error)) return EXIT.other;
  if (error instanceof ConfigError) return EXIT.usage;
  if (error instanceof OAuthError) return EXIT.auth;
  if (error instanceof NetworkError) return EXIT.network;
  if (error instanceof InvalidResponseError || error instanceof PaginationError) return EXIT.server;
  if (error instanceof HttpError) {
    const status = error.statusCode;
    if (status === 400 || status === 422) return EXIT.usage;
    if (status === 401 || status === 403) return EXIT.auth;
    if (status === 404) return EXIT.notFound;
    if (status === 409) return EXIT.conflict;
    if (status === 429) return EXIT.rateLimited;
    if (status >= 500) return EXIT.server;
  }
  return EXIT.other;
}

export interface ErrorJson {
  code: string;
  statusCode: number | null;
  message: string;
  requestId: string | null;
}

/** The facts of an error that go to stderr: never a body, a response or a secret. */
export function errorFacts(error: unknown): ErrorJson {
  if (error instanceof UsageError) {
    return { code: "kontext_usage_error", statusCode: null, message: error.message, requestId: null };
  }
  if (isKontextError(error)) {
    return {
      code: error.code,
      statusCode: error.statusCode ?? null,
      message: error.message,
      requestId: error.requestId ?? null,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: "kontext_cli_error", statusCode: null, message, requestId: null };
}

/** One line for stderr: the message, then the code, status and request id. */
export function errorLine(error: unknown): string {
  const facts = errorFacts(error);
  const details = [facts.code];
  if (facts.statusCode !== null) details.push(`HTTP ${facts.statusCode}`);
  if (facts.requestId !== null) details.push(`request id ${facts.requestId}`);
  let line = `kontext: ${facts.message} (${details.join(", ")})`;
  if (error instanceof UsageError && error.hint) line += `; see ${error.hint}`;
  return line.replace(/[\r\n]+\s*/g, " ");
}
