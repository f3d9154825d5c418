// The code samples of the API reference: written by scripts/samples.mjs from src/operations.ts into
// openapi.yaml (x-codeSamples) together with the README's method table, so neither can drift; every
// TypeScript sample type-checks strictly against the SDK, and runs against the Prism mock to the
// answer the spec documents.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { expected, loadSpec, samplesFor } from "../../scripts/samples.mjs";
import { OPERATIONS } from "../../src/operations.js";
import { example, operation, operations } from "../mock/spec.js";
import { root } from "./constraints.js";

interface Sample {
  lang: string;
  label: string;
  source: string;
}

const prismUrl = inject("prismUrl");
const dir = join(root, ".tmp/samples");
const samples = samplesFor(loadSpec(), OPERATIONS) as Record<string, Sample[]>;
const committed = operations.map((op) => ({ op, samples: committedSamples(op.operationId) }));

function committedSamples(operationId: string): Sample[] {
  const raw = readFileSync(join(root, "openapi.yaml"), "utf8");
  const start = raw.indexOf(`      operationId: ${operationId}\n      x-codeSamples:\n`);
  if (start < 0) return [];
  const found = samples[operationId] ?? [];
  // The committed block must be exactly what the generator writes for this operation.
  const block = found
    .map(
      (s) =>
        `        - lang: ${s.lang}\n          label: ${s.label}\n          source: |\n${s.source
          .split("\n")
          .map((l) => (l ? `            ${l}` : ""))
          .join("\n")}\n`,
    )
    .join("");
  return raw.slice(start).includes(block) ? found : [];
}

const tsSource = (operationId: string) => samples[operationId]?.find((s) => s.label === "TypeScript SDK")?.source ?? "";

