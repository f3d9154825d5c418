// The published API reference: `npm run docs` builds one self-contained page, and headless Chromium,
// with every remote host unreachable, renders every tag and every operation of the spec from it.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root } from "./built.js";

const exec = promisify(execFile);
const chromium = process.env.CHROMIUM_BIN ?? "/usr/bin/chromium";
const screenshot = join(root, ".tmp/docs.png");

interface Operation {
  summary?: string;
  operationId?: string;
  tags?: string[];
}

let profiles: string;
let page: string;
let spec: { tags?: { name: string }[]; paths: Record<string, Record<string, Operation>> };

beforeAll(async () => {
  if (!existsSync(chromium)) {
    throw new Error(
      `Chromium is missing (looked for ${chromium}); this test renders the docs page in it. ` +
        "Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu; `npm test` does this when it can run apt-get), " +
        "or point CHROMIUM_BIN at a Chromium or Chrome binary.",
    );
  }
  await exec("npm", ["run", "--silent", "docs"], { cwd: root, timeout: 120_000 });
  page = pathToFileURL(join(root, "docs/index.html")).href;
  spec = JSON.parse(readFileSync(join(root, "docs/openapi.json"), "utf8"));
  profiles = mkdtempSync(join(tmpdir(), "kontext-docs-"));
  mkdirSync(join(root, ".tmp"), { recursive: true });
}, 180_000);

afterAll(() => {
  if (profiles) rmSync(profiles, { recursive: true, force: true });
});

let runs = 0;
/** Loads the page in headless Chromium that cannot resolve any host, and returns what it rendered. */
async function render(url: string, extra: string[] = []): Promise<{ dom: string; log: string }> {
  const args = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--enable-logging=stderr",
    `--user-data-dir=${join(profiles, String(runs++))}`,
    "--window-size=1280,1600",
    "--virtual-time-budget=5000",
    ...extra,
    url,
  ];
  const { stdout, stderr } = await exec(chromium, args, { timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  return { dom: stdout, log: stderr };
}

/** The text a reader sees: the DOM without scripts, styles and markup, entities decoded. */
function visibleText(dom: string): string {
  return dom
    .replace(/<(script|style|svg)\b[^>]*>[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

function operationsByTag(): Map<string, string[]> {
  const byTag = new Map<string, string[]>((spec.tags ?? []).map((t) => [t.name, []]));
  for (const item of Object.values(spec.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!["get", "put", "post", "patch", "delete"].includes(method)) continue;
      for (const tag of op.tags ?? ["(untagged)"]) {
        byTag.set(tag, [...(byTag.get(tag) ?? []), op.summary ?? `${op.operationId} (no summary)`]);
      }
    }
  }
  return byTag;
}

describe("the API reference page in headless Chromium", () => {
  it("renders the overview with every tag in the navigation, without script errors", async () => {
    const { dom, log } = await render(page, ["--dump-dom"]);
    const text = visibleText(dom);
    expect(text).toContain("Kontext Management API");
    const tags = [...operationsByTag().keys()];
    expect(tags.length).toBeGreaterThan(3);
    for (const tag of tags) expect(text, `tag ${tag}`).toContain(tag);
    expect(log).not.toMatch(/Uncaught|ERR_NAME_NOT_RESOLVED/);
  }, 60_000);

  it("renders every operation of every tag, by summary", async () => {
    const byTag = [...operationsByTag()];
    expect(byTag.flatMap(([, ops]) => ops).length).toBeGreaterThan(20);
    // A tag's route opens its section of the navigation, which lists each operation's summary.
    const texts: string[] = [];
    const next = async (): Promise<void> => {
      const i = texts.push("") - 1;
      const entry = byTag[i];
      if (!entry) return;
      const slug = entry[0].toLowerCase().replace(/[^a-z0-9]+/g, "-");
      texts[i] = visibleText((await render(`${page}#/${slug}`, ["--dump-dom"])).dom);
      return next();
    };
    await Promise.all([next(), next()]); // two browsers at a time
    const missing = byTag.flatMap(([tag, ops], i) =>
      ops.filter((summary) => !texts[i]?.includes(summary)).map((s) => `${tag}: ${s}`),
    );
    expect(missing).toEqual([]);
  }, 120_000);

  it("paints the page (screenshot in .tmp/docs.png)", async () => {
    rmSync(screenshot, { force: true });
    await render(page, [`--screenshot=${screenshot}`]);
    const png = readFileSync(screenshot);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    // A blank 1280x1600 page compresses to a few kB; the rendered reference is far larger.
    expect(statSync(screenshot).size).toBeGreaterThan(50_000);
  }, 60_000);
});
