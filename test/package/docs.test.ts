// The published API reference: `npm run docs` builds one self-contained page, and Chromium, with every
// host unresolvable, renders every tag, every operation and its code samples from it, while every
// request the page makes is recorded: nothing but file:, data: and blob: may be asked for.

import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root } from "./built.js";

const exec = promisify(execFile);
const chromium = process.env.CHROMIUM_BIN ?? "/usr/bin/chromium";
const screenshot = join(root, ".tmp/docs.png");
const LOCAL = new Set(["file:", "data:", "blob:"]);

interface Operation {
  summary?: string;
  operationId?: string;
  tags?: string[];
  "x-codeSamples"?: { lang: string; label: string; source: string }[];
}

let browser: Browser;
let page: string;
let spec: {
  tags?: { name: string }[];
  servers: { url: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, { description?: string }> };
};
/** Every URL any page of this run asked for. */
const requested: string[] = [];

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
  mkdirSync(join(root, ".tmp"), { recursive: true });
  browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      // Every host is unresolvable: a request that leaves the machine fails, and is recorded anyway.
      "--host-resolver-rules=MAP * ~NOTFOUND",
    ],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

/** Opens the page at a route in a fresh tab that records every request and every script error. */
async function open(route = ""): Promise<{ tab: Page; errors: string[] }> {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1400, height: 1000 });
  const errors: string[] = [];
  tab.on("request", (request) => requested.push(request.url()));
  tab.on("pageerror", (error) => errors.push(String(error)));
  tab.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await tab.goto(`${page}${route}`, { waitUntil: "networkidle0", timeout: 60_000 });
  return { tab, errors };
}

function operationsByTag(): Map<string, { summary: string; operationId: string; op: Operation }[]> {
  const byTag = new Map<string, { summary: string; operationId: string; op: Operation }[]>(
    (spec.tags ?? []).filter((t) => t.name !== "Schemas").map((t) => [t.name, []]),
  );
  for (const item of Object.values(spec.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!["get", "put", "post", "patch", "delete"].includes(method)) continue;
      for (const tag of op.tags ?? ["(untagged)"]) {
        const summary = op.summary ?? `${op.operationId} (no summary)`;
        byTag.set(tag, [...(byTag.get(tag) ?? []), { summary, operationId: op.operationId ?? "", op }]);
      }
    }
  }
  return byTag;
}

const slug = (tag: string) => tag.toLowerCase().replace(/[^a-z0-9]+/g, "-");
// biome-ignore lint/performance/useDomNodeTextContent: the text a reader sees, as laid out
const text = (tab: Page) => tab.evaluate(() => (document.body.innerText ?? "").replace(/\s+/g, " "));

/** The sample source an operation's panel shows, reached by its hash route (the page renders lazily). */
async function shownSample(tab: Page, tag: string, operationId: string): Promise<string> {
  const section = `/${slug(tag)}/${operationId.toLowerCase()}`;
  await tab.evaluate((route) => {
    window.location.hash = `#${route}`;
  }, section);
  const selector = `[data-section-id="${section}"] .panel-request-samples pre`;
  await tab.waitForSelector(selector, { timeout: 15_000 });
  return tab.$eval(selector, (pre) => pre.textContent ?? "");
}

const LANGUAGES = ["TypeScript SDK", "curl", "kontext CLI"];

/** Picks a code-sample language in an operation's selector (the choice applies to every operation). */
async function chooseLanguage(tab: Page, tag: string, operationId: string, wanted: string): Promise<void> {
  const section = `[data-section-id="/${slug(tag)}/${operationId.toLowerCase()}"] .panel-request-samples`;
  const buttons = await tab.$$(`${section} button[aria-haspopup]`);
  const labels = await Promise.all(buttons.map((b) => b.evaluate((e) => e.textContent?.trim() ?? "")));
  const button = buttons[labels.findIndex((l) => LANGUAGES.includes(l))];
  if (!button) throw new Error(`${operationId} has no code-sample language selector (buttons: ${labels.join(", ")})`);
  await button.click();
  const items = await tab.$$('li[role="menuitem"]');
  const texts = await Promise.all(items.map((i) => i.evaluate((e) => e.textContent?.trim() ?? "")));
  const item = items[texts.indexOf(wanted)];
  if (!item) throw new Error(`the language selector offers ${texts.join(", ")}, not "${wanted}"`);
  await item.click();
  await tab.waitForFunction(
    (selector, label) =>
      [...document.querySelectorAll(`${selector} button`)].some((b) => b.textContent?.trim() === label),
    { timeout: 10_000 },
    section,
    wanted,
  );
}

