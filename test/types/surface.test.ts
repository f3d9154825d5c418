// Runs the TypeScript compiler over surface.test-d.ts (as `npm run typecheck` does) and proves its
// assertions bite: each `@ts-expect-error` marks a line that is wrong on its own, and a wrong expected
// type in an assertion fails the compile.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, test } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const file = fileURLToPath(new URL("./surface.test-d.ts", import.meta.url));
const source = readFileSync(file, "utf8");

const parsed = ts.getParsedCommandLineOfConfigFile(
  `${root}tsconfig.json`,
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    },
  },
);
if (!parsed) throw new Error("tsconfig.json could not be read");
const options = parsed.options;

// One host for every compile: library and src files are parsed once; only the test file changes.
const host = ts.createCompilerHost(options);
const cache = new Map<string, ts.SourceFile | undefined>();
const readSourceFile = host.getSourceFile.bind(host);
let text = source;
host.getSourceFile = (name, languageVersion, onError) => {
  if (name === file) return ts.createSourceFile(name, text, languageVersion, true);
  if (!cache.has(name)) cache.set(name, readSourceFile(name, languageVersion, onError));
  return cache.get(name);
};
let previous: ts.Program | undefined;

/** Compiles the test file with `replacement` as its text; returns its errors as "line: message". */
function compile(replacement: string): { line: number; message: string }[] {
  text = replacement;
  const program = ts.createProgram({ rootNames: [file], options, host, ...(previous && { oldProgram: previous }) });
  previous = program;
  const sourceFile = program.getSourceFile(file);
  return ts
    .getPreEmitDiagnostics(program, sourceFile)
    .filter((d) => d.category === ts.DiagnosticCategory.Error)
    .map((d) => ({
      line: d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0,
      message: ts.flattenDiagnosticMessageText(d.messageText, "\n"),
    }));
}

const lines = source.split("\n");
const directives = lines.flatMap((l, i) => (/^\s*\/\/ @ts-expect-error\b/.test(l) ? [i + 1] : []));

/** The source with one line replaced; the line must contain `from`. */
function mutate(lineContaining: string, from: string, to: string): { text: string; line: number } {
  const index = lines.findIndex((l) => l.includes(lineContaining));
  if (index < 0 || !lines[index]?.includes(from)) throw new Error(`no line with ${lineContaining} and ${from}`);
  const copy = [...lines];
  copy[index] = (copy[index] as string).replace(from, to);
  return { text: copy.join("\n"), line: index + 1 };
}

describe("the public surface's type tests", { timeout: 120_000 }, () => {
  test("compile cleanly: every assertion holds and every @ts-expect-error is used", () => {
    expect(compile(source)).toEqual([]);
  });

  test("mark wrong calls, one per @ts-expect-error, each wrong on its own line", () => {
    expect(directives.length).toBeGreaterThanOrEqual(8);
    const stripped = lines.map((l) => l.replace(/\/\/ @ts-expect-error\b.*/, "//")).join("\n");
    const errorLines = compile(stripped)
      .map((e) => e.line)
      .sort((a, b) => a - b);
    // Exactly one error on the line right after each directive, and none anywhere else.
    expect(errorLines).toEqual(directives.map((d) => d + 1));
  });

  test("fail when an expected return type is wrong (get resolves to { application }, not { integration })", () => {
    const broken = mutate(
      "expectTypeOf(apps.get).returns.resolves",
      "{ application: Application }",
      "{ application: Integration }",
    );
    expect(compile(broken.text).map((e) => e.line)).toContain(broken.line);
  });

  test("fail when optionality is wrong (serviceAccounts.list's nextCursor is required and nullable)", () => {
    const broken = mutate(
      "expectTypeOf(sas.list).returns.resolves",
      "nextCursor: string | null",
      "nextCursor?: string",
    );
    expect(compile(broken.text).map((e) => e.line)).toContain(broken.line);
  });

  test("fail when archive() is said to resolve to anything but void", () => {
    const broken = mutate(
      "expectTypeOf(apps.archive).returns.resolves.toEqualTypeOf<void>",
      "toEqualTypeOf<void>",
      "toEqualTypeOf<undefined | { application: Application }>",
    );
    expect(compile(broken.text).map((e) => e.line)).toContain(broken.line);
  });
});
