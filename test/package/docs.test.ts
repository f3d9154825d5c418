// The published API reference: `npm run docs` builds one self-contained page (once per run), and
// Chromium, with every host unresolvable, loads it once and moves through it by hash route as a reader
// does, rendering every tag, every operation and its code samples, while every request the page makes is
// recorded: nothing but file:, data: and blob: may be asked for.

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
/** The one tab of the run: the page is loaded once, then every test moves through it by hash route. */
let tab: Page;
let page: string;
let spec: {
  tags?: { name: string }[];
  servers: { url: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, { description?: string }> };
};
/** Every URL the page asked for, from its first load on. */
const requested: string[] = [];
/** Every script error and console error of the page, from its first load on. */
const errors: string[] = [];
/** The route the page was loaded at, and the text it showed on arrival (a deep link, as a new tab opens it). */
const LANDING = "#/applications/getapplication";
let landed: { text: string; section: boolean };

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
  tab = await browser.newPage();
  await tab.setViewport({ width: 1400, height: 1000 });
  tab.on("request", (request) => requested.push(request.url()));
  tab.on("pageerror", (error) => errors.push(String(error)));
  tab.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await tab.goto(`${page}${LANDING}`, { waitUntil: "networkidle0", timeout: 60_000 });
  await settle();
  landed = {
    text: await text(tab),
    section: (await tab.$(`[data-section-id="${LANDING.slice(1)}"]`)) !== null,
  };
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

/** Resolves once the page's markup has not changed for `quiet` ms (the reference renders a route after its hash changes). */
async function settle(quiet = 250): Promise<void> {
  await tab.evaluate(
    (quiet) =>
      new Promise<void>((resolve, reject) => {
        const done = () => {
          observer.disconnect();
          clearTimeout(limit);
          resolve();
        };
        let timer = setTimeout(done, quiet);
        const limit = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`the page kept changing at ${location.hash}`));
        }, 15_000);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(done, quiet);
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      }),
    quiet,
  );
}

/**
 * Moves the page to a hash route, as its sidebar links do, and waits until the route is active (its
 * sidebar entry marked), its section rendered and scrolled to the top, and the markup has settled.
 */
