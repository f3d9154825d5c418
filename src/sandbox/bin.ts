#!/usr/bin/env node
/// <reference types="node" />
// kontext-sandbox [--port N] [--seed [N]] [--token-ttl SECONDS]: a sandbox until SIGINT or SIGTERM.
import { parseArgs } from "node:util";
import { startSandbox } from "./node.js";

const USAGE = "usage: kontext-sandbox [--port N] [--seed [N]] [--token-ttl SECONDS]\n";

function usage(message: string): never {
  process.stderr.write(`kontext-sandbox: ${message}\n${USAGE}`);
  process.exit(2);
}

function parse() {
  // `--seed` takes an optional number: a following bare number is its value, so it is read from tokens.
  const { values, tokens } = parseArgs({
    options: {
      port: { type: "string", short: "p" },
      seed: { type: "boolean" },
      "token-ttl": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
    tokens: true,
  });
  let seed: boolean | number = values.seed === true;
  for (const [i, token] of tokens.entries()) {
    if (token.kind !== "positional") continue;
    const before = tokens[i - 1];
    if (before?.kind === "option" && before.name === "seed" && /^\d+$/.test(token.value)) seed = Number(token.value);
    else usage(`unknown argument ${token.value}`);
  }
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    usage(`--port needs a port number (got ${values.port})`);
  }
  const tokenTtl = values["token-ttl"] === undefined ? undefined : Number(values["token-ttl"]);
  if (tokenTtl !== undefined && !(tokenTtl > 0))
    usage(`--token-ttl needs a number of seconds (got ${values["token-ttl"]})`);
  return { port, seed, tokenTtl, help: values.help === true };
}

let options: ReturnType<typeof parse>;
try {
  options = parse();
} catch (error) {
  usage(error instanceof Error ? error.message : String(error));
}
if (options.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const { port, seed, tokenTtl } = options;

startSandbox({ port, seed, tokenTtl }).then(
  (sandbox) => {
    process.stdout.write(
      [
        `Kontext sandbox listening on ${sandbox.url}${seed === false ? "" : " (seeded)"}`,
        `  token endpoint  ${sandbox.url}/oauth2/token`,
        `  API             ${sandbox.url}/api/v1`,
        "",
        "Service account credentials (for the sandbox only):",
        `  KONTEXT_BASE_URL=${sandbox.url}`,
        `  KONTEXT_CLIENT_ID=${sandbox.credentials.clientId}`,
        `  KONTEXT_CLIENT_SECRET=${sandbox.credentials.clientSecret}`,
        "",
        "Press Ctrl-C to stop.",
        "",
      ].join("\n"),
    );

    const stop = () => {
      sandbox.close().then(() => process.exit(0));
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  },
  (error: unknown) => {
    process.stderr.write(`kontext-sandbox: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
