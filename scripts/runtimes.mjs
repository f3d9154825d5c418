// The runtime matrix (test/runtimes) runs the packed package in Bun, Deno and Cloudflare workerd
// (through Miniflare). Their binaries weigh about 360 MB, so they are not devDependencies and
// `npm ci` does not download them: ensureRuntimes() installs the versions pinned in
// scripts/runtimes/package-lock.json on first use, into a cache outside the project (it survives
// `npm ci`), and says so. `npm test`, `npm run test:runtimes` and .ci/run call it; test/runtimes
// reads the paths from it. KONTEXT_RUNTIMES_DIR moves the cache.
// Run directly: node scripts/runtimes.mjs
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = fileURLToPath(new URL("runtimes/", import.meta.url));
const manifest = JSON.parse(readFileSync(join(here, "package.json"), "utf8"));

/** The pinned versions: `{ bun: "1.4.4", deno: "2.9.6", miniflare: "4.20260426.0" }`. */
export const RUNTIME_VERSIONS = manifest.dependencies;

/** Where the runtimes live: one directory per lockfile, so a new pin installs beside the old one. */
export function runtimesDir() {
  const lock = readFileSync(join(here, "package-lock.json"));
  const key = createHash("sha256").update(lock).digest("hex").slice(0, 12);
  const base =
    process.env.KONTEXT_RUNTIMES_DIR ??
    join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "kontext-runtimes");
  return join(base, key);
}

function pathsIn(dir) {
  return {
    bun: join(dir, "node_modules/.bin/bun"),
    deno: join(dir, "node_modules/.bin/deno"),
    miniflare: pathToFileURL(join(dir, "node_modules/miniflare/dist/src/index.js")).href,
  };
}

function installed(dir) {
  return Object.entries(RUNTIME_VERSIONS).every(([name, version]) => {
    const pkg = join(dir, "node_modules", name, "package.json");
    return existsSync(pkg) && JSON.parse(readFileSync(pkg, "utf8")).version === version;
  });
}

/**
 * The paths of bun, deno and Miniflare's module, installing them first when they are missing.
 * Throws when the install fails.
 */
export function ensureRuntimes({ quiet = false } = {}) {
  const dir = runtimesDir();
  const paths = pathsIn(dir);
  if (installed(dir) && existsSync(paths.bun) && existsSync(paths.deno)) return paths;
  const names = Object.entries(RUNTIME_VERSIONS)
    .map(([name, version]) => `${name} ${version}`)
    .join(", ");
  if (!quiet) console.log(`\n> runtimes: installing ${names} for test/runtimes into ${dir} (once; about 360 MB)`);
  mkdirSync(dir, { recursive: true });
  for (const file of ["package.json", "package-lock.json"]) copyFileSync(join(here, file), join(dir, file));
  const started = performance.now();
  const result = spawnSync("npm", ["ci", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], {
    cwd: dir,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (result.status !== 0 || !installed(dir)) {
    throw new Error(`installing ${names} into ${dir} failed (npm ci exit ${result.status ?? result.signal})`);
  }
  if (!quiet) console.log(`> runtimes: installed in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return paths;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const paths = ensureRuntimes();
  console.log(`> runtimes: bun ${paths.bun}, deno ${paths.deno}, miniflare ${paths.miniflare}`);
}
