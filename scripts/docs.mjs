// npm run docs: the API reference as one self-contained HTML page (docs/index.html) that renders
// with no network, and the bundled spec beside it (docs/openapi.json).
import { readFileSync } from "node:fs";
import { root, run } from "./run.mjs";

const out = `${root}docs/index.html`;
run("redocly", ["bundle", "openapi.yaml", "--output", "docs/openapi.json", "--ext", "json"], { quiet: true });
run(
  "redocly",
  [
    "build-docs",
    "openapi.yaml",
    "--output",
    "docs/index.html",
    "--inlineBundle",
    "--title",
    "Kontext Management API",
    "--openapi.disableGoogleFont=true",
  ],
  { quiet: true },
);
const html = readFileSync(out, "utf8");
// Offline-safe means nothing is fetched: no remote scripts, stylesheets or fonts.
const remote = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="(https?:[^"]+)"/gi)].map((m) => m[1]);
if (remote.length > 0) {
  console.error(`docs/index.html loads remote resources: ${remote.join(", ")}`);
  process.exit(1);
}
console.log(`wrote docs/index.html (${Math.round(html.length / 1024)} kB, no remote resources) and docs/openapi.json`);
