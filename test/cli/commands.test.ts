// Every operation of the spec has its command, every command runs against Prism and prints exactly
// what its SDK method returns, and every command has help generated from the spec.
import { beforeAll, describe, expect, inject, test } from "vitest";
import type { CommandSpec } from "../../src/cli/commands.js";
import { commandLine } from "../../src/cli/parse.js";
import { KontextManagementClient } from "../../src/management.js";
import { CALLS, CREDENTIALS, invoke, type MethodCall, prismClient } from "../mock/calls.js";
import { example, operations } from "../mock/spec.js";
import { assertBinBuilt, builtTable, jsonLines, knownSecrets, kontext, kontextBin, parsed, pool } from "./kontext.js";

const prismUrl = inject("prismUrl");
const env = {
  KONTEXT_BASE_URL: prismUrl,
  KONTEXT_CLIENT_ID: CREDENTIALS.clientId,
  KONTEXT_CLIENT_SECRET: CREDENTIALS.clientSecret,
};

beforeAll(() => {
  assertBinBuilt();
  // The token Prism issues must never be printed.
  const token = example("requestAccessToken", 200) as { access_token: string };
  knownSecrets.add(token.access_token);
});

const table = builtTable();
const commands: CommandSpec[] = [...table.namespaces.values()].flatMap((ns) => [...ns.commands.values()]);

/** The SDK call of test/mock/calls.ts as the CLI spells it: flags (nested ones too) where it has them, --data for the rest. */
function argsOf(command: CommandSpec, call: MethodCall): string[] {
  const ids = call.args.slice(0, command.pathArgs.length);
  const rest = call.args[command.pathArgs.length] as Record<string, unknown> | undefined;
  return commandLine(command, { ids, ...(rest && (command.body ? { body: rest } : { query: rest })) });
}

function callOf(command: CommandSpec): MethodCall {
  const call = CALLS[command.operationId]?.find((c) => c.method === `${command.clientNamespace}.${command.method}`);
  if (!call) throw new Error(`test/mock/calls.ts has no call of ${command.clientNamespace}.${command.method}`);
  return call;
}

describe("the command table", () => {
  test("has a command for every operation of the spec but the token request", () => {
    const covered = new Set(commands.map((c) => c.operationId));
    const missing = operations
      .map((o) => o.operationId)
      .filter((id) => id !== "requestAccessToken" && !covered.has(id));
    expect(missing).toEqual([]);
  });

  test("has a command for every method of every client namespace", () => {
    const client = new KontextManagementClient({ baseUrl: "https://api.kontext.security", accessToken: "t" });
    const missing: string[] = [];
    for (const [name, ns] of table.namespaces) {
      const resource = client[ns.clientNamespace] as object;
      const methods = Object.getOwnPropertyNames(Object.getPrototypeOf(resource)).filter((m) => m !== "constructor");
      for (const method of methods) {
        if (![...ns.commands.values()].some((c) => c.method === method)) missing.push(`${name} ${method}`);
      }
    }
    expect(missing).toEqual([]);
    expect(commands.length).toBeGreaterThanOrEqual(37);
  });

  test("names methods in kebab case, OAuth as one word", () => {
    const names = commands.map((c) => `${c.namespace} ${c.name}`);
    expect(names).toContain("applications get-oauth");
    expect(names).toContain("integrations get-oauth-config");
    expect(names).toContain("applications revoke-all-agent-sessions");
    expect(names).toContain("sessions revoke-all");
    expect(names).toContain("service-accounts rotate-secret");
    expect(names).toContain("traces stats");
  });

  test("makes no secret body field a flag", () => {
    const flags = commands.flatMap((c) => c.flags.map((f) => `${c.namespace} ${c.name} --${f.name}`));
    expect(flags.filter((f) => /secret|token$|server-token|password/.test(f))).toEqual([]);
    const connect = commands.find((c) => c.operationId === "createIntegrationConnection");
    expect(connect?.body?.dataOnly).toContainEqual(expect.objectContaining({ key: "token", secret: true }));
  });
});

