/**
 * `kontext`: the dispatcher. Pulls the global flags out of the arguments (before or after the
 * command), then hands the rest to a namespace command or to `plan` / `apply` / `export`. Modules
 * load lazily so that `kontext --version` starts as fast as Node does.
 * @module
 */
import { readFileSync } from "node:fs";
import type { KontextManagementClient } from "../management.js";
import { type CliContext, CONFIG_COMMANDS, type Command, EXIT, type Io, UsageError } from "./context.js";
import { parseGlobals } from "./flags.js";

export type { Io };

/** The package version, read from the package.json beside dist/. */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

/** Runs one command line; resolves to the exit code. */
export async function main(io: Io): Promise<number> {
  let json = false;
  try {
    const { globals, rest } = parseGlobals(io.argv);
    json = globals.output === "json";
    const first = rest[0];
    if (first === "--version" || first === "-V") {
      io.stdout.write(`${version()}\n`);
      return EXIT.ok;
    }
    if (first === undefined || first === "--help" || first === "-h" || first === "help") {
      const { topHelp } = await import("./help.js");
      const target = first === undefined ? io.stderr : io.stdout;
      if (first === "help" && rest.length > 1) return await main({ ...io, argv: [...rest.slice(1), "--help"] });
      target.write(topHelp(version()));
      return first === undefined ? EXIT.usage : EXIT.ok;
    }
    if (first.startsWith("-")) throw new UsageError(`unknown flag ${first.replace(/=.*/s, "")}`, "kontext --help");
    const { createClient } = await import("./client.js");
    let client: KontextManagementClient | undefined;
    const ctx: CliContext = {
      ...io,
      argv: rest.slice(1),
      verbose: globals.verbose,
      output: globals.output,
      client(overrides) {
        if (overrides) return createClient(globals, io.env, io.stderr, overrides);
        client ??= createClient(globals, io.env, io.stderr);
        return client;
      },
    };
    if ((CONFIG_COMMANDS as readonly string[]).includes(first)) {
      const config = (await import("./config/index.js")) as unknown as Record<string, Command>;
      return await (config[first] as Command)(ctx);
    }
    const { runNamespace } = await import("./run.js");
    return await runNamespace(ctx, first);
  } catch (error) {
    const { errorFacts, errorLine, exitCodeOf } = await import("./errors.js");
    io.stderr.write(json ? `${JSON.stringify(errorFacts(error))}\n` : `${errorLine(error)}\n`);
    return exitCodeOf(error);
  }
}
