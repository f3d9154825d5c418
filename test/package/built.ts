// The package tests exercise dist/ as it ships; they refuse to run against a missing or stale build.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

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
