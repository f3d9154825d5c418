import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import SlowestFirst from "./test/setup/sequencer.js";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/setup/prism.ts"],
    // Every core: vitest's default leaves one idle, which on a 2-core machine halves the speed.
    maxWorkers: Math.max(2, availableParallelism()),
    sequence: { sequencer: SlowestFirst },
    // Each worker keeps its module cache from file to file: no test mocks modules or patches globals,
    // and re-importing for each of 51 files cost about 30 s of the run.
    isolate: false,
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
