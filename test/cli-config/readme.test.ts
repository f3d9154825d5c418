// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the workflow holds ${{ }} expressions.
// docs/config.md, the configuration-as-code guide: its kontext.yaml is applied to the sandbox, and its
// GitHub Actions workflow's plan step and comment script run as written (npx kontext → the built bin).
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { assertBuilt, root } from "../package/built.js";
import { file, type Harness, kontext, startHarness } from "./harness.js";

const guide = readFileSync(join(root, "docs/config.md"), "utf8");
const [example, workflow] = [...guide.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");

let h: Harness;
beforeAll(async () => {
  assertBuilt();
  h = await startHarness();
});
afterAll(async () => {
  // Every answer the bin saw kept to openapi.yaml.
  expect(h.sandbox.violations).toEqual([]);
  await h.close();
});

interface Step {
  id?: string;
  run?: string;
  uses?: string;
  with?: { script?: string };
}

describe("docs/config.md", () => {
  it("its kontext.yaml applies to an empty organization, and plans no changes after", async () => {
    const env = { INTERNAL_SERVER_TOKEN: "readme-token-77" };
    const path = file(h, "readme.yaml", example ?? "");
    const applied = await kontext(h, ["apply", "-f", path, "--auto-approve", "--secrets-out", `${h.dir}/r.json`], {
      env,
    });
    expect(applied.stderr).toBe("");
    expect(applied.code).toBe(0);
    expect((await kontext(h, ["plan", "-f", path, "--detailed-exitcode"], { env })).code).toBe(0);
  });

  it("its workflow plans on pull requests into a comment, and applies on push", async () => {
    h.sandbox.reset();
    const flow = parse(workflow ?? "") as { jobs: Record<string, { if: string; steps: Step[] }> };
    expect(flow.jobs.plan?.if).toBe("github.event_name == 'pull_request'");
    expect(flow.jobs.apply?.if).toBe("github.event_name == 'push'");
    const apply = flow.jobs.apply?.steps.find((s) => s.run?.includes("kontext apply"));
    expect(apply?.run).toContain("--auto-approve --secrets-out");

    const steps = flow.jobs.plan?.steps ?? [];
    const plan = steps.find((s) => s.id === "plan")?.run ?? "";
    file(h, "kontext.yaml", example ?? "");
    const outputs = file(h, "github-output", "");
    const bin = `${process.execPath} ${join(root, "dist/src/cli/bin.js")}`;
    await promisify(execFile)("bash", ["-e", "-c", plan.replaceAll("npx kontext", bin)], {
      cwd: h.dir,
      env: {
        PATH: process.env.PATH ?? "",
        GITHUB_OUTPUT: outputs,
        KONTEXT_BASE_URL: h.url,
        KONTEXT_CLIENT_ID: h.sandbox.credentials.clientId,
        KONTEXT_CLIENT_SECRET: h.sandbox.credentials.clientSecret,
        INTERNAL_SERVER_TOKEN: "readme-token-77",
      },
    });
    expect(readFileSync(outputs, "utf8")).toBe("exitcode=2\n");

    const script = steps.find((s) => s.uses?.startsWith("actions/github-script"))?.with?.script ?? "";
    const comments: { issue_number: number; body: string }[] = [];
    const github = { rest: { issues: { createComment: async (c: (typeof comments)[number]) => comments.push(c) } } };
    const context = { repo: { owner: "o", repo: "r" }, issue: { number: 7 } };
    // The script runs in the job's directory: its relative plan.txt is read from there.
    const fs = { readFileSync: (path: string, encoding: "utf8") => readFileSync(join(h.dir, path), encoding) };
    const load = (name: string) => (name === "fs" ? fs : undefined);
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
    const env = { env: { EXITCODE: "2" } };
    await new AsyncFunction("github", "context", "require", "process", script)(github, context, load, env);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.issue_number).toBe(7);
    expect(comments[0]?.body).toMatch(/^### kontext plan: changes pending\n\n```diff\n\+ create integration "GitHub"/);
    expect(comments[0]?.body).not.toContain("readme-token-77");
  });
});