describe("every command against Prism", { timeout: 60_000 }, () => {
  test("prints exactly what its SDK method returns (json), exit 0", { timeout: 120_000 }, async () => {
    const client = prismClient(prismUrl);
    const results = await pool(commands, 6, async (command) => {
      const call = callOf(command);
      const args = argsOf(command, call);
      const [run, expected] = await Promise.all([
        kontext([...args, "--output", "json"], { env }),
        invoke(client, call),
      ]);
      return { args, run, expected };
    });
    for (const { args, run, expected } of results) {
      expect(run.stderr === "" || /warning: the answer holds a new secret/.test(run.stderr), run.stderr).toBe(true);
      expect(run.code, `kontext ${args.join(" ")}: ${run.stderr}`).toBe(0);
      if (expected === undefined) expect(run.stdout, args.join(" ")).toBe("");
      else expect(parsed(run), args.join(" ")).toEqual(JSON.parse(JSON.stringify(expected)));
    }
    expect(results.length).toBe(commands.length);
  });

  test("defaults to json when stdout is not a terminal; jsonl prints one item per line", async () => {
    const [plain, lines] = await Promise.all([
      kontextBin(["applications", "list"], { env }),
      kontext(["applications", "list", "-o", "jsonl"], { env }),
    ]);
    const page = parsed(plain) as { items: unknown[]; nextCursor?: string };
    expect(plain.code).toBe(0);
    expect(Array.isArray(page.items)).toBe(true);
    expect(page.nextCursor).toBeTypeOf("string");
    expect(jsonLines(lines)).toEqual(page.items);
  });

  test("table output shows a list as columns and a resource as field lines", async () => {
    const [list, one] = await Promise.all([
      kontext(["applications", "list", "--output", "table"], { env }),
      kontext(["applications", "get", "550e8400-e29b-41d4-a716-446655440000", "--output", "table"], { env }),
    ]);
    expect(list.code).toBe(0);
    const [header, first] = list.stdout.split("\n");
    expect(header).toMatch(/^id\s+name\s+/);
    expect(first).toMatch(/^550e8400-e29b-41d4-a716-446655440000\s+Support Copilot/);
    expect(list.stdout).toMatch(/more: --cursor \S+/);
    expect(one.stdout).toMatch(/^id: 550e8400-e29b-41d4-a716-446655440000$/m);
    expect(one.stdout).toMatch(/^oauth\.type: confidential$/m);
  });

  test("shows a new secret only in the answers that exist to hand it over, with a warning", async () => {
    const [created, rotated, get] = await Promise.all([
      kontext(["service-accounts", "create", "--name", "CI"], { env }),
      kontext(["applications", "rotate-secret", "550e8400-e29b-41d4-a716-446655440000"], { env }),
      kontext(["service-accounts", "get", "33333333-3333-4333-8333-333333333333"], { env }),
    ]);
    const credentials = (parsed(created) as { credentials: { clientSecret: string } }).credentials;
    expect(credentials.clientSecret.length).toBeGreaterThan(8);
    expect(created.stderr).toMatch(/^kontext: warning: the answer holds a new secret \(credentials\.clientSecret\)/);
    expect((parsed(rotated) as { oauth: { clientSecret: string } }).oauth.clientSecret).toBeTypeOf("string");
    expect(rotated.stderr).toMatch(/warning: the answer holds a new secret \(oauth\.clientSecret\)/);
    expect(get.stderr).toBe("");
    expect(get.stdout).not.toContain(credentials.clientSecret);
  });

  test("--all over a single-page list streams its items as JSON lines", async () => {
    const run = await kontext(["events", "list", "--all"], { env });
    expect(run.code).toBe(0);
    const expected = (await prismClient(prismUrl).events.list()).items;
    expect(jsonLines(run)).toEqual(JSON.parse(JSON.stringify(expected)));
  });
});

describe("help", { timeout: 60_000 }, () => {
  test("kontext --help lists the namespaces, the global flags and the exit codes", async () => {
    const run = await kontext(["--help"]);
    expect(run.code).toBe(0);
    for (const name of table.namespaces.keys()) expect(run.stdout).toMatch(new RegExp(`^  ${name} `, "m"));
    for (const flag of ["--base-url", "--client-id", "--client-secret-file", "--output", "--verbose"]) {
      expect(run.stdout).toContain(flag);
    }
    for (const code of [0, 1, 2, 3, 4, 5, 6, 7, 8]) expect(run.stdout).toMatch(new RegExp(`^  ${code}  \\S`, "m"));
    expect(run.stdout).toMatch(/^ {2}4 {2}not found: 404$/m);
  });

  test("kontext <namespace> --help lists each method with its spec summary", async () => {
    const runs = await pool([...table.namespaces], 4, async ([name, ns]) => ({
      ns,
      run: await kontext([name, "--help"]),
    }));
    for (const { ns, run } of runs) {
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(ns.description.split("\n")[0]);
      for (const command of ns.commands.values()) {
        expect(run.stdout).toMatch(new RegExp(`^  ${command.name}\\b.*${command.summary}$`, "m"));
      }
    }
  });

  test("kontext <namespace> <method> --help shows the spec's summary, description, ids and flags", async () => {
    const runs = await pool(commands, 6, async (command) => ({
      command,
      run: await kontext([command.namespace, command.name, "--help"]),
    }));
    for (const { command, run } of runs) {
      const label = `${command.namespace} ${command.name}`;
      expect(run.code, label).toBe(0);
      expect(run.stdout, label).toContain(command.summary);
      expect(run.stdout, label).toContain(command.description.split("\n")[0]);
      expect(run.stdout, label).toContain(`${command.httpMethod} ${command.path}`);
      for (const arg of command.pathArgs) expect(run.stdout, label).toContain(`<${arg.placeholder}>`);
      for (const flag of command.flags) expect(run.stdout, label).toContain(`--${flag.name}`);
      if (command.body) expect(run.stdout, label).toContain("--data <json|@file|->");
    }
  });

  test("--version prints the package version", async () => {
    const { version } = (await import("../../package.json", { with: { type: "json" } })).default;
    const run = await kontextBin(["--version"]);
    expect(run).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });
});
