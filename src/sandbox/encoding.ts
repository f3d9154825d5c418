// Web-standard stand-ins for the node:crypto and Buffer calls the sandbox used to make, so that it
// runs wherever fetch runs (workerd, browsers, Deno, Bun, Node).

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

export function fromUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

function toBase64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Decodes base64 or base64url; throws on anything else. */
export function fromBase64(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** A secret or token: `prefix` and 24 random bytes, base64url. */
export function secret(prefix: string): string {
  return `${prefix}${toBase64url(crypto.getRandomValues(new Uint8Array(24)))}`;
}

/** A random (version 4) UUID; getRandomValues where randomUUID is missing (pages that are not secure contexts). */
export function uuid(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** base64url of a JSON value (the sandbox's opaque cursors). */
export function encodeCursor(value: unknown): string {
  return toBase64url(utf8(JSON.stringify(value)));
}

/** The JSON value of a cursor, or `undefined` when it is not one. */
export function decodeCursor(cursor: string): unknown {
  try {
    return JSON.parse(fromUtf8(fromBase64(cursor)));
  } catch {
    return undefined;
  }
}

/** Compares two secrets in time that depends only on their lengths. */
export function sameSecret(a: string, b: string): boolean {
  const x = utf8(a);
  const y = utf8(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < x.length; i++) diff |= (x[i] ?? 0) ^ (y[i % y.length] ?? 0);
  return diff === 0;
}