beforeAll(() => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("x-codeSamples", () => {
  test("openapi.yaml and the README method table are what scripts/samples.mjs writes (npm run samples)", async () => {
    const { yaml, readme } = await expected();
    expect(readFileSync(join(root, "openapi.yaml"), "utf8") === yaml, "openapi.yaml drifted").toBe(true);
    expect(readFileSync(join(root, "README.md"), "utf8") === readme, "README.md drifted").toBe(true);
  });

  test.each(committed.map(({ op, samples }) => [op.operationId, samples] as const))(
    "%s carries a TypeScript SDK sample, a curl sample and, for a namespace method, the CLI",
    (operationId, found) => {
      const labels = found.map((s) => s.label);
      const [canonical] = OPERATIONS[operationId as keyof typeof OPERATIONS];
      expect(labels).toEqual(
        canonical.includes(".") ? ["TypeScript SDK", "curl", "kontext CLI"] : ["TypeScript SDK", "curl"],
      );
      const op = operation(operationId);
      const ts = found[0]?.source ?? "";
      expect(ts).toContain(`await client.${canonical}(`);
      // Path ids are the method's leading arguments, in the order of the path template.
      const ids = [...op.path.matchAll(/\{(\w+)\}/g)].length;
      const call = ts.slice(ts.indexOf(`client.${canonical}(`));
      const args = [...call.matchAll(/"([0-9a-f-]{32,36})"/g)].map((m) => m[1]);
      expect(args.length).toBeGreaterThanOrEqual(ids);
      const curl = found[1]?.source ?? "";
      const url = op.path.replace(/\{\w+\}/g, () => args.shift() ?? "");
      expect(curl).toContain(`${op.method === "GET" ? "curl" : `curl -X ${op.method}`} `);
      expect(curl).toContain(`https://api.kontext.security${url}`);
      if (canonical.includes(".")) {
        const [ns, method] = canonical.split(".") as [string, string];
        const kebab = (s: string) =>
          s
            .replace(/OAuth/g, "Oauth")
            .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
            .toLowerCase();
        expect(found[2]?.source).toContain(`kontext ${kebab(ns)} ${kebab(method)}`);
      }
    },
  );
});

describe("the TypeScript samples", () => {
  const config = ts.readConfigFile(join(root, "tsconfig.json"), ts.sys.readFile);
  const options = { ...ts.parseJsonConfigFileContent(config.config, ts.sys, root).options, noEmit: true };
  // One host for both compiles: the library and src files are parsed once; the second compile reuses them.
  const host = ts.createCompilerHost(options);
  const parsed = new Map<string, ts.SourceFile | undefined>();
  const readSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, languageVersion, onError) => {
    if (name.startsWith(dir)) return readSourceFile(name, languageVersion, onError);
    if (!parsed.has(name)) parsed.set(name, readSourceFile(name, languageVersion, onError));
    return parsed.get(name);
  };
  let previous: ts.Program | undefined;

  /**
   * Type-checks files with the repository's compiler options (strict; the package name maps to src/);
   * answers the errors of the whole program, or with `only`, of those files alone.
   */
  function typeErrors(files: Record<string, string>, { only = false } = {}): string[] {
    const names = Object.entries(files).map(([name, source]) => {
      const file = join(dir, `${name}.ts`);
      writeFileSync(file, source);
      return file;
    });
    const program = ts.createProgram({ rootNames: names, options, host, ...(previous && { oldProgram: previous }) });
    previous = program;
    const diagnostics = only
      ? names.flatMap((name) => ts.getPreEmitDiagnostics(program, program.getSourceFile(name)))
      : ts.getPreEmitDiagnostics(program);
    return diagnostics.map(
      (d) => `${d.file?.fileName.slice(root.length) ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`,
    );
  }

  test("type-check strictly against the SDK with zero errors, and a wrong one would not", () => {
    const files = Object.fromEntries(operations.map((op) => [op.operationId, tsSource(op.operationId)]));
    expect(Object.values(files).every((s) => s.length > 0)).toBe(true);
    expect(typeErrors(files)).toEqual([]);
    const wrong = tsSource("getApplication").replace(/get\("[^"]+"\)/, "get(42)");
    expect(typeErrors({ wrong }, { only: true }).join("\n")).toMatch(
      /number.*not assignable to parameter of type 'string'/,
    );
  }, 120_000);

  /** The sample made runnable against the mock: the SDK from src/, the mock's URL, what it prints kept. */
  function runnable(source: string): string {
    const names = /const \{ ([\w, ]+) \} = await/.exec(source)?.[1] ?? /const (\w+) = await/.exec(source)?.[1] ?? "";
    return [
      "export const printed: unknown[] = [];",
      source
        .replace('from "@kontext-dev/js-sdk/management"', `from ${JSON.stringify(join(root, "src/management.ts"))}`)
        .replace('baseUrl: "https://api.kontext.security"', `baseUrl: ${JSON.stringify(prismUrl)}`)
        .replace(/console\.log\(/g, "printed.push("),
      names ? `export { ${names} };` : "",
    ].join("\n");
  }

  const env = { KONTEXT_CLIENT_ID: "sa_6ba7b810-9dad-41d1-80b4-00c04fd430c8", KONTEXT_CLIENT_SECRET: "kx_sa_sample" };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  beforeAll(() => Object.assign(process.env, env));
  afterAll(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  test.each(operations.map((op) => [op.operationId, op] as const))(
    "%s runs against the mock and prints the spec's example",
    async (operationId, op) => {
      const file = join(dir, `run-${operationId}.ts`);
      writeFileSync(file, runnable(tsSource(operationId)));
      const module = (await import(file)) as Record<string, unknown> & { printed: unknown[] };
      if (operationId === "requestAccessToken") {
        expect(module.printed).toEqual([]);
        return;
      }
      if (op.successCode === 204) {
        expect(module.printed).toEqual(["done"]);
        return;
      }
      const wire = example(operationId, op.successCode) as Record<string, unknown>;
      const bare = /const (\w+) = await/.exec(tsSource(operationId))?.[1];
      if (Array.isArray(wire) && bare) {
        // A bare array answer (listPolicyRules) is printed whole.
        expect(module[bare]).toStrictEqual(wire);
        expect(module.printed).toEqual([wire]);
        return;
      }
      const names = (/const \{ ([\w, ]+) \} = await/.exec(tsSource(operationId))?.[1] ?? "").split(", ");
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) {
        expect(module[name], name).toStrictEqual(operationId === "getTraceStats" ? wire : wire[name]);
      }
      expect(module.printed).toEqual(names.map((n) => module[n]));
    },
  );
});
