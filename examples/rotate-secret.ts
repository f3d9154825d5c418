// Rotate a service account's secret, e.g. after it leaked. The old secret is refused at once;
// tokens already issued with it stay valid until they expire.
// Usage: node rotate-secret.js <service-account-id>, with KONTEXT_* of the account itself set.
import { type ClientCredentials, KontextManagementClient } from "@kontext-dev/js-sdk/management";

const serviceAccountId = process.argv[2] ?? "33333333-3333-4333-8333-333333333333";

// Credentials as a function: the client asks it before every token request.
let current: ClientCredentials = {
  clientId: process.env.KONTEXT_CLIENT_ID ?? "",
  clientSecret: process.env.KONTEXT_CLIENT_SECRET ?? "",
};
const client = new KontextManagementClient({
  baseUrl: process.env.KONTEXT_BASE_URL ?? "https://api.kontext.security",
  credentials: () => current,
});

const { credentials } = await client.serviceAccounts.rotateSecret(serviceAccountId);
console.log(`Rotated the secret of ${credentials.clientId}: update KONTEXT_CLIENT_SECRET wherever it is stored.`);

// Hand the client the new secret and drop the token issued with the old one:
// the next request fetches a token with the new secret.
current = credentials;
client.clearToken();
const { serviceAccount } = await client.serviceAccounts.get(serviceAccountId);
console.log(`The new secret works: signed in and read ${serviceAccount.name}.`);
