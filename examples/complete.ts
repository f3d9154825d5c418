// The SDK page's complete example: create an application, set up an integration, attach them.
// Run it with `npm run demo` (against a local Prism mock), or against a real host with
// KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET set.
import { KontextManagementClient } from "@kontext-dev/js-sdk/management";

const client = new KontextManagementClient({
  baseUrl: process.env.KONTEXT_BASE_URL ?? "https://api.kontext.security",
  credentials: {
    clientId: process.env.KONTEXT_CLIENT_ID ?? "",
    clientSecret: process.env.KONTEXT_CLIENT_SECRET ?? "",
  },
});

// 1. Create an application (a confidential one gets a client secret, shown only now).
const { application, oauth } = await client.applications.create({
  name: "Support Agent",
  description: "Answers support tickets",
  oauth: {
    type: "confidential",
    redirectUris: ["https://support.example.com/callback"],
  },
});
console.log(`created application ${application.name} (${application.id}), OAuth client ${oauth.clientId}`);

// 2. Create an integration the application can use.
const { integration } = await client.integrations.create({
  name: "GitHub",
  url: "https://mcp.github.example.com/mcp",
  authMode: "oauth",
});
console.log(`created integration ${integration.name} (${integration.id})`);

// 3. Attach the integration to the application.
await client.applications.attachIntegration(application.id, integration.id);
console.log(`attached ${integration.id} to ${application.id}`);

// 4. List the application's integrations.
const { integrationIds } = await client.applications.listIntegrations(application.id);
console.log(
  `application ${application.id} now has ${integrationIds.length} integration(s): ${integrationIds.join(", ")}`,
);
