// Counts from vitest's JSON report: what each closing "N passed, N failed" line is made of.
import { readFileSync } from "node:fs";

export function tally(file) {
  const json = JSON.parse(readFileSync(file, "utf8"));
  return {
    json,
    passed: json.numPassedTests,
    // A file that fails to load has no failed test of its own: count it once.
    failed: json.numFailedTests || (json.numFailedTestSuites ?? 0),
    skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0),
  };
}
