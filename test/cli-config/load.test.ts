// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${env:NAME} is the config file syntax.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { configSchema } from "../../generated/config-schema.js";
import { ConfigFileError, loadConfig } from "../../src/cli/config/load.js";

const problemsOf = (text: string, env: Record<string, string> = {}) => {
  try {
    loadConfig(text, { file: "kontext.yaml", env });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigFileError);
    return (error as ConfigFileError).problems.map((p) => `${p.line}: ${p.path}: ${p.message}`);
  }
  throw new Error("the file was accepted");
};

describe("loadConfig", () => {
  it("reads the issue's example into the desired state", () => {
    const { desired, warnings } = loadConfig(
      `integrations:
  - name: GitHub
    url: https://mcp.github.example/mcp
    authMode: oauth
applications:
  - name: Support Copilot
    description: Answers tickets
    oauth: { type: confidential, redirectUris: ["https://app.example/callback"] }
    integrations: [GitHub]
serviceAccounts:
  - name: CI Pipeline
    description: Used by the deploy workflow
`,
    );
    expect(warnings).toEqual([]);
    expect(desired.integrations).toEqual([
      { name: "GitHub", url: "https://mcp.github.example/mcp", authMode: "oauth" },
    ]);
    expect(desired.applications[0]).toEqual({
      name: "Support Copilot",
      description: "Answers tickets",
      oauth: { type: "confidential", redirectUris: ["https://app.example/callback"] },
      integrations: ["GitHub"],
    });
    expect(desired.serviceAccounts).toEqual([{ name: "CI Pipeline", description: "Used by the deploy workflow" }]);
  });

  it("accepts JSON", () => {
    const { desired } = loadConfig(JSON.stringify({ serviceAccounts: [{ name: "CI" }] }), { file: "kontext.json" });
    expect(desired.serviceAccounts).toEqual([{ name: "CI" }]);
  });

  it("reports the line and path of every problem at once", () => {
    expect(
      problemsOf(`integrations:
  - name: GitHub
    url: not a url
applications:
  - name: A
    oauth: { type: confidentia, redirectUris: [] }
    integrations: [GitHub, Slack]
    colour: red
  - description: no name
    oauth: { type: public, redirectUris: [] }
serviceAccounts:
  - name: CI
  - name: CI
`),
    ).toEqual([
      '3: integrations[0].url: must be an absolute URI (got "not a url")',
      '6: applications[0].oauth.type: must be one of "public", "confidential" (got "confidentia")',
      '7: applications[0].integrations[1]: integration "Slack" is not declared under integrations',
      '8: applications[0].colour: unknown field "colour" (known: name, description, oauth, integrations)',
      "9: applications[1]: needs name",
      '13: serviceAccounts[1].name: "CI" is already used by serviceAccounts[0]: names are unique per kind',
    ]);
  });

  it("refuses YAML that does not parse, with its line", () => {
    const [problem] = problemsOf("applications:\n  - name: A\n    oauth: [unclosed\n");
    expect(problem).toMatch(/^\d+: : /);
    expect(problemsOf("a: 1\na: 2\n")[0]).toMatch(/^2: .*[Dd]uplicate|^2: .*unique/);
  });

  it("substitutes ${env:NAME}, and refuses an unset variable outside a write-only field", () => {
    const text = `integrations:
  - name: Internal
    url: \${env:MCP_URL}/mcp
    authMode: server_token
    serverToken: \${env:TOKEN}
`;
    const { desired, warnings } = loadConfig(text, {
      env: { MCP_URL: "https://mcp.internal.example", TOKEN: "s3cret" },
    });
    expect(desired.integrations[0]).toMatchObject({ url: "https://mcp.internal.example/mcp", serverToken: "s3cret" });
    expect(warnings).toEqual([]);
    expect(problemsOf(text, { TOKEN: "x" })).toEqual([
      "3: integrations[0].url: environment variable MCP_URL is not set",
    ]);
  });

  it("keeps $${env:NAME} as a literal ${env:NAME}, and other ${…} text as written (docs/config.md)", () => {
    const { desired } = loadConfig(
      "integrations:\n  - name: $${env:HOME} and ${x} and $${x}\n    url: https://t.example\n",
      { env: { HOME: "/root" } },
    );
    expect(desired.integrations[0]?.name).toBe("${env:HOME} and ${x} and $${x}");
  });

  it("warns about a literal secret, and leaves out a write-only field whose variable is unset", () => {
    const literal = loadConfig(
      "integrations:\n  - name: T\n    url: https://t.example\n    authMode: server_token\n    serverToken: hunter2\n",
    );
    expect(literal.warnings).toEqual([
      "kontext.yaml:5: integrations[0].serverToken: a literal secret in the file: use ${env:NAME} and keep the value out of the repository",
    ]);
    expect(literal.warnings.join()).not.toContain("hunter2");
    const unset = loadConfig(
      "integrations:\n  - name: T\n    url: https://t.example\n    authMode: server_token\n    serverToken: ${env:T_TOKEN}\n",
    );
    expect(unset.desired.integrations[0]).not.toHaveProperty("serverToken");
    expect(unset.desired.unset).toEqual([
      { kind: "integration", name: "T", field: "serverToken", variable: "T_TOKEN" },
    ]);
    expect(unset.warnings[0]).toMatch(/^kontext.yaml:5: integrations\[0\].serverToken: T_TOKEN is not set/);
  });

  it("reports an unknown top-level key on the line of the key", () => {
    const text = "serviceAccounts:\n  - name: CI\n\n# applications below\naplications:\n  - name: A\n";
    expect(problemsOf(text)).toEqual([
      '5: aplications: unknown field "aplications" (known: $schema, integrations, applications, serviceAccounts)',
    ]);
  });

  it("reports each problem once: a bad authMode is one problem, not one per allowed shape", () => {
    expect(problemsOf("integrations:\n  - name: T\n    url: https://t.example\n    authMode: magic\n")).toEqual([
      '4: integrations[0].authMode: must be one of "none", "oauth", "user_token", "server_token" (got "magic")',
    ]);
  });

  it("requires serverToken for authMode server_token, as the spec's titled variants do", () => {
    expect(problemsOf("integrations:\n  - name: T\n    url: https://t.example\n    authMode: server_token\n")).toEqual([
      "2: integrations[0]: needs serverToken",
    ]);
  });
});

describe("kontext.schema.json", () => {
  it("is the schema the CLI validates with, derived from the spec's input schemas", () => {
    const shipped = JSON.parse(readFileSync(new URL("../../kontext.schema.json", import.meta.url), "utf8"));
    expect(shipped).toEqual(configSchema);
    expect(shipped.$defs.Integration.properties.serverToken).toMatchObject({
      writeOnly: true,
      "x-kontext-compared": false,
    });
    expect(Object.keys(shipped.$defs.Application.properties)).toEqual(["name", "description", "oauth", "integrations"]);
    expect(shipped.$defs.CreateApplicationOAuthInput.properties.type).toEqual({ $ref: "#/$defs/ApplicationOAuthType" });
    expect(shipped.$defs.ApplicationOAuthType.enum).toEqual(["public", "confidential"]);
  });
});
