// Page through every application: `for await` fetches the next page only when the loop needs it.
// (`await client.applications.list()` alone returns just the first page, with its `nextCursor`.)
import { KontextManagementClient } from "@kontext-dev/js-sdk/management";

const client = new KontextManagementClient({
  baseUrl: process.env.KONTEXT_BASE_URL ?? "https://api.kontext.security",
  credentials: {
    clientId: process.env.KONTEXT_CLIENT_ID ?? "",
    clientSecret: process.env.KONTEXT_CLIENT_SECRET ?? "",
  },
});

let count = 0;
for await (const application of client.applications.list({ limit: 100 })) {
  count++;
  const archived = application.archivedAt ? " (archived)" : "";
  console.log(`${application.id}  ${application.name}${archived}`);
}
console.log(`${count} application(s)`);
