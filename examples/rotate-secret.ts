// Rotate a service account's secret, e.g. after it leaked. The old secret is refused at once;
// tokens already issued with it stay valid until they expire.
// Usage: node rotate-secret.js <service-account-id>, with KONTEXT_* of an admin account set.
import { KontextManagementClient } from "@kontext-dev/js-sdk/management";

const baseUrl = process.env.KONTEXT_BASE_URL ?? "https://api.kontext.security";
const serviceAccountId = process.argv[2] ?? "6f1c2b9e-3d4a-4e5f-8a7b-9c0d1e2f3a4b";

const client = new KontextManagementClient({
  baseUrl,
  credentials: {
    clientId: process.env.KONTEXT_CLIENT_ID ?? "",
    clientSecret: process.env.KONTEXT_CLIENT_SECRET ?? "",
  },
});

const { credentials } = await client.serviceAccounts.rotateSecret(serviceAccountId);
console.log(`Rotated the secret of ${credentials.clientId}: update KONTEXT_CLIENT_SECRET wherever it is stored.`);

// If this client signed in as the account just rotated, its cached token came from the old secret:
// drop it so no further call rides on it, and carry on with a client built on the new secret.
client.clearToken();
const rotated = new KontextManagementClient({ baseUrl, credentials });
const { serviceAccount } = await rotated.serviceAccounts.get(serviceAccountId);
console.log(`The new secret works: signed in and read ${serviceAccount.name}.`);
