#!/usr/bin/env node
// The `kontext` bin: see `kontext --help`.
import { main } from "./main.js";

// `kontext … | head` closes the pipe early: stop quietly instead of failing with EPIPE.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main({
  argv: process.argv.slice(2),
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  stdoutIsTTY: process.stdout.isTTY === true,
  stdinIsTTY: process.stdin.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  // A terminal that does not know its size (0 columns) gets whole lines, as a pipe does.
  columns: process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : undefined,
  env: process.env,
});
