// The docs test renders the API reference in headless Chromium. `npm test` and .ci/run call this first:
// with no CHROMIUM_BIN and no /usr/bin/chromium, it installs Debian's chromium package when apt-get can
// be run (as root, or through sudo without a password), so the README's `npm test` passes on a fresh
// machine. Otherwise it says how to install one; the docs test then fails with the same advice.
// Run directly: node scripts/chromium.mjs
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const BIN = "/usr/bin/chromium";

export function ensureChromium() {
  if (process.env.CHROMIUM_BIN || existsSync(BIN)) return;
  const apt = spawnSync("apt-get", ["--version"], { stdio: "ignore" }).status === 0;
  const root = process.getuid?.() === 0;
  const sudo = !root && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0;
  if (!apt || !(root || sudo)) {
    console.log(
      "\n> chromium: not found, and apt-get cannot be run here; the docs test will fail. Install Chromium " +
        "(`sudo apt-get install -y chromium`) or set CHROMIUM_BIN to a Chromium or Chrome binary.",
    );
    return;
  }
  console.log(`\n> chromium: not found; installing Debian's chromium package for the docs test (about 30 s)`);
  const aptGet = (args) =>
    spawnSync(root ? "apt-get" : "sudo", root ? args : ["apt-get", ...args], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    }).status === 0;
  const installed =
    aptGet(["update", "-qq"]) && aptGet(["install", "-y", "-qq", "--no-install-recommends", "chromium"]);
  console.log(installed && existsSync(BIN) ? `> chromium: installed at ${BIN}` : "> chromium: the install failed");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureChromium();
