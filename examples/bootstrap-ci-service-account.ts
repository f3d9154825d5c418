// Create a service account for CI and print what to store in the CI's secret store. The secret is
// shown only in this response; if it is ever lost, rotate it (see rotate-secret.ts).
// Run it with an admin's KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET set.
import { KontextManagementClient } from "@kontext-dev/js-sdk/management";

const client = new KontextManagementClient({
  baseUrl: process.env.KONTEXT_BASE_URL ?? "https://api.kontext.security",
  credentials: {
    clientId: process.env.KONTEXT_CLIENT_ID ?? "",
    clientSecret: process.env.KONTEXT_CLIENT_SECRET ?? "",
  },
});

const { serviceAccount, credentials } = await client.serviceAccounts.create({
  name: "ci-deploy",
  description: "Deploys from CI",
});

console.log(`Created service account ${serviceAccount.name} (${serviceAccount.id}).

Store both values as encrypted secrets of your CI now (GitHub Actions: Settings > Secrets and
variables > Actions > New repository secret), never in the repository:

  KONTEXT_CLIENT_ID=${credentials.clientId}
  KONTEXT_CLIENT_SECRET=${credentials.clientSecret}

Then read them from the environment in the pipeline:
  new KontextManagementClient({ baseUrl, credentials: { clientId: process.env.KONTEXT_CLIENT_ID, ... } })`);
