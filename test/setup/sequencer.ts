// The order files start in: the slowest first, so that on two workers no long file starts last and
// runs alone while the other worker idles. vitest's own order needs the results of an earlier run,
// which a fresh clone has not got. The list holds the files that took 6 s or more in a full run on
// the 2-core machine (slowest first); the rest follow in vitest's order.
import { BaseSequencer, type TestSpecification } from "vitest/node";

const SLOWEST = [
  "package/docs.test.ts",
  "spec/release.test.ts",
  "types/spec-drift.test.ts",
  "sandbox/readme.test.ts",
  "spec/variants.test.ts",
  "docs/readme.test.ts",
  "runtimes/runtimes.test.ts",
  "package/pack.test.ts",
  "spec/second-generator.test.ts",
  "docs/client.test.ts",
  "types/surface.test.ts",
  "spec/samples.test.ts",
  "sandbox/demo.test.ts",
  "cli/pack.test.ts",
  "cli/readme.test.ts",
  "cli/behaviour.test.ts",
];

function rank(file: TestSpecification): number {
  const path = file.moduleId.replaceAll("\\", "/");
  const index = SLOWEST.findIndex((name) => path.endsWith(`/test/${name}`));
  return index === -1 ? SLOWEST.length : index;
}

export default class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // Array.prototype.sort is stable: files outside the list keep vitest's order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
