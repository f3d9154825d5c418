// The Cloudflare Worker of the workerd check: one route per check, each answering with what the
// check returned. API_BASE_URL is a binding pointing at the test's node:http server; /sandbox runs the
// in-process sandbox check (sandbox-smoke.mjs).
import { sandboxSmoke } from "./sandbox-smoke.mjs";
import { call, notFound, raw, renewal, stalledBody, timeout } from "./smoke.mjs";

const checks = {
  "/call": (env) => call(env.API_BASE_URL, "sa_workerd"),
  "/not-found": (env) => notFound(env.API_BASE_URL, "sa_workerd"),
  "/timeout": (env) => timeout(env.API_BASE_URL),
  "/stalled-body": (env) => stalledBody(env.API_BASE_URL),
  "/raw": (env) => raw(env.API_BASE_URL, "sa_workerd"),
  "/renewal": (env) => renewal(env.API_BASE_URL, "sa_workerd"),
  // The in-process sandbox: no API_BASE_URL, nothing leaves the isolate.
  "/sandbox": () => sandboxSmoke(),
};

export default {
  async fetch(request, env) {
    const check = checks[new URL(request.url).pathname];
    if (!check) return new Response("no such check", { status: 404 });
    return Response.json(await check(env));
  },
};
