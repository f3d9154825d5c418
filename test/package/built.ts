// The package tests exercise dist/ as it ships; they refuse to run against a missing or stale build.
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Packed, pack } from "../../scripts/pack.mjs";

export const root = fileURLToPath(new URL("../..", import.meta.url));

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Throws, saying to run `npm run build`, when dist/ is missing or older than its sources. */
export function assertBuilt(): void {
  const outputs = ["dist/src/management.js", "dist/cjs/src/management.js", "dist/openapi.json"].map((p) =>
    join(root, p),
  );
  const missing = outputs.filter((p) => !existsSync(p));
  if (missing.length > 0) throw new Error(`${missing.join(", ")} missing: run \`npm run build\` first (npm test does)`);
  const built = Math.min(...outputs.map((p) => statSync(p).mtimeMs));
  const sources = Math.max(...["src", "generated", "openapi.yaml"].map((p) => newest(join(root, p))));
  if (sources > built) throw new Error("dist/ is older than src/, generated/ or openapi.yaml: run `npm run build`");
}

let packed: Packed | undefined;

/**
 * The package as `npm pack` ships it: the tarball scripts/test.mjs packed once for the whole run
 * (KONTEXT_PACKED), or, when a test file runs on its own, one packed now (once per file).
 */
export function packedTarball(): Packed {
  assertBuilt();
  const shared = process.env.KONTEXT_PACKED;
  packed ??= shared
    ? (JSON.parse(readFileSync(shared, "utf8")) as Packed)
    : pack(mkdtempSync(join(tmpdir(), "kontext-packed-")));
  return packed;
}