describe("the API reference page in Chromium", () => {
  it("renders the overview with every tag in the navigation, without script errors", async () => {
    const { tab, errors } = await open();
    const shown = await text(tab);
    expect(shown).toContain("Kontext Management API");
    const tags = [...operationsByTag().keys(), "Schemas"];
    expect(tags.length).toBeGreaterThan(3);
    for (const tag of tags) expect(shown, `tag ${tag}`).toContain(tag);
    expect(errors).toEqual([]);
    await tab.close();
  }, 60_000);

  it("renders every operation of every tag, each with a TypeScript SDK sample, a curl sample and the CLI", async () => {
    const missing: string[] = [];
    for (const [tag, ops] of operationsByTag()) {
      const { tab } = await open(`#/${slug(tag)}`);
      const shown = await text(tab);
      for (const { summary } of ops) if (!shown.includes(summary)) missing.push(`${tag}: ${summary}`);

      // Each operation shows its SDK call first, then (one choice for the whole page) curl and the CLI.
      for (const { operationId, op } of ops) {
        const ts = op["x-codeSamples"]?.find((s) => s.label === "TypeScript SDK")?.source ?? "";
        const call = ts.split("\n").find((l) => l.includes("await client."));
        expect(call, `${operationId} has a TypeScript SDK sample`).toBeTruthy();
        expect(await shownSample(tab, tag, operationId), `${operationId} shows its SDK call`).toContain(call);
      }
      const first = ops[0]?.operationId ?? "";
      await shownSample(tab, tag, first);
      await chooseLanguage(tab, tag, first, "curl");
      for (const { operationId } of ops) {
        expect(await shownSample(tab, tag, operationId), `${operationId} shows curl`).toMatch(/^curl /);
      }
      const cli = ops.filter(({ op }) => op["x-codeSamples"]?.some((s) => s.label === "kontext CLI"));
      if (cli.length > 0) {
        await shownSample(tab, tag, first);
        await chooseLanguage(tab, tag, first, "kontext CLI");
        for (const { operationId } of cli) {
          expect(await shownSample(tab, tag, operationId), `${operationId} shows the CLI`).toContain("kontext ");
        }
      }
      await shownSample(tab, tag, first);
      await chooseLanguage(tab, tag, first, "TypeScript SDK");
      await tab.close();
    }
    expect(missing).toEqual([]);
  }, 300_000);

  it("links only within the page or relatively: sidebar entries are hash routes, none site-absolute", async () => {
    const { tab } = await open("#/applications");
    const hrefs = await tab.evaluate(() =>
      [...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href") ?? ""),
    );
    expect(hrefs.filter((h) => h.startsWith("/"))).toEqual([]);
    const sidebar = hrefs.filter((h) => h.startsWith("#/"));
    for (const tag of [...operationsByTag().keys(), "Schemas"]) expect(sidebar).toContain(`#/${slug(tag)}`);
    expect(sidebar).toContain("#/applications/getapplication");
    // Following a sidebar link by its href alone (as a new tab would) lands on that operation.
    await tab.goto(`${page}#/applications/getapplication`, { waitUntil: "networkidle0" });
    expect(await text(tab)).toContain("Get an application");
    await tab.close();
  }, 60_000);

  it("offers the spec for download beside the page, and a schemas section", async () => {
    const overview = await open();
    const download = await overview.tab.evaluate(() =>
      [...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")).filter((h) => h === "openapi.json"),
    );
    expect(download.length).toBeGreaterThan(0);
    await overview.tab.close();
    const { tab } = await open("#/schemas");
    expect((JSON.parse(readFileSync(join(root, "docs/openapi.json"), "utf8")) as { openapi: string }).openapi).toBe(
      "3.1.0",
    );
    const shown = await text(tab);
    for (const name of ["Application", "Integration", "ServiceAccount", "IntegrationValidationStatus"]) {
      expect(shown, `schema ${name}`).toContain(name);
    }
    await tab.close();
  }, 60_000);

  it("shows server descriptions as plain text and keeps the mock's path layout out of the API text", async () => {
    const { tab } = await open();
    const shown = await text(tab);
    for (const server of spec.servers) {
      expect(server.description).not.toMatch(/`/);
      expect(shown).toContain(server.description);
    }
    expect(shown).not.toContain("Layout of this document");
    await tab.close();
  }, 60_000);

  it("finds wrapped descriptions in search with their words apart", async () => {
    // Search indexes each description's raw text, so a line break inside a sentence glues two words.
    const glued: string[] = [];
    const visit = (node: unknown, at: string) => {
      if (Array.isArray(node)) {
        for (const [i, n] of node.entries()) visit(n, `${at}/${i}`);
      } else if (node && typeof node === "object") {
        for (const [key, value] of Object.entries(node)) {
          if (key === "description" && typeof value === "string" && /[^\n]\n(?![\n\-*#|]| {2})/.test(value.trimEnd()))
            glued.push(at);
          else if (key !== "x-codeSamples" && key !== "examples") visit(value, `${at}/${key}`);
        }
      }
    };
    visit(spec, "");
    expect(glued).toEqual([]);

    const { tab } = await open();
    await tab.keyboard.down("Control");
    await tab.keyboard.press("k");
    await tab.keyboard.up("Control");
    await tab.keyboard.type("Service account tokens");
    // biome-ignore lint/performance/useDomNodeTextContent: the search results as laid out
    await tab.waitForFunction(() => /Service account tokens need/.test(document.body.innerText), { timeout: 15_000 });
    expect(await text(tab)).not.toMatch(/accounttokens|account tokensneed/);
    await tab.close();
  }, 60_000);

  it("names the spec's version in the title, and has an error-code page and the API changelog", async () => {
    const version = (spec as unknown as { info: { version: string } }).info.version;
    const { tab } = await open("#/error-codes");
    expect(await tab.title()).toBe(`Kontext Management API ${version}`);
    const shown = await text(tab);
    const codes = new Set(
      [...readFileSync(join(root, "src/errors.ts"), "utf8").matchAll(/"(kontext_[a-z_]+)"/g)].map((m) => m[1] ?? ""),
    );
    expect(codes.size).toBeGreaterThan(5);
    for (const code of codes) expect(shown, code).toContain(code);
    await tab.evaluate(() => {
      window.location.hash = "#/changelog";
    });
    await tab.waitForFunction((v) => document.body.textContent?.includes(`[${v}]`), { timeout: 15_000 }, version);
    expect(await text(tab)).toContain("Breaking");
    await tab.close();
  }, 60_000);

  it("shows code samples whole at 1400 px: no sample runs past its panel's right edge", async () => {
    const { tab } = await open("#/applications/createapplication");
    await tab.waitForSelector(".panel-request-samples pre", { timeout: 15_000 });
    const clipped = await tab.$$eval(".panel-request-samples pre", (pres) =>
      pres.filter((pre) => pre.scrollWidth > pre.clientWidth + 1).map((pre) => (pre.textContent ?? "").slice(0, 60)),
    );
    expect(clipped).toEqual([]);
    await tab.close();
  }, 60_000);

  it("paints the page (screenshot in .tmp/docs.png)", async () => {
    rmSync(screenshot, { force: true });
    const { tab } = await open();
    await tab.screenshot({ path: screenshot as `${string}.png`, fullPage: false });
    const png = readFileSync(screenshot);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    // A blank 1400x1000 page compresses to a few kB; the rendered reference is far larger.
    expect(statSync(screenshot).size).toBeGreaterThan(50_000);
    await tab.close();
  }, 60_000);

  it("asks for nothing but file:, data: and blob: URLs and links nothing site-absolute, on any route, scrolled to the end", async () => {
    for (const route of ["", ...[...operationsByTag().keys(), "Schemas"].map((t) => `#/${slug(t)}`)]) {
      const { tab, errors } = await open(route);
      await tab.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await tab.waitForNetworkIdle({ idleTime: 300, timeout: 10_000 });
      expect(errors, route).toEqual([]);
      const absolute = await tab.evaluate(() =>
        [...document.querySelectorAll("a[href]")]
          .map((a) => a.getAttribute("href") ?? "")
          .filter((h) => /^\/(?!\/)/.test(h)),
      );
      expect(absolute, `site-absolute links on ${route || "the overview"}`).toEqual([]);
      await tab.close();
    }
    expect(requested.length).toBeGreaterThan(10);
    expect(requested.filter((url) => !LOCAL.has(new URL(url).protocol))).toEqual([]);
  }, 180_000);
});
