const MASK = "[REDACTED]";
// The one rule for what names a secret: a key that ends in one of these (see isSecretKey).
const SECRET_KEY = "(?:secret|token|password|authorization)";
// Secrets a hostile or chatty server might echo back, whoever issued them.
const PATTERNS: [RegExp, string][] = [
  [/\b(Bearer|Basic)\s+[\w.~+/=-]+/gi, `$1 ${MASK}`],
  // `key: value`, `"key": "value"` and `key=value` where the key names a secret.
  [new RegExp(`("?\\b\\w*${SECRET_KEY}"?\\s*[:=]\\s*"?)[^"&,;\\s}]+`, "gi"), `$1${MASK}`],
  [/\bory_[a-z]{2}_[\w.~+/=-]+/gi, MASK],
];
const SECRET_KEY_END = new RegExp(`${SECRET_KEY}$`, "i");
const MAX_TOKENS = 32;

/** Masks the secrets this client knows (its client secret, the tokens it holds) and anything shaped like one. */
export class Redactor {
  #pinned: string[] = [];
  #tokens: string[] = [];

  /** Remembers a secret for the client's lifetime (the client secret and its encodings). */
  pin(secret: string): void {
    // Credentials given as a function are pinned again before every token request: keep one copy.
    if (secret.length >= 4 && !this.#pinned.includes(secret)) this.#pinned.push(secret);
  }

  /** Remembers one of the latest access tokens. */
  add(token: string): void {
    if (token.length < 4 || this.#tokens.includes(token)) return;
    this.#tokens.push(token);
    if (this.#tokens.length > MAX_TOKENS) this.#tokens.shift();
  }

  redact(text: string): string {
    for (const known of [this.#pinned, this.#tokens]) {
      for (const secret of known) if (text.includes(secret)) text = text.split(secret).join(MASK);
    }
    for (const [pattern, replacement] of PATTERNS) text = text.replace(pattern, replacement);
    return text;
  }

  /** A short, masked excerpt of a response body for error messages. */
  excerpt(text: string, max = 200): string {
    // Redact before cutting: a secret straddling the cut would otherwise leave its first half behind.
    const flat = this.redact(text).replace(/\s+/g, " ").trim();
    return flat.length > max ? `${flat.slice(0, max)}…` : flat;
  }

  /** Masks every string inside a parsed JSON value. */
  redactValue<T>(value: T): T {
    if (typeof value === "string") return this.redact(value) as T;
    if (Array.isArray(value)) return value.map((v) => this.redactValue(v)) as T;
    if (value && typeof value === "object") {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        out[k] = isSecretKey(k) && typeof v === "string" ? MASK : this.redactValue(v);
      }
      return out as T;
    }
    return value;
  }
}

/**
 * Whether a field named `key` holds a secret (`clientSecret`, `serverToken`, `access_token`,
 * `password`, `authorization`): the rule for masking values by their key. `tokenUrl` is not one.
 */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY_END.test(key);
}
