// npm run release -- <version>: cuts a release of the spec and the package.
//   1. compares openapi.yaml with the last released spec (releases/openapi-<version>.yaml);
//   2. refuses a version that is not newer, or a breaking change without a breaking bump
//      (a major bump, or a minor bump while 0.x);
//   3. writes that version's section of CHANGELOG.md: the [Unreleased] notes, then an "API" part
//      written from the diff (breaking changes first, then warnings, then additions and changes,
//      each with its operations);
//   4. sets info.version in openapi.yaml and the version in package.json and package-lock.json;
//   5. replaces the release copy with openapi.yaml, and regenerates what derives from the spec.
//
// The helpers are shared with scripts/check-breaking.mjs (npm run check:breaking).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { diffSpecs, loadSpec, SpecReadError } from "./spec-diff.mjs";

export const RELEASES = "releases";

/** Parses `MAJOR.MINOR.PATCH` (with an optional pre-release); undefined when it is not semver. */
export function semver(text) {
  const m = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/.exec(String(text));
  return m ? { major: +m[1], minor: +m[2], patch: +m[3], pre: m[4] ?? "", text } : undefined;
}

function compare(a, b) {
  for (const k of ["major", "minor", "patch"]) if (a[k] !== b[k]) return a[k] - b[k];
  if (a.pre === b.pre) return 0;
  if (!a.pre) return 1;
  if (!b.pre) return -1;
  return a.pre < b.pre ? -1 : 1;
}

/**
 * Whether going from `from` to `to` may break clients under semver: a major bump, or while 0.x a
 * minor bump. Returns the reason, or undefined.
 */
export function breakingBoundary(from, to) {
  if (to.major > from.major) return `${from.text} → ${to.text} is a major bump`;
  if (from.major === 0 && to.major === 0 && to.minor > from.minor) {
    return `${from.text} → ${to.text} is a minor bump while 0.x`;
  }
  return undefined;
}

/** The last released spec kept in the repository: `{ version, file }`. */
export function lastRelease(root) {
  const found = readdirSync(resolve(root, RELEASES))
    .map((name) => /^openapi-(.+)\.yaml$/.exec(name))
    .filter((m) => m && semver(m[1]))
    .map((m) => ({ version: semver(m[1]), file: `${RELEASES}/${m[0]}` }))
    .sort((a, b) => compare(b.version, a.version));
  if (found.length === 0) throw new SpecReadError(`${RELEASES}/: no released spec (openapi-<version>.yaml)`);
  return found[0];
}

/** One line per change, for the terminal. */
export function describeChange(c) {
  return `${c.operation} (${c.method} ${c.path}) [${c.id}]: ${c.message}`;
}

/**
 * The API part of a changelog section, in Markdown, breaking first. A change seen in more than three
 * operations is one entry naming them; the rest is one entry per operation. Rewordings are counted.
 */
export function changelogApi(changes) {
  const sections = [
    ["breaking", "Breaking"],
    ["warning", "Needs attention"],
    ["info", "Added and changed"],
  ];
  const reworded = (c) => /-(description|summary)-updated$/.test(c.id);
  const lines = [];
  for (const [level, title] of sections) {
    const mine = changes.filter((c) => c.level === level && !reworded(c));
    const groups = new Map();
    for (const c of mine) {
      // The same change in several answers of an operation is one: the status is dropped.
      const what = c.message.replace(/^(\d\d\d|\dXX|default) answer \(application\/json\)(:| field)/, "answer$2");
      const key = `${c.id}\u0000${what}`;
      const group = groups.get(key) ?? { id: c.id, what, operations: new Map() };
      group.operations.set(c.operation, `${c.method} ${c.path}`);
      groups.set(key, group);
    }
    const entries = [];
    const byOperation = new Map();
    for (const g of groups.values()) {
      if (g.operations.size > 3) {
        const names = [...g.operations.keys()].map((id) => `\`${id}\``).join(", ");
        entries.push(`- ${g.what} [\`${g.id}\`], in ${g.operations.size} operations: ${names}`);
        continue;
      }
      for (const [id, at] of g.operations) {
        const entry = byOperation.get(id) ?? { at, items: [] };
        entry.items.push(`${g.what} [\`${g.id}\`]`);
        byOperation.set(id, entry);
      }
    }
    for (const [id, { at, items }] of byOperation) entries.push(`- \`${id}\` (\`${at}\`): ${items.join("; ")}`);
    if (level === "info") {
      const rewordings = changes.filter(reworded);
      const operations = new Set(rewordings.map((c) => c.operation));
      if (rewordings.length > 0) {
        entries.push(`- ${rewordings.length} descriptions or summaries reworded, in ${operations.size} operations`);
      }
    }
    if (entries.length === 0) continue;
    lines.push(`#### ${title}`, "", ...entries, "");
  }
  if (lines.length === 0) lines.push("No changes to the API description.", "");
  return lines.join("\n");
}

