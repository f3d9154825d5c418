// The SDK page's complete example: create an application, set up an integration, attach them.
// Run it with `npm run demo` (against a local sandbox of the API), or against a real host with
// KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET set.
import { KontextManagementClient } from "@kontext-dev/js-sdk/management";

const client = new KontextManagementClient({
  baseUrl: process.env.KONTEXT_BASE_URL ?? "https://api.kontext.security",
  credentials: {
    clientId: process.env.KONTEXT_CLIENT_ID ?? "",
    clientSecret: process.env.KONTEXT_CLIENT_SECRET ?? "",
  },
});

// Names are unique within an organization: against a real one, `npm run demo` adds a run id to them
// (KONTEXT_DEMO_SUFFIX) and archives what it created afterwards.
const suffix = process.env.KONTEXT_DEMO_SUFFIX ?? "";

// 1. Create an application (a confidential one gets a client secret, shown only now).
const { application, oauth } = await client.applications.create({
  name: `Support Agent${suffix}`,
  description: "Answers support tickets",
  oauth: {
    type: "confidential",
    redirectUris: ["https://support.example.com/callback"],
  },
});
console.log(`1. Created application "${application.name}"`);
console.log(`     id ${application.id}, OAuth client ${oauth.clientId} (its secret is shown once: store it)`);

// 2. Create an integration the application can use.
const { integration } = await client.integrations.create({
  name: `GitHub${suffix}`,
  url: "https://mcp.github.example.com/mcp",
  authMode: "oauth",
});
console.log(`2. Created integration "${integration.name}"`);
console.log(`     id ${integration.id}, ${integration.url}, auth mode ${integration.authMode}`);

// 3. Attach the integration to the application.
await client.applications.attachIntegration(application.id, integration.id);
console.log(`3. Attached "${integration.name}" to "${application.name}"`);

// 4. Read it back: the application's integrations, then every application and integration.
const { integrationIds } = await client.applications.listIntegrations(application.id);
console.log(`4. "${application.name}" now uses ${integrationIds.length} integration(s): ${integrationIds.join(", ")}`);
console.log("   Applications:");
for await (const app of client.applications.list()) {
  const uses = app.integrations.map((i) => i.name).join(", ") || "nothing yet";
  console.log(`     - ${app.name} (${app.id}), uses ${uses}${app.id === application.id ? "   <- step 1" : ""}`);
}
console.log("   Integrations:");
for await (const item of client.integrations.list()) {
  console.log(`     - ${item.name} (${item.id}), ${item.url}${item.id === integration.id ? "   <- step 2" : ""}`);
}
