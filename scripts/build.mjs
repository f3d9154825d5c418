// npm run build: dist/ (ESM + declarations) and dist/openapi.json, the bundled spec that ships.
import { rmSync } from "node:fs";
import { root, run } from "./run.mjs";

rmSync(`${root}dist`, { recursive: true, force: true });
run("tsc", ["-p", "tsconfig.build.json"]);
run("redocly", ["bundle", "openapi.yaml", "--output", "dist/openapi.json", "--ext", "json"], { quiet: true });
console.log("built dist/");
