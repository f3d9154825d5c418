// `npm run demo` as a newcomer reads it: the complete example against the sandbox, showing what it
// created, the attachment and lists that contain both.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeAll, expect, test } from "vitest";
import { assertBuilt, root } from "../package/built.js";

const exec = promisify(execFile);

beforeAll(() => assertBuilt());

test("npm run demo shows the application and integration created, attached, and listed", async () => {
  const env = { ...process.env };
  delete env.KONTEXT_BASE_URL;
  const { stdout } = await exec(process.execPath, ["scripts/demo.mjs"], { cwd: root, env, timeout: 120_000 });
  expect(stdout).toContain("against a local sandbox of the Kontext API at http://127.0.0.1:");
  const app = /1\. Created application "Support Agent"\n\s+id ([0-9a-f-]{36}), OAuth client app_\1/.exec(stdout);
  const integration = /2\. Created integration "GitHub"\n\s+id ([0-9a-f-]{36}), /.exec(stdout);
  expect(app).not.toBeNull();
  expect(integration).not.toBeNull();
  const [appId, integrationId] = [app?.[1], integration?.[1]];
  expect(stdout).toContain('3. Attached "GitHub" to "Support Agent"');
  expect(stdout).toContain(`4. "Support Agent" now uses 1 integration(s): ${integrationId}`);
  expect(stdout).toContain(`- Support Agent (${appId}), uses GitHub   <- step 1`);
  expect(stdout).toContain(`- GitHub (${integrationId}), https://mcp.github.example.com/mcp   <- step 2`);
  expect(stdout).toContain("\ndemo finished: the sandbox has stopped");
  // The demo prints no secret: the application's secret and the sandbox's own stay out of the output.
  expect(stdout).not.toMatch(/kx_(cs|sa|at)_/);
}, 150_000);
