// Handle the errors an app meets most: a 404 (no such application) and a 429 (rate limited).
// The client already retries a 429 (`maxRetries`, honouring Retry-After); this is what to do when
// it still fails: wait `retryAfter` seconds and try again, a bounded number of times.

import type { Application } from "@kontext-dev/js-sdk";
import { isKontextError, isNotFoundError, isRateLimitError } from "@kontext-dev/js-sdk/errors";
import { KontextManagementClient } from "@kontext-dev/js-sdk/management";

const client = new KontextManagementClient({
  baseUrl: process.env.KONTEXT_BASE_URL ?? "https://api.kontext.security",
  credentials: {
    clientId: process.env.KONTEXT_CLIENT_ID ?? "",
    clientSecret: process.env.KONTEXT_CLIENT_SECRET ?? "",
  },
});

/** Runs `call`, waiting as long as the API asks and trying again while it is rate limited. */
async function withRateLimit<T>(call: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!isRateLimitError(error) || attempt >= attempts) throw error;
      const seconds = error.retryAfter ?? 2 ** attempt;
      console.warn(`Rate limited (request ${error.requestId ?? "without id"}); trying again in ${seconds} s`);
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    }
  }
}

/** The application with this id, or undefined when there is none. */
async function findApplication(id: string): Promise<Application | undefined> {
  try {
    const { application } = await withRateLimit(() => client.applications.get(id));
    return application;
  } catch (error) {
    if (isNotFoundError(error)) return undefined;
    throw error;
  }
}

const id = process.argv[2] ?? "0d5c8a3e-2f41-4b7e-9c6a-1e8f7d2b3a90";
try {
  const application = await findApplication(id);
  console.log(application ? `Found ${application.name}` : `No application ${id}`);
} catch (error) {
  // Every SDK error has a stable code and a page explaining it; none carries a secret.
  if (!isKontextError(error)) throw error;
  console.error(`${error.name} ${error.code}: ${error.message} (see ${error.docsUrl})`);
  process.exitCode = 1;
}
