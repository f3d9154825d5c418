// The sandbox is bound to openapi.yaml: it implements every operation, takes its request rules from
// the document at run time, and turns an answer that drifts from the document into a 500.
import { describe, expect, test } from "vitest";
import { spec } from "../../generated/spec.js";
import { handlers } from "../../src/sandbox/handlers.js";
import { operationsOf } from "../../src/sandbox/spec.js";
import { clientOf, entries } from "./entries.js";

type Schema = { required?: string[]; properties?: Record<string, unknown> };
function schemaOf(doc: Record<string, unknown>, name: string): Schema {
  const schemas = (doc.components as { schemas: Record<string, Schema> }).schemas;
  const schema = schemas[name];
  if (!schema) throw new Error(`no schema ${name}`);
  return schema;
}

describe("coverage of the spec", () => {
  test("every operation of openapi.yaml has a handler, the token endpoint included", () => {
    const ids = operationsOf(spec).map((op) => op.operationId);
    expect(ids.filter((id) => id !== "requestAccessToken" && !handlers[id])).toEqual([]);
    expect(ids).toContain("requestAccessToken");
  });

  test("no handler answers an operation the spec lacks", () => {
    const ids = new Set(operationsOf(spec).map((op) => op.operationId));
    expect(Object.keys(handlers).filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe.each(entries)("$name", ({ open }) => {
  describe("request rules come from the document", () => {
    test("a field the document makes required is required by the sandbox", async () => {
      const doc = structuredClone(spec) as Record<string, unknown>;
      const input = schemaOf(doc, "CreateServiceAccountInput");
      input.required = [...(input.required ?? []), "description"];
      const sandbox = await open({ strict: true, spec: doc });
      try {
        const client = clientOf(sandbox);
        await expect(client.serviceAccounts.create({ name: "no description" })).rejects.toMatchObject({
          statusCode: 400,
          validationErrors: ["description is required"],
        });
        await expect(client.serviceAccounts.create({ name: "described", description: "ok" })).resolves.toBeDefined();
      } finally {
        await sandbox.close();
      }
    });
  });

  describe("answers that drift from the document", () => {
    test("strict: a 500 naming the drift, recorded in violations and passed to onViolation", async () => {
      const doc = structuredClone(spec) as Record<string, unknown>;
      const application = schemaOf(doc, "Application");
      application.required = [...(application.required ?? []), "color"];
      const seen: string[] = [];
      const sandbox = await open({ strict: true, spec: doc, onViolation: (v) => seen.push(v) });
      try {
        const client = clientOf(sandbox, { maxRetries: 0 });
        const error = await client.applications
          .create({ name: "drifting", oauth: { type: "public", redirectUris: [] } })
          .catch((e: unknown) => e);
        expect(error).toMatchObject({ name: "ServerError", statusCode: 500 });
        expect((error as Error).message).toContain("createApplication");
        expect((error as Error).message).toContain("body.application.color is required");
        expect(sandbox.violations).toHaveLength(1);
        expect(seen).toEqual(sandbox.violations);
        // Lists are checked item by item.
        await expect(client.applications.list()).rejects.toMatchObject({ statusCode: 500 });
        expect(sandbox.violations[1]).toContain("body.items[0].color is required");
      } finally {
        await sandbox.close();
      }
    });

    test("by default the answer goes through, recorded and emitted as a KontextSandboxWarning", async () => {
      const doc = structuredClone(spec) as Record<string, unknown>;
      const account = schemaOf(doc, "ServiceAccount");
      account.properties = { ...account.properties, name: { type: "integer" } };
      const warnings: string[] = [];
      const onWarning = (warning: Error) => {
        if (warning.name === "KontextSandboxWarning") warnings.push(warning.message);
      };
      process.on("warning", onWarning);
      const sandbox = await open({ spec: doc });
      try {
        const client = clientOf(sandbox);
        const { serviceAccount } = await client.serviceAccounts.create({ name: "lenient" });
        expect(serviceAccount.name).toBe("lenient");
        expect(sandbox.violations).toEqual([expect.stringContaining("body.serviceAccount.name must be integer")]);
        await new Promise((resolve) => setImmediate(resolve));
        expect(warnings).toEqual(sandbox.violations);
      } finally {
        process.off("warning", onWarning);
        await sandbox.close();
      }
    });

    test("an operation the sandbox does not implement answers 501, recorded as a drift", async () => {
      const doc = structuredClone(spec) as { paths: Record<string, unknown> };
      doc.paths["/api/v1/providers"] = {
        get: { operationId: "listProviders", responses: { "200": { description: "The providers." } } },
      };
      const sandbox = await open({ spec: doc as unknown as Record<string, unknown>, onViolation: () => {} });
      try {
        const token = await sandbox
          .fetch(`${sandbox.url}/oauth2/token`, {
            method: "POST",
            headers: {
              authorization: `Basic ${Buffer.from(`${sandbox.credentials.clientId}:${sandbox.credentials.clientSecret}`).toString("base64")}`,
              "content-type": "application/x-www-form-urlencoded",
            },
            body: "grant_type=client_credentials",
          })
          .then((r) => r.json() as Promise<{ access_token: string }>);
        const policy = await sandbox.fetch(`${sandbox.url}/api/v1/providers`, {
          headers: { authorization: `Bearer ${token.access_token}` },
        });
        expect(policy.status).toBe(501);
        expect(sandbox.violations).toEqual([expect.stringContaining("listProviders) answered 501")]);
      } finally {
        await sandbox.close();
      }
    });

    test("a status the operation does not document is a drift", async () => {
      const doc = structuredClone(spec) as {
        paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      };
      const create = doc.paths["/api/v1/service-accounts"]?.post;
      if (!create) throw new Error("no createServiceAccount");
      // The sandbox answers a create with 201; a document listing only 200 makes that a drift.
      const { "201": created, ...rest } = create.responses;
      create.responses = { "200": created, ...rest };
      const sandbox = await open({ strict: true, spec: doc as unknown as Record<string, unknown> });
      try {
        const client = clientOf(sandbox, { maxRetries: 0 });
        await expect(client.serviceAccounts.create({ name: "undocumented" })).rejects.toMatchObject({
          statusCode: 500,
        });
        expect(sandbox.violations).toEqual([expect.stringContaining("status 201 is not documented")]);
      } finally {
        await sandbox.close();
      }
    });
  });
});