/** `npm run generate` (generated/, the config schema, the published variants), or exits with its status. */
function generate(root) {
  const result = spawnSync("npm", ["run", "-s", "generate"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function release(root, wanted) {
  const to = semver(wanted);
  if (!to) fail(`"${wanted}" is not a version (MAJOR.MINOR.PATCH)`);
  const released = lastRelease(root);
  const from = released.version;
  if (compare(to, from) <= 0) fail(`${to.text} is not newer than the last release, ${from.text}`);
  const changes = diffSpecs(loadSpec(resolve(root, released.file)), loadSpec(resolve(root, "openapi.yaml")));
  const breaking = changes.filter((c) => c.level === "breaking");
  const boundary = breakingBoundary(from, to);
  if (breaking.length > 0 && !boundary) {
    console.error(`release ${to.text} refused: ${breaking.length} breaking change(s) since ${from.text}, and`);
    console.error(`${from.text} → ${to.text} is not a breaking bump (a major bump, or a minor bump while 0.x):`);
    for (const c of breaking) console.error(`  ${describeChange(c)}`);
    process.exit(1);
  }

  // CHANGELOG.md: the [Unreleased] notes become this version's, with the API part written from the diff.
  const changelogFile = resolve(root, "CHANGELOG.md");
  const changelog = readFileSync(changelogFile, "utf8");
  const date = new Date().toISOString().slice(0, 10);
  const start = changelog.indexOf("## [Unreleased]");
  if (start < 0) fail("CHANGELOG.md has no ## [Unreleased] section");
  const bodyStart = start + "## [Unreleased]".length;
  const next = changelog.indexOf("\n## [", bodyStart);
  const notes = changelog.slice(bodyStart, next < 0 ? undefined : next).trim();
  const api = [
    `### API (from \`npm run spec:diff -- ${released.file} openapi.yaml\`)`,
    "",
    breaking.length > 0
      ? `${breaking.length} breaking change(s) since ${from.text}; ${boundary}.`
      : `Nothing breaking since ${from.text}.`,
    "",
    changelogApi(changes),
  ].join("\n");
  const section = [`## [Unreleased]`, "", `## [${to.text}] - ${date}`, "", api.trimEnd(), "", notes, ""].join("\n");
  writeFileSync(
    changelogFile,
    `${changelog.slice(0, start)}${section}${next < 0 ? "" : changelog.slice(next)}`.replace(/\n{3,}/g, "\n\n"),
  );

  // The version, in the spec and the package.
  const specFile = resolve(root, "openapi.yaml");
  const spec = readFileSync(specFile, "utf8");
  const versioned = spec.replace(/^(info:\n(?:[ ].*\n)*? {2}version: ).*$/m, `$1${to.text}`);
  if (versioned === spec && !spec.includes(`  version: ${to.text}\n`)) fail("openapi.yaml has no info.version line");
  writeFileSync(specFile, versioned);
  for (const name of ["package.json", "package-lock.json"]) {
    const file = resolve(root, name);
    const json = JSON.parse(readFileSync(file, "utf8"));
    json.version = to.text;
    if (json.packages?.[""]) json.packages[""].version = to.text;
    writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  }

  // The release copy: the spec as released now, the one check:breaking compares with.
  rmSync(resolve(root, released.file));
  writeFileSync(resolve(root, `${RELEASES}/openapi-${to.text}.yaml`), versioned);

  generate(root);
  console.log(
    `released ${to.text}: CHANGELOG.md (${changes.length} API change(s), ${breaking.length} breaking), ` +
      `openapi.yaml info.version, package.json, ${RELEASES}/openapi-${to.text}.yaml`,
  );
}

function fail(message) {
  console.error(`release: ${message}`);
  process.exit(1);
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? "")).href) {
  const [version, ...rest] = process.argv.slice(2);
  if (!version || rest.length > 0) {
    console.error("usage: npm run release -- <version>");
    process.exit(2);
  }
  try {
    release(process.cwd(), version);
  } catch (error) {
    if (!(error instanceof SpecReadError)) throw error;
    fail(error.message);
  }
}