async function go(route: string): Promise<void> {
  await tab.evaluate((route) => {
    window.location.hash = route;
  }, route);
  await tab.waitForFunction(
    (path) => {
      const active = document.querySelector(`a[href="#${path}"] [data-active="true"]`);
      const section = document.querySelector(`[data-section-id="${path}"]`);
      return (
        active !== null &&
        section !== null &&
        section.childElementCount > 0 &&
        Math.abs(section.getBoundingClientRect().top) < 20
      );
    },
    { timeout: 15_000 },
    route.slice(1),
  );
  await settle();
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

/**
 * What the `pre` blocks under `inside` show at each section, reached one after another by its hash
 * route (the page renders lazily: a section's panels exist once its route is visited). One round trip.
 */
async function shownAt(sections: string[], inside: string): Promise<string[]> {
  return tab.evaluate(
    async (sections, inside) => {
      const shown: string[] = [];
      for (const section of sections) {
        window.location.hash = `#${section}`;
        const selector = `[data-section-id="${section}"] ${inside}`;
        const deadline = Date.now() + 15_000;
        while (!document.querySelector(selector)) {
          if (Date.now() > deadline) throw new Error(`${section} shows no ${inside}`);
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        shown.push([...document.querySelectorAll(selector)].map((pre) => pre.textContent ?? "").join("\n"));
      }
      return shown;
    },
    sections,
    inside,
  );
}

/** The sample source each operation's panel shows. */
const shownSamples = (ops: { tag: string; operationId: string }[]) =>
  shownAt(
    ops.map(({ tag, operationId }) => `/${slug(tag)}/${operationId.toLowerCase()}`),
    ".panel-request-samples pre",
  );

const LANGUAGES = ["TypeScript SDK", "curl", "kontext CLI"];

/** Picks a code-sample language in an operation's selector (the choice applies to every operation). */
async function chooseLanguage(tab: Page, tag: string, operationId: string, wanted: string): Promise<void> {
  const section = `[data-section-id="/${slug(tag)}/${operationId.toLowerCase()}"] .panel-request-samples`;
  const buttons = await tab.$$(`${section} button[aria-haspopup]`);
  const labels = await Promise.all(buttons.map((b) => b.evaluate((e) => e.textContent?.trim() ?? "")));
  const button = buttons[labels.findIndex((l) => LANGUAGES.includes(l))];
  if (!button) throw new Error(`${operationId} has no code-sample language selector (buttons: ${labels.join(", ")})`);
  const before = await tab.evaluate(
    (section) => [...document.querySelectorAll(`${section} pre`)].map((pre) => pre.textContent).join("\n"),
    section,
  );
  await button.click();
  const items = await tab.$$('li[role="menuitem"]');
  const texts = await Promise.all(items.map((i) => i.evaluate((e) => e.textContent?.trim() ?? "")));
  const item = items[texts.indexOf(wanted)];
  if (!item) throw new Error(`the language selector offers ${texts.join(", ")}, not "${wanted}"`);
  await item.click();
  // The label changes first; the sample under it is drawn in a later frame, so wait for both.
  await tab.waitForFunction(
    (selector, label, before) =>
      [...document.querySelectorAll(`${selector} button`)].some((b) => b.textContent?.trim() === label) &&
      [...document.querySelectorAll(`${selector} pre`)].map((pre) => pre.textContent).join("\n") !== before,
    { timeout: 10_000 },
    section,
    wanted,
    before,
  );
}

describe("the API reference page in Chromium", () => {
  it("renders the overview with every tag in the navigation, without script errors", async () => {
    await go("#/");
    const shown = await text(tab);
    expect(shown).toContain("Kontext Management API");
    const tags = [...operationsByTag().keys(), "Schemas"];
    expect(tags.length).toBeGreaterThan(3);
    for (const tag of tags) expect(shown, `tag ${tag}`).toContain(tag);
    expect(errors).toEqual([]);
  });

  it("renders every operation of every tag, each with a TypeScript SDK sample, a curl sample and the CLI", async () => {
    const missing: string[] = [];
    for (const [tag, ops] of operationsByTag()) {
      await go(`#/${slug(tag)}`);
      const shown = await text(tab);
      for (const { summary } of ops) if (!shown.includes(summary)) missing.push(`${tag}: ${summary}`);
    }
    expect(missing).toEqual([]);

    // Each operation shows its SDK call first, then (one choice, made at the first operation, for the
    // whole page) curl and the CLI.
    const all = [...operationsByTag()].flatMap(([tag, ops]) => ops.map((op) => ({ tag, ...op })));
    const shownTs = await shownSamples(all);
    for (const [i, { operationId, op }] of all.entries()) {
      const ts = op["x-codeSamples"]?.find((s) => s.label === "TypeScript SDK")?.source ?? "";
      const call = ts.split("\n").find((l) => l.includes("await client."));
      expect(call, `${operationId} has a TypeScript SDK sample`).toBeTruthy();
      expect(shownTs[i], `${operationId} shows its SDK call`).toContain(call);
    }
    const first = all.slice(0, 1);
    const choose = async (language: string) => {
      await shownSamples(first);
      await chooseLanguage(tab, first[0]?.tag ?? "", first[0]?.operationId ?? "", language);
    };
    await choose("curl");
    for (const [i, shown] of (await shownSamples(all)).entries()) {
      expect(shown, `${all[i]?.operationId} shows curl`).toMatch(/^curl /);
    }
    const cli = all.filter(({ op }) => op["x-codeSamples"]?.some((s) => s.label === "kontext CLI"));
    expect(cli.length).toBeGreaterThan(0);
    await choose("kontext CLI");
    for (const [i, shown] of (await shownSamples(cli)).entries()) {
      expect(shown, `${cli[i]?.operationId} shows the CLI`).toContain("kontext ");
    }
    await choose("TypeScript SDK");
  }, 120_000);

  it("links only within the page or relatively: sidebar entries are hash routes, none site-absolute", async () => {
    await go("#/applications");
    const hrefs = await tab.evaluate(() =>
      [...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href") ?? ""),
    );
    expect(hrefs.filter((h) => h.startsWith("/"))).toEqual([]);
    const sidebar = hrefs.filter((h) => h.startsWith("#/"));
    for (const tag of [...operationsByTag().keys(), "Schemas"]) expect(sidebar).toContain(`#/${slug(tag)}`);
    expect(sidebar).toContain(LANDING);
    // The page was first opened at a sidebar link's href alone (as a new tab would): it landed on that operation.
    expect(landed.text).toContain("Get an application");
    expect(landed.section).toBe(true);
  });

  it("offers the spec for download beside the page, and a schemas section", async () => {
    await go("#/");
    const download = await tab.evaluate(() =>
      [...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")).filter((h) => h === "openapi.json"),
    );
    expect(download.length).toBeGreaterThan(0);
    await go("#/schemas");
    expect((JSON.parse(readFileSync(join(root, "docs/openapi.json"), "utf8")) as { openapi: string }).openapi).toBe(
      "3.1.0",
    );
    const shown = await text(tab);
    for (const name of ["Application", "Integration", "ServiceAccount", "IntegrationValidationStatus"]) {
      expect(shown, `schema ${name}`).toContain(name);
    }
  });

  it('shows every schema with a realistic example: no "string" placeholders, no invented ids, dates or keys', async () => {
    await go("#/schemas");
    const routes = await tab.evaluate(() => [
      ...new Set(
        [...document.querySelectorAll('a[href^="#/schemas/"]')]
          .map((a) => a.getAttribute("href") ?? "")
          .filter((h) => /^#\/schemas\/[^/#]+$/.test(h)),
      ),
    ]);
    expect(routes).toHaveLength(Object.keys(spec.components.schemas).length);
    const shown = await shownAt(
      routes.map((r) => r.slice(1)),
      "pre",
    );
    // What Redocly's sampler writes where the spec gives no example: "string", its fixed date and uuid,
    // "property1" for open objects, example.com for a URI.
    const placeholder = /"string"|2019-08-24|497f6eca-6276-4993-bfeb-53cbbbba6f08|"property1"|"http:\/\/example\.com"/;
    const placeholders = routes.filter((_, i) => placeholder.test(shown[i] ?? ""));
    expect(placeholders).toEqual([]);
    expect(shown.join("\n")).toContain('"createdAt": "2026-');
  });

  it("shows server descriptions as plain text and keeps the mock's path layout out of the API text", async () => {
    await go("#/");
    const shown = await text(tab);
    for (const server of spec.servers) {
      expect(server.description).not.toMatch(/`/);
      expect(shown).toContain(server.description);
    }
    expect(shown).not.toContain("Layout of this document");
  });

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

    await go("#/");
    await tab.keyboard.down("Control");
    await tab.keyboard.press("k");
    await tab.keyboard.up("Control");
    await tab.keyboard.type("Service account tokens");
    // biome-ignore lint/performance/useDomNodeTextContent: the search results as laid out
    await tab.waitForFunction(() => /Service account tokens need/.test(document.body.innerText), { timeout: 15_000 });
    expect(await text(tab)).not.toMatch(/accounttokens|account tokensneed/);
    // Close the search dialog: the tests after this one read the page behind it.
    await tab.keyboard.press("Escape");
    // biome-ignore lint/performance/useDomNodeTextContent: the search results as laid out
    await tab.waitForFunction(() => !/Service account tokens need/.test(document.body.innerText), { timeout: 15_000 });
  });

  it("names the spec's version in the title, and has an error-code page and the API changelog", async () => {
    const version = (spec as unknown as { info: { version: string } }).info.version;
    await go("#/error-codes");
    expect(await tab.title()).toBe(`Kontext Management API ${version}`);
    const shown = await text(tab);
    const codes = new Set(
      [...readFileSync(join(root, "src/errors.ts"), "utf8").matchAll(/"(kontext_[a-z_]+)"/g)].map((m) => m[1] ?? ""),
    );
    expect(codes.size).toBeGreaterThan(5);
    for (const code of codes) expect(shown, code).toContain(code);
    await go("#/changelog");
    const changelog = await text(tab);
    expect(changelog).toContain(`[${version}]`);
    expect(changelog).toContain("Breaking");
  });

  it("shows code samples whole at 1400 px: no sample runs past its panel's right edge", async () => {
    await go("#/applications/createapplication");
    await tab.waitForSelector(".panel-request-samples pre", { timeout: 15_000 });
    const clipped = await tab.$$eval(".panel-request-samples pre", (pres) =>
      pres.filter((pre) => pre.scrollWidth > pre.clientWidth + 1).map((pre) => (pre.textContent ?? "").slice(0, 60)),
    );
    expect(clipped).toEqual([]);
  });

  it("paints the page (screenshot in .tmp/docs.png)", async () => {
    rmSync(screenshot, { force: true });
    await go("#/");
    await tab.evaluate(() => window.scrollTo(0, 0));
    await settle();
    await tab.screenshot({ path: screenshot as `${string}.png`, fullPage: false });
    const png = readFileSync(screenshot);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    // A blank 1400x1000 page compresses to a few kB; the rendered reference is far larger.
    expect(statSync(screenshot).size).toBeGreaterThan(50_000);
  });

  it("asks for nothing but file:, data: and blob: URLs and links nothing site-absolute, on any route, scrolled to the end", async () => {
    for (const route of ["#/", ...[...operationsByTag().keys(), "Schemas"].map((t) => `#/${slug(t)}`)]) {
      await go(route);
      await tab.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await tab.waitForNetworkIdle({ idleTime: 300, timeout: 10_000 });
      expect(errors, route).toEqual([]);
      const absolute = await tab.evaluate(() =>
        [...document.querySelectorAll("a[href]")]
          .map((a) => a.getAttribute("href") ?? "")
          .filter((h) => /^\/(?!\/)/.test(h)),
      );
      expect(absolute, `site-absolute links on ${route}`).toEqual([]);
    }
    // The recorder saw the page's one load and what it asked for since (its inline logo, its blobs).
    expect(requested[0]).toBe(`${page}${LANDING}`);
    expect(requested.length).toBeGreaterThan(1);
    expect(requested.filter((url) => !LOCAL.has(new URL(url).protocol))).toEqual([]);
  }, 60_000);
});
