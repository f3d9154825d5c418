export const RUNTIME_VERSIONS: { bun: string; deno: string; miniflare: string };
export function runtimesDir(): string;
/** bun and deno are executable paths; miniflare is the file URL of Miniflare's module. */
export function ensureRuntimes(options?: { quiet?: boolean }): { bun: string; deno: string; miniflare: string };
