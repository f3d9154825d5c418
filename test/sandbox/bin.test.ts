// `kontext-sandbox`, the built bin: prints the URL and credentials, serves until SIGTERM or SIGINT.
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { KontextManagementClient } from "../../src/management.js";
import { assertBuilt, root } from "../package/built.js";

beforeAll(() => assertBuilt());

function start(args: string[]): Promise<{ child: ChildProcess; output: string }> {
  const child = spawn(process.execPath, [join(root, "dist/src/sandbox/bin.js"), ...args], { cwd: root });
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Press Ctrl-C to stop.")) resolve({ child, output });
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on("exit", (code) => reject(new Error(`exited with ${code} before it was ready:\n${output}`)));
  });
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));

describe("kontext-sandbox", () => {
  test("--seed: prints the URL and credentials that work with the SDK, and stops on SIGTERM with 0", async () => {
    const { child, output } = await start(["--seed", "--port", "0"]);
    const url = /KONTEXT_BASE_URL=(http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
    const clientId = /KONTEXT_CLIENT_ID=(\S+)/.exec(output)?.[1];
    const clientSecret = /KONTEXT_CLIENT_SECRET=(\S+)/.exec(output)?.[1];
    expect(output).toContain(`Kontext sandbox listening on ${url} (seeded)`);
    if (!url || !clientId || !clientSecret) throw new Error(output);
    const client = new KontextManagementClient({ baseUrl: url, credentials: { clientId, clientSecret } });
    const { items } = await client.applications.list();
    expect(items.map((a) => a.name)).toEqual(["Support Copilot", "Nightly Report Bot"]);
    const exit = exited(child);
    child.kill("SIGTERM");
    expect(await exit).toBe(0);
  });

  test("starts empty without --seed, and stops on SIGINT", async () => {
    const { child, output } = await start([]);
    const url = /KONTEXT_BASE_URL=(\S+)/.exec(output)?.[1] ?? "";
    const clientId = /KONTEXT_CLIENT_ID=(\S+)/.exec(output)?.[1] ?? "";
    const clientSecret = /KONTEXT_CLIENT_SECRET=(\S+)/.exec(output)?.[1] ?? "";
    const client = new KontextManagementClient({ baseUrl: url, credentials: { clientId, clientSecret } });
    expect(await client.applications.list()).toEqual({ items: [] });
    const exit = exited(child);
    child.kill("SIGINT");
    expect(await exit).toBe(0);
  });

  test("--seed N picks another sample set and --token-ttl the tokens' lifetime", async () => {
    const { child, output } = await start(["--seed", "2", "--token-ttl", "60"]);
    expect(output).toContain("(seeded)");
    const url = /KONTEXT_BASE_URL=(\S+)/.exec(output)?.[1] ?? "";
    const clientId = /KONTEXT_CLIENT_ID=(\S+)/.exec(output)?.[1] ?? "";
    const clientSecret = /KONTEXT_CLIENT_SECRET=(\S+)/.exec(output)?.[1] ?? "";
    const token = await fetch(`${url}/oauth2/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret }),
    }).then((r) => r.json() as Promise<{ expires_in: number }>);
    expect(token.expires_in).toBe(60);
    const client = new KontextManagementClient({ baseUrl: url, credentials: { clientId, clientSecret } });
    expect((await client.applications.list()).items).toHaveLength(2);
    const exit = exited(child);
    child.kill("SIGTERM");
    expect(await exit).toBe(0);
  });

  test.each([
    [["--port", "nope"], "--port needs a port number"],
    [["--port"], "--port"],
    [["--colour"], "--colour"],
    [["extra"], "unknown argument extra"],
  ])("a bad argument is a usage error with exit code 2: %j", async (args, message) => {
    const child = spawn(process.execPath, [join(root, "dist/src/sandbox/bin.js"), ...args], { cwd: root });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    expect(await exited(child)).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain("usage: kontext-sandbox");
  });
});
