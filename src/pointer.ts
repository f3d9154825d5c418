// JSON pointers (RFC 6901) into the OpenAPI document: the one helper the sandbox, the CLI and
// scripts/samples.mjs use to build, read and follow them.

/** One reference token, escaped for a pointer (`application/json` → `application~1json`). */
export function escapeToken(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

/**
 * The reference tokens of a pointer, unescaped (`#/a~1b/0` → `["a/b", "0"]`); the URI-fragment
 * form (`#/…`) is percent-decoded first, as RFC 6901 §6 says.
 */
export function tokensOf(pointer: string): string[] {
  const path = pointer.startsWith("#") ? decodeURIComponent(pointer.slice(1)) : pointer;
  if (path === "") return [];
  return path
    .slice(1)
    .split("/")
    .map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** The node at `#/a/b` in `doc` (`undefined` when there is none). */
export function resolvePointer(doc: unknown, pointer: string): unknown {
  let node = doc;
  for (const token of tokensOf(pointer)) node = (node as Record<string, unknown> | undefined)?.[token];
  return node;
}

/**
 * Follows `$ref`s from `pointer` to the pointer of the node they end at. With `onlyBareRefs`, stops
 * at a node that has keywords beside its `$ref` (a schema that adds to what it references).
 */
export function followRefs(doc: unknown, pointer: string, onlyBareRefs = false): string {
  for (let i = 0; i < 32; i++) {
    const node = resolvePointer(doc, pointer) as Record<string, unknown> | undefined;
    if (!node || typeof node.$ref !== "string") return pointer;
    if (onlyBareRefs && Object.keys(node).length !== 1) return pointer;
    pointer = node.$ref;
  }
  throw new Error(`$ref loop at ${pointer}`);
}
