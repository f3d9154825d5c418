// docs/client.md, the client guide, as a user reads it: the first block builds the `client` every
// later block uses; each block type-checks strictly against the built package and runs as written
// against a sandbox, printing what the guide says; the options table matches the options' @default
// tags. A snippet or a default that stops being true fails this file.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Sandbox, startSandbox } from "../../src/sandbox/index.js";
import { assertBuilt, root } from "../package/built.js";
import { fencedBlocks, runSnippet, typecheck } from "./snippets.js";

const guide = readFileSync(join(root, "docs/client.md"), "utf8");
const [prelude, ...snippets] = fencedBlocks(guide, "ts");
/** Each later block as it runs: after the first block, which builds `client`. */
const programs = snippets.map((s) => `${prelude?.code ?? ""}\n${s.code}`);

let temp: string;
const sandboxes: Sandbox[] = [];

beforeAll(() => {
  assertBuilt();
  mkdirSync(join(root, ".tmp"), { recursive: true });
  temp = mkdtempSync(join(root, ".tmp/client-guide-"));
});

afterAll(async () => {
  await Promise.all(sandboxes.map((s) => s.close()));
  if (temp) rmSync(temp, { recursive: true, force: true });
});

/** What each block prints, run against a fresh seeded sandbox, by section and order within it. */
const PRINTS: [section: string, stdout: RegExp][] = [
  ["Configuration", /^\S.*\n$/],
  ["Tokens", /^$/],
  ["Tokens", /^Rotation \d+\n$/],
  ["Errors", /^undefined\n$/],
  ["Pagination", /^\d+ \S+\n(.+\n)+(1\n)+$/],
  ["Retries and timeouts", /^\d+\n$/],
  ["Raw typed access", /^\S.*\n$/],
  ["Middleware", /^GET \/api\/v1\/policy\/settings 200\n$/],
  [
    "Security",
    /^kontext_config_error\n\{"baseUrl":"http:\/\/[^"]+","apiVersion":"v1","auth":"client_credentials"\}\n$/,
  ],
];

describe("docs/client.md's TypeScript blocks", () => {
  test("one builds the client, then one or more per section", () => {
    expect(prelude?.section).toBe("");
    expect(prelude?.code).toContain("new KontextManagementClient(");
    expect(snippets.map((s) => s.section)).toEqual(PRINTS.map(([section]) => section));
  });

  test("type-check, strictly, against the built package", async () => {
    expect(await typecheck(temp, [prelude?.code ?? "", ...programs])).toBe("");
  }, 150_000);

  test.each(PRINTS.map(([section], i) => [section, i] as const))(
    "%s: runs as written against a sandbox and prints what the guide says",
    async (_section, i) => {
      const sandbox = await startSandbox({ seed: true, strict: true });
      sandboxes.push(sandbox);
      const { stdout, stderr } = await runSnippet(temp, String(i), programs[i] ?? "", {
        ...process.env,
        KONTEXT_BASE_URL: sandbox.url,
        KONTEXT_CLIENT_ID: sandbox.credentials.clientId,
        KONTEXT_CLIENT_SECRET: sandbox.credentials.clientSecret,
      });
      expect(stderr).toBe("");
      expect(stdout).toMatch(PRINTS[i]?.[1] ?? /^$/);
      expect(sandbox.violations).toEqual([]);
    },
    60_000,
  );
});

describe("docs/client.md's options table", () => {
  const section = guide.slice(guide.indexOf("## Configuration"), guide.indexOf("## Tokens"));
  // Option | Type | Default | Description, where a Type may hold an escaped pipe.
  const rows = section.split("\n").filter((line) => line.startsWith("| `"));
  const cells = rows.map((line) =>
    line
      .replaceAll("\\|", "/")
      .split("|")
      .map((cell) => cell.trim()),
  );
  const table = new Map(cells.map((c) => [c[1]?.replaceAll("`", ""), c[3]]));
  const source = readFileSync(join(root, "src/options.ts"), "utf8");
  const settings = source.slice(
    source.indexOf("export interface ClientSettings"),
    source.indexOf("/** A client's settings"),
  );
  const documented = [...settings.matchAll(/\/\*\*([\s\S]*?)\*\/\s*(\w+)\?*:/g)].map((m) => ({
    name: m[2] as string,
    default: /@default (.+?)\s*(?:\*\/|$)/m.exec(m[1] as string)?.[1],
  }));

  test("lists every option of the client, and no other", () => {
    expect([...table.keys()].sort()).toEqual([...documented.map((o) => o.name), "accessToken", "credentials"].sort());
  });

  test("gives each option the default its @default tag states", () => {
    const plain = (text: string | undefined) => text?.replaceAll("`", "") || undefined;
    const mismatched = documented.filter(
      (o) => plain(table.get(o.name)) !== (plain(o.default) ?? (o.name === "baseUrl" ? "required" : undefined)),
    );
    expect(mismatched.map((o) => `${o.name}: table ${table.get(o.name)}, @default ${o.default}`)).toEqual([]);
  });
});
