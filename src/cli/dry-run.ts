/**
 * `--dry-run`: the command's client call runs as usual, and an openapi-fetch middleware records the
 * request and answers it instead of sending it. No token is fetched: a placeholder stands in.
 * @module
 */
import type { Middleware } from "openapi-fetch";
import type { CommandSpec } from "./commands.js";
import { type CliContext, EXIT, type OutputFormat } from "./context.js";
import { maskSecrets, write } from "./output.js";

export interface RecordedRequest {
  method: string;
  url: string;
  body?: unknown;
}

/** Runs `call` on a client that sends nothing, and prints the request it would have sent. */
export async function dryRun(
  ctx: CliContext,
  command: CommandSpec,
  call: (client: ReturnType<CliContext["client"]>) => unknown,
  format: OutputFormat,
): Promise<number> {
  let recorded: RecordedRequest | undefined;
  const recorder: Middleware = {
    async onRequest({ request }) {
      const text = request.body ? await request.clone().text() : "";
      recorded = { method: request.method, url: request.url, ...(text && { body: JSON.parse(text) }) };
      // Answered here, so the request never reaches fetch; what the method makes of it is not used.
      return new Response(null, { status: 204 });
    },
  };
  try {
    await call(ctx.client({ accessToken: "dry-run", maxRetries: 0, middleware: [recorder] }));
  } catch (error) {
    // An error before the request (a bad id) is the user's; one after it comes from the stand-in answer.
    if (!recorded) throw error;
  }
  if (!recorded) throw new Error(`the dry run of ${command.namespace} ${command.name} recorded no request`);
  // The body's secrets (write-only fields such as serverToken) are masked, like everything else printed.
  const request = { ...recorded, ...(recorded.body !== undefined && { body: maskSecrets(recorded.body) }) };
  if (format === "table") {
    const body = request.body === undefined ? "" : `${JSON.stringify(request.body, null, 2)}\n`;
    await write(ctx.stdout, `${request.method} ${request.url}\n${body}`);
  } else {
    await write(
      ctx.stdout,
      format === "json" ? `${JSON.stringify(request, null, 2)}\n` : `${JSON.stringify(request)}\n`,
    );
  }
  if (ctx.stderrIsTTY) await write(ctx.stderr, "kontext: dry run, nothing sent\n");
  return EXIT.ok;
}
