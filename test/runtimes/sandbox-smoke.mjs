// The in-process sandbox as a user's test would use it, in whatever runtime loads this module
// (Node, Bun, Deno, workerd, Chromium): createSandbox from the installed package, the client over
// sandbox.fetch, and the answers a test relies on. Returns what the user sees for the test to assert.
import { BadRequestError, NotFoundError } from "@kontext-dev/js-sdk/errors";
import { KontextManagementClient } from "@kontext-dev/js-sdk/management";
import { createSandbox } from "@kontext-dev/js-sdk/sandbox";

async function rejection(promise) {
  try {
    await promise;
    return { rejected: false };
  } catch (error) {
    return {
      rejected: true,
      name: error?.name,
      statusCode: error?.statusCode,
      validationErrors: error?.validationErrors,
      isNotFoundError: error instanceof NotFoundError,
      isBadRequestError: error instanceof BadRequestError,
    };
  }
}

export async function sandboxSmoke() {
  const sandbox = createSandbox({ strict: true });
  const attempts = [];
  const client = new KontextManagementClient({
    baseUrl: sandbox.url,
    credentials: sandbox.credentials,
    retryDelay: 1,
    maxRetryDelay: 5,
    fetch: (input, init) => {
      attempts.push(`${init?.method ?? "GET"} ${new URL(String(input)).pathname}`);
      return sandbox.fetch(input, init);
    },
  });
  const oauth = { type: "public", redirectUris: ["https://app.example/callback"] };
  const { application } = await client.applications.create({ name: "Runtime App", oauth });
  const got = (await client.applications.get(application.id)).application;
  for (const name of ["Paged 1", "Paged 2", "Paged 3", "Paged 4"]) await client.applications.create({ name, oauth });
  const paged = [];
  for await (const app of client.applications.list({ limit: 2 })) paged.push(app.name);
  const notFound = await rejection(client.applications.get("0f0e0d0c-0b0a-4908-8706-050403020100"));
  const badRequest = await rejection(
    client.applications.create({ name: "Bad", oauth: { type: "secret", redirectUris: [] } }),
  );
  sandbox.failNext({ status: 429 });
  attempts.length = 0;
  const afterRateLimit = (await client.applications.list({ limit: 1 })).items.length;
  const retried = { attempts: [...attempts], items: afterRateLimit };
  await client.applications.archive(application.id);
  const archived = (await client.applications.get(application.id)).application;
  return {
    url: sandbox.url,
    created: { name: application.name, archivedAt: application.archivedAt },
    got: got.id === application.id && got.name === "Runtime App",
    paged,
    notFound,
    badRequest,
    retried,
    archivedAt: typeof archived.archivedAt,
    violations: [...sandbox.violations],
  };
}
