// Shared by the bench server and the measured clients: realistic bodies of the Kontext Management API.

export const APP_ID = "550e8400-e29b-41d4-a716-446655440000";
export const ACCESS_TOKEN = "bench-access-token-0123456789abcdef";
export const CREDENTIALS = { clientId: "sa_bench", clientSecret: "bench-secret" };

/** An application as `GET /api/v1/applications/{id}` returns it (about 1 kB of JSON). */
export function application(id = APP_ID, n = 0) {
  return {
    id,
    name: `Support agent ${n}`,
    description: "Answers customer tickets with the CRM and the knowledge base.",
    ownerUserId: "7d0c6f2e-8a51-4f0e-9b1e-2b8f3c4d5e6f",
    createdAt: "2025-01-15T09:30:00.000Z",
    updatedAt: "2025-03-02T17:45:12.000Z",
    archivedAt: null,
    canModify: true,
    activeSessionCount: 3,
    idleSessionCount: 1,
    liveSessionCount: 2,
    totalSessionCount: 42,
    mcpUrlTemplate: `https://mcp.kontext.security/apps/${id}/{integration}`,
    integrations: [
      { id: "0b5d6f3a-1c2e-4d5f-8a9b-0c1d2e3f4a5b", name: "Salesforce", url: "https://login.salesforce.com" },
      { id: "1c6e7a4b-2d3f-4e6a-9b0c-1d2e3f4a5b6c", name: "Zendesk", url: "https://acme.zendesk.com" },
    ],
    oauth: {
      type: "confidential",
      clientId: `app_${id}`,
      redirectUris: ["https://agent.example.com/oauth/callback"],
      pkceRequired: true,
      scopes: ["openid", "profile", "mcp:tools"],
      allowedResources: ["https://mcp.kontext.security"],
    },
  };
}
