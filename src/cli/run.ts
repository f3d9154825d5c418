/**
 * `kontext <namespace> <method> [ids…] [flags]`: finds the command in the table, parses its
 * arguments (./parse.ts), calls the client method, and writes the answer (./output.ts), or the
 * request it would send (./dry-run.ts).
 * @module
 */
import type { KontextManagementClient } from "../management.js";
import type { CommandSpec } from "./commands.js";
import { type CliContext, CONFIG_COMMANDS, EXIT, type OutputFormat, UsageError } from "./context.js";
import { dryRun } from "./dry-run.js";
import { commandHelp, namespaceHelp } from "./help.js";
import { readInput } from "./input.js";
import { maskSecrets, render, secretPaths, streamAll, write } from "./output.js";
import { type ParsedCommand, parseCommand } from "./parse.js";
import { table } from "./table.js";

type Method = (...args: unknown[]) => unknown;

/** The client method of `command`, called with the parsed ids and body or query. */
function call(client: KontextManagementClient, command: CommandSpec, parsed: ParsedCommand): unknown {
  const namespace = client[command.clientNamespace] as unknown as Record<string, Method>;
  const method = namespace[command.method];
  if (typeof method !== "function") throw new Error(`client.${command.clientNamespace}.${command.method} is missing`);
  const args: unknown[] = [...parsed.ids];
  if (command.body) args.push(parsed.body);
  else if (command.flags.some((f) => f.in === "query")) args.push(parsed.query);
  return method.apply(namespace, args);
}

/** Runs `kontext <namespace> …`. */
export async function runNamespace(ctx: CliContext, name: string): Promise<number> {
  const { namespaces } = table();
  const ns = namespaces.get(name);
  if (!ns) {
    throw new UsageError(
      `unknown command ${JSON.stringify(name)}; commands: ${[...namespaces.keys(), ...CONFIG_COMMANDS].join(", ")}`,
      "kontext --help",
    );
  }
  const [methodName, ...rest] = ctx.argv;
  if (methodName === undefined || methodName === "--help" || methodName === "-h") {
    (methodName === undefined ? ctx.stderr : ctx.stdout).write(namespaceHelp(name));
    return methodName === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = ns.commands.get(methodName);
  if (!command) {
    throw new UsageError(
      `unknown method ${JSON.stringify(methodName)} for ${name}; methods: ${[...ns.commands.keys()].join(", ")}`,
      `kontext ${name} --help`,
    );
  }
  const parsed = await parseCommand(command, rest, async (source) => {
    // `--data '{…}'` is the JSON itself; `@path` and `-` (stdin) are read.
    if (source !== "-" && !source.startsWith("@")) return source;
    return readInput(source === "-" ? "-" : source.slice(1), "--data", ctx.stdin);
  });
  if (parsed.help) {
    ctx.stdout.write(commandHelp(command));
    return EXIT.ok;
  }
  const format: OutputFormat = ctx.output ?? (ctx.stdoutIsTTY ? "table" : "json");
  if (parsed.all && ctx.output === "table")
    throw new UsageError("--all streams JSON lines; it does not take --output table");
  if (parsed.dryRun) return dryRun(ctx, command, (client) => call(client, command, parsed), format);

  const pending = call(ctx.client(), command, parsed);
  if (parsed.all) return streamAll(ctx, command, pending);
  let result = await pending;
  const secrets = secretPaths(result);
  if (secrets.length) {
    if (command.newSecret) {
      await write(
        ctx.stderr,
        `kontext: warning: the answer holds a new secret (${secrets.join(", ")}), shown only this once; store it now and keep it out of logs\n`,
      );
    } else {
      result = maskSecrets(result);
      await write(ctx.stderr, `kontext: masked a secret the API returned (${secrets.join(", ")})\n`);
    }
  }
  if (result === undefined && format === "table" && ctx.stderrIsTTY) {
    await write(ctx.stderr, `kontext: ${command.summary.toLowerCase()}: done\n`);
  }
  await write(ctx.stdout, render(result, format, ctx.stdoutIsTTY ? ctx.columns : undefined));
  return EXIT.ok;
}
