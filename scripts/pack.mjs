// One `npm pack` of the current build, shared by every test that installs the package as a user
// would (test/package/pack.test.ts, test/cli/pack.test.ts, test/runtimes): scripts/test.mjs packs once
// after building and hands the result to vitest in KONTEXT_PACKED; a test run on its own packs itself.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "./run.mjs";

/**
 * Packs dist/ as built (`--ignore-scripts`: prepack would rebuild it under running tests) into `dir`,
 * and writes `dir/packed.json`, `{ tarball, files }`, for the tests to read. Returns the same.
 */
export function pack(dir) {
  mkdirSync(dir, { recursive: true });
  const result = spawnSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", dir], {
    cwd: root,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`npm pack failed (exit ${result.status}): ${result.stderr}`);
  const [packed] = JSON.parse(result.stdout.slice(result.stdout.indexOf("[")));
  const info = { tarball: join(dir, packed.filename), files: packed.files.map((f) => f.path).sort() };
  writeFileSync(join(dir, "packed.json"), JSON.stringify(info));
  return info;
}
