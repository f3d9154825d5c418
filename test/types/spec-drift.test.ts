// The namespaces are bound to the spec by the compiler: on a scratch copy of the repository, a
// changed success schema or a removed operation in openapi.yaml must make the typecheck fail, in
// src/ or at the method's type test, once the types are generated again.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../..", import.meta.url));
const spec = readFileSync(join(root, "openapi.yaml"), "utf8");
const typeTest = readFileSync(join(root, "test/types/surface.test-d.ts"), "utf8").split("\n");
const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

interface Failure {
  file: string;
  line: number;
  message: string;
}

/** scripts/generate.mjs and the scripts it imports. */
const GENERATOR = ["scripts/generate.mjs", "scripts/sandbox-validators.mjs", "scripts/bundle.mjs"];

/**
 * A compiler host that parses each file outside the scratch copies (the TypeScript library, the
 * declarations under node_modules) once for the three compiles; the copies' own files are read fresh.
 */
const shared = new Map<string, ts.SourceFile | undefined>();
function host(options: ts.CompilerOptions): ts.CompilerHost {
  const base = ts.createCompilerHost(options);
  const read = base.getSourceFile.bind(base);
  base.getSourceFile = (name, languageVersion, onError) => {
    if (scratch.some((dir) => name.startsWith(`${dir}/`))) return read(name, languageVersion, onError);
    if (!shared.has(name)) shared.set(name, read(name, languageVersion, onError));
    return shared.get(name);
  };
  return base;
}

/** Copies src/, the type test and the generator to a temp dir, writes `yaml` as its spec, generates, compiles. */
async function typecheck(yaml: string): Promise<{ failures: Failure[]; generated: string }> {
  const dir = mkdtempSync(join(tmpdir(), "kontext-drift-"));
  scratch.push(dir);
  // generated/ as committed: the generator rewrites what it derives from openapi.yaml.
  for (const path of ["src", "generated", ...GENERATOR, "test/types/surface.test-d.ts", "tsconfig.json"]) {
    cpSync(join(root, path), join(dir, path), { recursive: true });
  }
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(join(dir, "openapi.yaml"), yaml);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
  const tsconfig = JSON.parse(readFileSync(join(root, "tsconfig.json"), "utf8"));
  tsconfig.include = ["src", "generated", "test/types/surface.test-d.ts"];
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
  await run(process.execPath, ["scripts/generate.mjs"], { cwd: dir });
  const config = ts.getParsedCommandLineOfConfigFile(
    join(dir, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  );
  if (!config) throw new Error(`${dir}/tsconfig.json could not be read`);
  const program = ts.createProgram({
    rootNames: config.fileNames,
    options: config.options,
    host: host(config.options),
  });
  const failures = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.category === ts.DiagnosticCategory.Error)
    .map((d) => ({
      file: d.file ? relative(dir, d.file.fileName) : "",
      line: d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0,
      message: ts.flattenDiagnosticMessageText(d.messageText, "\n"),
    }));
  return { failures, generated: readFileSync(join(dir, "generated/openapi.ts"), "utf8") };
}

/** The spec with `from` replaced by `to` in the lines of one operation. */
function editOperation(operationId: string, edit: (lines: string[]) => string[]): string {
  const lines = spec.split("\n");
  const at = lines.findIndex((l) => l.trim() === `operationId: ${operationId}`);
  // The operation is the method key above its operationId, down to the next key as shallow.
  let start = at;
  while (start > 0 && !/^ {4}(get|post|put|patch|delete):\s*$/.test(lines[start] as string)) start--;
  let end = at + 1;
  while (end < lines.length && !/^ {0,4}\S/.test(lines[end] as string)) end++;
  if (at < 0) throw new Error(`openapi.yaml has no operation ${operationId}`);
  return [...lines.slice(0, start), ...edit(lines.slice(start, end)), ...lines.slice(end)].join("\n");
}

const lineOf = (text: string) => typeTest.findIndex((l) => l.includes(text)) + 1;

const swapped = editOperation("getApplication", (op) => {
  const i = op.findIndex((l) => l.includes("$ref: '#/components/schemas/ApplicationResponse'"));
  if (i < 0) throw new Error("getApplication's 200 schema is not ApplicationResponse");
  return op.map((l, j) => (j === i ? l.replace("ApplicationResponse", "IntegrationResponse") : l));
});
const removed = editOperation("archiveApplication", () => []);
// The three compiles run side by side; each test awaits its own.
let results: Promise<Awaited<ReturnType<typeof typecheck>>[]>;
beforeAll(() => {
  results = Promise.all([typecheck(spec), typecheck(swapped), typecheck(removed)]);
  results.catch(() => {});
});

describe("the spec drives the namespaces' types", () => {
  test("the unchanged spec compiles without errors on the scratch copy", { timeout: 300_000 }, async () => {
    const [{ failures }] = (await results) as [Awaited<ReturnType<typeof typecheck>>];
    expect(failures).toEqual([]);
  });

  test("getApplication answering IntegrationResponse breaks applications.get's type test", {
    timeout: 120_000,
  }, async () => {
    const { failures, generated } = (await results)[1] as Awaited<ReturnType<typeof typecheck>>;
    // The generated operation now answers an integration.
    expect(generated).toMatch(/getApplication: \{[\s\S]*?IntegrationResponse/);
    expect(failures.length).toBeGreaterThan(0);
    for (const f of failures) expect(f.file.startsWith("src/") || f.file === "test/types/surface.test-d.ts").toBe(true);
    expect(failures.map((f) => f.line)).toContain(lineOf("expectTypeOf(apps.get).returns.resolves"));
  });

  test("removing archiveApplication breaks the method that called it, in src/", { timeout: 300_000 }, async () => {
    const { failures, generated } = (await results)[2] as Awaited<ReturnType<typeof typecheck>>;
    expect(generated).not.toContain("archiveApplication");
    const archive = readFileSync(join(root, "src/resources/applications.ts"), "utf8")
      .split("\n")
      .findIndex((l) => l.includes('DELETE("/api/v1/applications/{id}"'));
    expect(failures).toContainEqual(
      expect.objectContaining({ file: "src/resources/applications.ts", line: archive + 1 }),
    );
  });
});
