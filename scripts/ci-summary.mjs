// .ci/run's last word: one line per runtime's vitest report, the failing tests, then one
// "N passed, N failed" line over every runtime and the extra checks.
// Usage: node scripts/ci-summary.mjs <reports dir> <passed checks> [failed check ...]
import { readdirSync } from "node:fs";
import { tally } from "./report.mjs";

const [reports, passedChecks, ...failedChecks] = process.argv.slice(2);
let passed = Number(passedChecks);
let failed = failedChecks.length;
for (const name of readdirSync(reports).sort()) {
  const counts = tally(`${reports}/${name}`);
  console.log(`${name.replace(".json", "")}: ${counts.passed} passed, ${counts.failed} failed`);
  for (const file of counts.json.testResults) {
    const where = file.name.split("/test/").at(-1);
    for (const test of file.assertionResults) {
      if (test.status === "failed") console.log(`  FAIL ${where} > ${test.fullName}`);
    }
    if (file.status === "failed" && file.assertionResults.every((t) => t.status !== "failed")) {
      console.log(`  FAIL ${where}: ${(file.message ?? "").split("\n")[0]}`);
    }
  }
  passed += counts.passed;
  failed += counts.failed;
}
for (const check of failedChecks) console.log(`FAIL ${check}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
