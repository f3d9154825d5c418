import type { ServerResponse } from "node:http";

export interface Seen {
  method: string;
  /** Path and query, as sent. */
  path: string;
}

export interface Proxy {
  /** The proxy's origin: what the client under test talks to. */
  url: string;
  /** Every request received, in order. */
  seen: Seen[];
  /** The requests passed on to the origin (not answered by `intercept`). */
  forwarded: Seen[];
  close(): Promise<void>;
}

/**
 * Starts a counting proxy to `origin`. `intercept` sees each request first: it may answer it on
 * `res` and return true (not forwarded), or wait and return false (forwarded after the wait).
 */
export function startProxy(
  origin: string,
  intercept?: (request: Seen, res: ServerResponse) => boolean | Promise<boolean>,
): Promise<Proxy>;
