// npm run check:breaking: the breaking-change gate. Compares openapi.yaml with the last released spec
// (releases/openapi-<version>.yaml). A breaking change passes only when package.json's version has
// crossed a breaking boundary since that release (a major bump, or a minor bump while 0.x).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { breakingBoundary, describeChange, lastRelease, semver } from "./release.mjs";
import { diffSpecs, loadSpec, SpecReadError } from "./spec-diff.mjs";

const root = process.cwd();
try {
  const released = lastRelease(root);
  const version = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8")).version;
  const current = semver(version);
  if (!current) throw new SpecReadError(`package.json: version "${version}" is not semver`);
  const changes = diffSpecs(loadSpec(resolve(root, released.file)), loadSpec(resolve(root, "openapi.yaml")));
  const breaking = changes.filter((c) => c.level === "breaking");
  const count = (level) => changes.filter((c) => c.level === level).length;
  const summary = `${breaking.length} breaking, ${count("warning")} warning, ${count("info")} info`;
  if (breaking.length === 0) {
    console.log(`check:breaking: openapi.yaml against ${released.file}: nothing breaking (${summary})`);
  } else {
    const boundary = breakingBoundary(released.version, current);
    if (boundary) {
      console.log(
        `check:breaking: ${breaking.length} breaking change(s) since ${released.version.text}, allowed: ${boundary} (package.json)`,
      );
    } else {
      console.error(
        `check:breaking: openapi.yaml breaks clients of ${released.version.text} (${released.file}), and package.json's ` +
          `version ${current.text} has not crossed a breaking boundary (bump the major, or the minor while 0.x):`,
      );
      for (const c of breaking) console.error(`  ${describeChange(c)}`);
      console.error(`(${summary}; see them all with npm run spec:diff -- ${released.file} openapi.yaml)`);
      process.exit(1);
    }
  }
} catch (error) {
  if (!(error instanceof SpecReadError)) throw error;
  console.error(`check:breaking: ${error.message}`);
  process.exit(2);
}
