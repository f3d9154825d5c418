#!/usr/bin/env node
/// <reference types="node" />
// kontext-sandbox [--port N] [--seed [N]] [--token-ttl SECONDS]: a sandbox until SIGINT or SIGTERM.
import { startSandbox } from "./index.js";

function usage(message: string): never {
  process.stderr.write(
    `kontext-sandbox: ${message}\nusage: kontext-sandbox [--port N] [--seed [N]] [--token-ttl SECONDS]\n`,
  );
  process.exit(2);
}

const args = process.argv.slice(2);
let port: number | undefined;
let seed: boolean | number = false;
let tokenTtl: number | undefined;
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  const next = args[i + 1];
  if (arg === "--port" || arg === "-p") {
    port = Number(next);
    if (!Number.isInteger(port) || port < 0 || port > 65535) usage(`--port needs a port number (got ${next})`);
    i++;
  } else if (arg === "--seed") {
    seed = true;
    if (next !== undefined && /^\d+$/.test(next)) {
      seed = Number(next);
      i++;
    }
  } else if (arg === "--token-ttl") {
    tokenTtl = Number(next);
    if (!(tokenTtl > 0)) usage(`--token-ttl needs a number of seconds (got ${next})`);
    i++;
  } else if (arg === "--help" || arg === "-h") {
    process.stdout.write("usage: kontext-sandbox [--port N] [--seed [N]] [--token-ttl SECONDS]\n");
    process.exit(0);
  } else usage(`unknown argument ${arg}`);
}

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
