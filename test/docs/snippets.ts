// What the guide tests share: a guide's fenced blocks with their sections, and a TypeScript
// snippet type-checked strictly against the built package, then run as written with node.
import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";
import { root } from "../package/built.js";

const exec = promisify(execFile);

/** The fenced blocks of one language in a markdown text, in order, each with the `## ` heading above it. */
export function fencedBlocks(markdown: string, lang: string): { section: string; code: string }[] {
  const fence = new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\`$`, "gm");
  const headings = [...markdown.matchAll(/^## (.+)$/gm)];
  return [...markdown.matchAll(fence)].map((m) => ({
    section: headings.filter((h) => (h.index ?? 0) < (m.index ?? 0)).at(-1)?.[1] ?? "",
    code: m[1] as string,
  }));
}

/**
 * Type-checks `snippets` strictly with the repository's tsconfig, as modules in `dir` (a directory
 * inside the repository, so `@kontext-dev/js-sdk/...` resolves to the built package); answers tsc's output.
 */
export async function typecheck(dir: string, snippets: string[]): Promise<string> {
  for (const [i, code] of snippets.entries()) writeFileSync(join(dir, `snippet-${i}.ts`), code);
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      extends: "../../tsconfig.json",
      compilerOptions: { paths: {}, noEmit: true },
      include: ["snippet-*.ts"],
    }),
  );
  const result = await exec(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", dir], {
    timeout: 120_000,
  }).catch((error) => error);
  return `${result.stdout ?? ""}${result.stderr ?? ""}`;
}

/** Bundles one snippet as an ES module in `dir` and runs it with node; answers what it printed. */
export async function runSnippet(
  dir: string,
  name: string,
  code: string,
  env: NodeJS.ProcessEnv,
): Promise<{ stdout: string; stderr: string }> {
  const file = join(dir, `run-${name}.mjs`);
  await build({
    stdin: { contents: code, loader: "ts", resolveDir: dir },
    outfile: file,
    format: "esm",
    platform: "node",
    logLevel: "silent",
  });
  return exec(process.execPath, [file], { cwd: dir, env, timeout: 30_000 });
}
