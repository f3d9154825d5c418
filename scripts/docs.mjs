// npm run docs: the API reference as one self-contained HTML page (docs/index.html) that renders
// with no network, and the bundled spec beside it (docs/openapi.json, the page's download link).
// The page's settings (code sample languages, the schemas section, the download link) live in the
// `openapi:` section of redocly.yaml; a `--openapi.*` flag here would replace that whole section.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { root, run } from "./run.mjs";

const out = `${root}docs/index.html`;
run("redocly", ["bundle", "openapi.yaml", "--output", "docs/openapi.json", "--ext", "json"], { quiet: true });

/** What each `kontext_*` code of the SDK's errors means; every code src/ uses must be here. */
const CODES = {
  kontext_validation_error: [
    "400",
    "BadRequestError",
    "The API refused the request as invalid; `validationErrors` lists each problem. Fix the input; do not retry.",
  ],
  kontext_unauthorized: [
    "401",
    "UnauthorizedError",
    "The token is missing, invalid or expired. The client renews it once by itself; if this still arrives, check the credentials. Never retry.",
  ],
  kontext_policy_denied: [
    "403",
    "ForbiddenError",
    "The caller may not do this (role, scope or policy). Never retry; ask for the permission.",
  ],
  kontext_not_found: ["404", "NotFoundError", "No resource with this id, or the caller cannot see it."],
  kontext_conflict: [
    "409",
    "ConflictError",
    "The request conflicts with the current state, for example a duplicate name.",
  ],
  kontext_rate_limited: [
    "429",
    "RateLimitError",
    "Too many requests; `retryAfter` says how many seconds to wait. The client retries by itself within its budget.",
  ],
  kontext_server_error: [
    "5xx",
    "ServerError",
    "The API failed. Safe to retry with backoff (the client does for idempotent requests).",
  ],
  kontext_http_error: ["other", "HttpError", "A status the API does not document."],
  kontext_network_error: ["none", "NetworkError", "DNS failure, refused or dropped connection. Retry with backoff."],
  kontext_timeout: [
    "none",
    "TimeoutError",
    "The attempt took longer than `timeout` (a NetworkError). Retry with backoff, or raise the timeout.",
  ],
  kontext_aborted: ["none", "AbortError", "Your `signal` aborted the request."],
  kontext_oauth_error: [
    "400/401",
    "OAuthError",
    "The token endpoint refused the credentials (`errorCode`, `errorDescription`): check the client id and secret.",
  ],
  kontext_token_redirect: [
    "3xx",
    "OAuthError",
    "The token endpoint answered with a redirect; the client never follows it with credentials. Check `tokenUrl`.",
  ],
  kontext_config_error: [
    "none",
    "ConfigError",
    "The client's options or a method's arguments are wrong; raised before any request is sent.",
  ],
  kontext_invalid_response: [
    "2xx",
    "InvalidResponseError",
    "The answer is not the JSON the spec describes (HTML from a proxy, an empty body).",
  ],
  kontext_response_too_large: ["2xx", "InvalidResponseError", "The answer body exceeds the client's size cap."],
  kontext_pagination_loop: [
    "2xx",
    "PaginationError",
    "The API returned a cursor already seen; iteration stops instead of looping.",
  ],
};

// The page is built from the bundled spec plus two reading sections that are not part of the API
// description: the SDK's error codes (the pages its errors' docsUrl point to) and the API changelog
// that `npm run release` writes into CHANGELOG.md.
const page = JSON.parse(readFileSync(`${root}docs/openapi.json`, "utf8"));
page.tags.push(
  { name: "Error codes", "x-traitTag": true, description: errorCodes() },
  { name: "Changelog", "x-traitTag": true, description: apiChangelog() },
);
page["x-tagGroups"].find((g) => g.name === "Reference").tags.unshift("Error codes", "Changelog");
mkdirSync(`${root}.tmp`, { recursive: true });
writeFileSync(`${root}.tmp/docs-page.json`, JSON.stringify(page));
run(
  "redocly",
  [
    "build-docs",
    ".tmp/docs-page.json",
    "--output",
    "docs/index.html",
    "--inlineBundle",
    "--title",
    `Kontext Management API ${page.info.version}`,
  ],
  { quiet: true },
);
let html = readFileSync(out, "utf8");

// Code samples wrap instead of running off the right edge of their panel.
html = html.replace(
  "</head>",
  "<style>.panel-request-samples pre, .panel-request-samples pre code, .panel-request-samples pre span { white-space: pre-wrap !important; overflow-wrap: anywhere !important; word-break: break-word; }</style></head>",
);

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

function errorCodes() {
  const used = new Set();
  for (const file of [
    "src/errors.ts",
    "src/core/api.ts",
    "src/core/transport.ts",
    "src/core/pagination.ts",
    "src/core/token.ts",
  ]) {
    let text = "";
    try {
      text = readFileSync(`${root}${file}`, "utf8");
    } catch {}
    for (const m of text.matchAll(/"(kontext_[a-z_]+)"/g)) used.add(m[1]);
  }
  const missing = [...used].filter((code) => !CODES[code]);
  if (missing.length > 0) {
    console.error(`scripts/docs.mjs: no explanation for ${missing.join(", ")}; add it to CODES`);
    process.exit(1);
  }
  const rows = Object.entries(CODES).map(
    ([code, [status, cls, text]]) => `| \`${code}\` | ${status} | \`${cls}\` | ${text} |`,
  );
  return [
    "Every error the SDK throws is a `KontextError` with a stable `code`, `statusCode` when the API answered, `requestId` when it sent one, and `docsUrl` (`https://docs.kontext.security/errors/<code>`). Test for them with `isKontextError(error)` and `error.code`, which work across duplicated package copies. Retry network errors, timeouts, 429 and 5xx with backoff; never retry 401 or 403.",
    "",
    "| code | HTTP status | class | what it means, what to do |",
    "|---|---|---|---|",
    ...rows,
  ].join("\n");
}

/** The "API" parts of CHANGELOG.md, newest release first, as `npm run release` wrote them. */
function apiChangelog() {
  const changelog = readFileSync(`${root}CHANGELOG.md`, "utf8");
  const parts = [];
  for (const section of changelog.split(/\n(?=## \[)/).slice(1)) {
    const title = section.split("\n")[0].replace(/^## /, "");
    const api = /\n### API[^\n]*\n([\s\S]*?)(?=\n### |$)/.exec(section)?.[1]?.trim();
    if (api) parts.push(`## ${title}\n\n${api.replace(/^#### /gm, "### ")}`);
  }
  return parts.length > 0
    ? `What changed in the API description at each release, written by \`npm run release\` from \`npm run spec:diff\`. The package's other changes are in CHANGELOG.md.\n\n${parts.join("\n\n")}`
    : "No release has been cut with `npm run release` yet.";
}
