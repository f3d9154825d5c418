// npm run docs: the API reference as one self-contained HTML page (docs/index.html) that renders
// with no network, and the bundled spec beside it (docs/openapi.json, the page's download link).
// The page's settings (code sample languages, the schemas section, the download link) live in the
// `openapi:` section of redocly.yaml; a `--openapi.*` flag here would replace that whole section.
import { readFileSync, writeFileSync } from "node:fs";
import { root, run } from "./run.mjs";

const out = `${root}docs/index.html`;
run("redocly", ["bundle", "openapi.yaml", "--output", "docs/openapi.json", "--ext", "json"], { quiet: true });
run(
  "redocly",
  ["build-docs", "openapi.yaml", "--output", "docs/index.html", "--inlineBundle", "--title", "Kontext Management API"],
  {
    quiet: true,
  },
);
let html = readFileSync(out, "utf8");

// The sidebar's "API docs by Redocly" logo is an <img> from cdn.redoc.ly on every load: inline it.
const logo = (width) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="16" viewBox="0 0 ${width} 16"><text x="0" y="12" font-family="sans-serif" font-size="12" fill="currentColor">Redocly</text></svg>`,
  )}`;
html = html
  .replaceAll("https://cdn.redoc.ly/redoc/logo-mini-full.svg", logo(48))
  .replaceAll("https://cdn.redoc.ly/redoc/logo-mini.svg", logo(48));

// The page routes by hash (#/applications), but renders its links site-absolute (href="/applications"),
// which from file:// or a sub-path points nowhere once copied or opened in a new tab. Rewrite them in
// the pre-rendered markup, and keep rewriting the ones the page renders later.
const [before, markup, after] = splitAtRoot(html);
html = before + markup.replace(/(<a\b[^>]*?\bhref=")\/(?!\/)/g, "$1#/") + after;
const rewrite = `<script>
(() => {
  const fix = (root) => {
    for (const a of root.querySelectorAll('a[href^="/"]:not([href^="//"])')) a.setAttribute("href", "#" + a.getAttribute("href"));
  };
  fix(document);
  new MutationObserver((changes) => {
    for (const change of changes) {
      if (change.type === "attributes") fix(change.target.parentNode ?? document);
      else for (const node of change.addedNodes) if (node.nodeType === 1) fix(node.parentNode ?? node);
    }
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ["href"] });
})();
</script>`;
const end = html.lastIndexOf("</body>");
html = `${html.slice(0, end)}${rewrite}\n${html.slice(end)}`;
writeFileSync(out, html);

// Offline-safe means nothing is fetched: no remote scripts, stylesheets, fonts or images in the markup.
// (test/package/docs.test.ts checks every request the rendered page makes.)
const remote = [...html.matchAll(/<(?:script|link|img)\b[^>]*\b(?:src|href)="(https?:[^"]+)"/gi)].map((m) => m[1]);
if (remote.length > 0 || html.includes("cdn.redoc.ly")) {
  console.error(`docs/index.html loads remote resources: ${remote.join(", ") || "cdn.redoc.ly"}`);
  process.exit(1);
}
console.log(`wrote docs/index.html (${Math.round(html.length / 1024)} kB, no remote resources) and docs/openapi.json`);

/** The pre-rendered markup of `<div id="redoc">`, and the page around it. */
function splitAtRoot(page) {
  const at = page.indexOf('<div id="redoc"');
  const scripts = page.indexOf("<script", at);
  if (at < 0 || scripts < 0) throw new Error('docs/index.html has no <div id="redoc"> followed by its scripts');
  return [page.slice(0, at), page.slice(at, scripts), page.slice(scripts)];
}
