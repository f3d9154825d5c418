// `npm run spec:diff`, judged on a list of mutations of this repository's own openapi.yaml: breaking
// edits on both sides of the wire, safe edits, enum additions, a pure refactor and unreadable files.
// Each case runs the command's main (scripts/spec-diff.mjs) in this process and checks its exit status,
// the levels and rule ids it reports, and that every breaking change names an operation the edit
// affects; the npm and guide tests below run the command as a user would.
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { main } from "../../scripts/spec-diff.mjs";
import { root } from "./constraints.js";

const exec = promisify(execFile);
const dir = join(root, ".tmp/spec-diff");
mkdirSync(dir, { recursive: true });
const parsed = parse(readFileSync(join(root, "openapi.yaml"), "utf8"));
// The mutations are written as JSON, which spec:diff reads without the YAML parser (about 0.3 s a
// file); the YAML path runs in the npm and unreadable-file tests below.
const BASE = join(dir, "base.json");
writeFileSync(BASE, JSON.stringify(parsed));

// biome-ignore lint/suspicious/noExplicitAny: a parsed OpenAPI document, edited freely by each mutation
type Doc = any;
interface Change {
  id: string;
  level: "breaking" | "warning" | "info";
  operation: string;
  method: string;
  path: string;
  message: string;
}

let counter = 0;
async function diff(head: string, base = BASE): Promise<{ code: number; changes: Change[]; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = main([base, head, "--json"], { out: (line) => out.push(line), err: (line) => err.push(line) });
  const stdout = out.join("\n");
  return { code, changes: stdout ? JSON.parse(stdout).changes : [], stderr: err.map((line) => `${line}\n`).join("") };
}

function mutate(edit: (doc: Doc) => void, format: "yaml" | "json" = "json"): string {
  const doc = structuredClone(parsed);
  edit(doc);
  const file = join(dir, `head-${++counter}.${format}`);
  writeFileSync(file, format === "json" ? JSON.stringify(doc) : stringify(doc));
  return file;
}

const schemas = (doc: Doc) => doc.components.schemas;
const operationIdsUsing = (needle: string): string[] => {
  // Every operation whose resolved request or answers mention the schema (one level of $ref is enough here).
  const doc = parsed;
  const ids: string[] = [];
  for (const item of Object.values(doc.paths) as Doc[]) {
    for (const op of Object.values(item) as Doc[]) {
      if (op?.operationId && JSON.stringify(op).includes(needle)) ids.push(op.operationId);
    }
  }
  return ids;
};

interface Case {
  name: string;
  edit: (doc: Doc) => void;
  /** Rule ids that must be reported at this level. */
  expect: { level: Change["level"]; id: string; operations: string[] }[];
}

const breaking: Case[] = [
  {
    name: "a request property becomes required",
    edit: (doc) => schemas(doc).CreateApplicationInput.required.push("description"),
    expect: [{ level: "breaking", id: "request-property-became-required", operations: ["createApplication"] }],
  },
  {
    name: "a new required request property",
    edit: (doc) => {
      schemas(doc).CreateServiceAccountInput.properties.team = { type: "string" };
      schemas(doc).CreateServiceAccountInput.required.push("team");
    },
    expect: [{ level: "breaking", id: "new-required-request-property", operations: ["createServiceAccount"] }],
  },
  {
    name: "a lower limit maximum (a shared parameter)",
    edit: (doc) => {
      doc.components.parameters.Limit.schema.maximum = 100;
    },
    expect: [
      {
        level: "breaking",
        id: "request-parameter-max-decreased",
        operations: ["listApplications", "listIntegrations", "listServiceAccounts", "listTraces", "listMcpEvents"],
      },
    ],
  },
  {
    name: "a new length cap on a request property",
    edit: (doc) => {
      schemas(doc).CreateServiceAccountInput.properties.name.maxLength = 40;
    },
    expect: [{ level: "breaking", id: "request-property-max-length-set", operations: ["createServiceAccount"] }],
  },
  {
    name: "a new required query parameter",
    edit: (doc) => {
      doc.paths["/api/v1/integrations"].get.parameters.push({
        name: "team",
        in: "query",
        required: true,
        schema: { type: "string" },
      });
    },
    expect: [{ level: "breaking", id: "new-required-request-parameter", operations: ["listIntegrations"] }],
  },
  {
    name: "a request property's type changes",
    edit: (doc) => {
      schemas(doc).UpdateApplicationInput.properties.name = { type: "integer" };
    },
    expect: [{ level: "breaking", id: "request-property-type-changed", operations: ["updateApplication"] }],
  },
  {
    name: "an enum value removed from a schema used by requests and answers",
    edit: (doc) => {
      schemas(doc).ApplicationOAuthType.enum = ["confidential"];
    },
    expect: [{ level: "breaking", id: "request-property-enum-value-removed", operations: ["createApplication"] }],
  },
  {
    name: "a request media type removed",
    edit: (doc) => {
      const content = doc.paths["/oauth2/token"].post.requestBody.content;
      content["application/json"] = content["application/x-www-form-urlencoded"];
      delete content["application/x-www-form-urlencoded"];
    },
    expect: [{ level: "breaking", id: "request-body-media-type-removed", operations: ["requestAccessToken"] }],
  },
  {
    name: "a required answer property removed",
    edit: (doc) => {
      delete schemas(doc).Application.properties.ownerUserId;
      schemas(doc).Application.required = schemas(doc).Application.required.filter((p: string) => p !== "ownerUserId");
    },
    expect: [
      {
        level: "breaking",
        id: "response-required-property-removed",
        operations: ["listApplications", "getApplication", "createApplication", "updateApplication"],
      },
    ],
  },
  {
    name: "an answer property becomes optional",
    edit: (doc) => {
      schemas(doc).Application.required = schemas(doc).Application.required.filter((p: string) => p !== "name");
    },
    expect: [{ level: "breaking", id: "response-property-became-optional", operations: ["getApplication"] }],
  },
  {
    name: "an answer property becomes nullable",
    edit: (doc) => {
      schemas(doc).Application.properties.name.type = ["string", "null"];
    },
    expect: [{ level: "breaking", id: "response-property-became-nullable", operations: ["getApplication"] }],
  },
  {
    name: "an answer property's type changes",
    edit: (doc) => {
      schemas(doc).Application.properties.activeSessionCount.type = "string";
    },
    expect: [{ level: "breaking", id: "response-property-type-changed", operations: ["getApplication"] }],
  },
  {
    name: "an answer's media type changes",
    edit: (doc) => {
      const content = doc.paths["/api/v1/applications/{id}"].get.responses["200"].content;
      content["application/vnd.kontext+json"] = content["application/json"];
      delete content["application/json"];
    },
    expect: [{ level: "breaking", id: "response-media-type-removed", operations: ["getApplication"] }],
  },
  {
    name: "a success status removed",
    edit: (doc) => {
      const responses = doc.paths["/api/v1/applications/{id}"].delete.responses;
      responses["200"] = { description: "Archived." };
      delete responses["204"];
    },
    expect: [{ level: "breaking", id: "response-success-status-removed", operations: ["archiveApplication"] }],
  },
  {
    name: "an operation removed",
    edit: (doc) => {
      delete doc.paths["/api/v1/mcp-events"];
    },
    expect: [{ level: "breaking", id: "api-removed-without-deprecation", operations: ["listMcpEvents"] }],
  },
  {
    name: "an operation renamed",
    edit: (doc) => {
      doc.paths["/api/v1/applications/{id}"].get.operationId = "fetchApplication";
    },
    expect: [{ level: "breaking", id: "api-operation-id-updated", operations: ["getApplication"] }],
  },
  {
    name: "a path renamed",
    edit: (doc) => {
      doc.paths["/api/v1/service-accounts/{id}/rotate"] = doc.paths["/api/v1/service-accounts/{id}/rotate-secret"];
      delete doc.paths["/api/v1/service-accounts/{id}/rotate-secret"];
    },
    expect: [{ level: "breaking", id: "api-removed-without-deprecation", operations: ["rotateServiceAccountSecret"] }],
  },
];

describe("spec:diff on breaking edits", () => {
  for (const c of breaking) {
    it(`exits 1 and names the operation: ${c.name}`, async () => {
      const { code, changes } = await diff(mutate(c.edit));
      expect(code).toBe(1);
      for (const e of c.expect) {
        const found = changes.filter((ch) => ch.id === e.id && ch.level === e.level).map((ch) => ch.operation);
        for (const op of e.operations) expect(found, `${e.id} on ${op}`).toContain(op);
      }
      for (const ch of changes.filter((x) => x.level === "breaking")) {
        expect(ch.operation).toMatch(/^[a-z][A-Za-z]+$/);
        expect(ch.method).toMatch(/^(GET|POST|PUT|PATCH|DELETE)$/);
        expect(ch.path).toMatch(/^\//);
        expect(ch.message.length).toBeGreaterThan(5);
        expect(ch.message).not.toContain("\n");
      }
    });
  }
});

describe("spec:diff on safe edits", () => {
  const safe: Case[] = [
    {
      name: "an operation added",
      edit: (doc) => {
        doc.paths["/api/v1/things"] = {
          get: { ...doc.paths["/api/v1/mcp-events"].get, operationId: "listThings" },
        };
      },
      expect: [{ level: "info", id: "endpoint-added", operations: ["listThings"] }],
    },
    {
      name: "an optional request property and an answer property added",
      edit: (doc) => {
        schemas(doc).CreateServiceAccountInput.properties.team = { type: "string" };
        schemas(doc).ServiceAccount.properties.team = { type: ["string", "null"] };
      },
      expect: [
        { level: "info", id: "new-optional-request-property", operations: ["createServiceAccount"] },
        {
          level: "info",
          id: "response-optional-property-added",
          operations: ["getServiceAccount", "listServiceAccounts"],
        },
      ],
    },
    {
      name: "descriptions and summaries reworded",
      edit: (doc) => {
        doc.paths["/api/v1/applications"].get.summary = "List all applications";
        schemas(doc).Application.properties.name.description = "The application's display name.";
      },
      expect: [
        { level: "info", id: "api-summary-updated", operations: ["listApplications"] },
        { level: "info", id: "response-property-description-updated", operations: ["getApplication"] },
      ],
    },
    {
      name: "requests loosened (a higher maximum, a cap removed, a required property made optional)",
      edit: (doc) => {
        doc.components.parameters.Limit.schema.maximum = 500;
        delete schemas(doc).CreateApplicationInput.properties.name.minLength;
        schemas(doc).CreateApplicationInput.required = ["oauth"];
      },
      expect: [
        { level: "info", id: "request-parameter-max-increased", operations: ["listApplications"] },
        { level: "info", id: "request-property-min-length-unset", operations: ["createApplication"] },
        { level: "info", id: "request-property-became-optional", operations: ["createApplication"] },
      ],
    },
    {
      name: "answers narrowed: an id becomes required and non-null",
      edit: (doc) => {
        schemas(doc).McpEvent.required = ["id"];
        schemas(doc).McpEvent.properties.id.type = "string";
      },
      expect: [
        { level: "info", id: "response-property-became-required", operations: ["listMcpEvents"] },
        { level: "info", id: "response-property-became-not-nullable", operations: ["listMcpEvents"] },
      ],
    },
  ];
  for (const c of safe) {
    it(`exits 0 with info: ${c.name}`, async () => {
      const { code, changes } = await diff(mutate(c.edit));
      expect(changes.filter((ch) => ch.level === "breaking")).toEqual([]);
      expect(code).toBe(0);
      for (const e of c.expect) {
        const found = changes.filter((ch) => ch.id === e.id && ch.level === e.level).map((ch) => ch.operation);
        for (const op of e.operations) expect(found, `${e.id} on ${op}`).toContain(op);
      }
    });
  }

  it("reports nothing for a pure refactor: every $ref inlined, paths reordered, written as JSON", async () => {
    const file = mutate((doc) => {
      const resolve = (value: Doc, seen: string[] = []): Doc => {
        if (Array.isArray(value)) return value.map((v) => resolve(v, seen));
        if (value === null || typeof value !== "object") return value;
        if (typeof value.$ref === "string" && !seen.includes(value.$ref)) {
          const target = value.$ref
            .slice(2)
            .split("/")
            .reduce((o: Doc, k: string) => o[k], doc);
          return resolve(target, [...seen, value.$ref]);
        }
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, seen)]));
      };
      const paths = resolve(doc.paths);
      doc.paths = Object.fromEntries(Object.entries(paths).reverse());
    }, "json");
    const { code, changes } = await diff(file);
    expect(code).toBe(0);
    expect(changes).toEqual([]);
  });
});

describe("spec:diff on enum additions", () => {
  it("warns about a new value in an answer, and calls the same value in a request an addition", async () => {
    const { code, changes } = await diff(
      mutate((doc) => {
        schemas(doc).ApplicationOAuthType.enum.push("native");
        schemas(doc).AgentSessionStatus.enum.push("paused");
      }),
    );
    expect(code).toBe(0);
    const at = (id: string, level: string) =>
      changes.filter((c) => c.id === id && c.level === level).map((c) => c.operation);
    expect(at("response-property-enum-value-added", "warning")).toEqual(
      expect.arrayContaining([
        "getApplication",
        "getApplicationOAuth",
        "getAgentSession",
        ...operationIdsUsing("AgentSessionList"),
      ]),
    );
    expect(at("request-property-enum-value-added", "info")).toEqual(
      expect.arrayContaining(["createApplication", "updateApplicationOAuth"]),
    );
  });
});

describe("spec:diff on files it cannot compare", () => {
  const cases: [string, () => string][] = [
    ["a missing file", () => join(dir, "missing.yaml")],
    [
      "a file that is not YAML",
      () => {
        const f = join(dir, "broken.yaml");
        writeFileSync(f, "openapi: 3.1.0\npaths: [\n");
        return f;
      },
    ],
    [
      "a YAML file that is not OpenAPI",
      () => {
        const f = join(dir, "other.yaml");
        writeFileSync(f, "name: not a spec\n");
        return f;
      },
    ],
    [
      "an openapi field and nothing else",
      () => {
        const f = join(dir, "bare.json");
        writeFileSync(f, JSON.stringify({ openapi: "3.1.0" }));
        return f;
      },
    ],
    [
      "an operation that is not an object",
      () => {
        const f = join(dir, "bad-operation.json");
        writeFileSync(
          f,
          JSON.stringify({ openapi: "3.1.0", info: { title: "a", version: "1" }, paths: { "/a": { get: "nope" } } }),
        );
        return f;
      },
    ],
    [
      "a Swagger 2.0 file",
      () => {
        const f = join(dir, "swagger.json");
        writeFileSync(f, JSON.stringify({ swagger: "2.0", paths: {} }));
        return f;
      },
    ],
  ];
  for (const [name, make] of cases) {
    it(`exits 2 with one line naming the file: ${name}`, async () => {
      const file = make();
      for (const [base, head] of [
        [BASE, file],
        [file, BASE],
      ]) {
        const { code, stderr } = await diff(head as string, base as string);
        expect(code).toBe(2);
        const lines = stderr.trim().split("\n");
        expect(lines).toHaveLength(1);
        expect(lines[0]).toContain(file);
        expect(stderr).not.toMatch(/\bat .*:\d+:\d+/);
      }
    });
  }

  it("runs through npm with the documented arguments", async () => {
    const { stdout } = await exec("npm", ["run", "-s", "spec:diff", "--", "openapi.yaml", "openapi.yaml", "--json"], {
      cwd: root,
    });
    expect(JSON.parse(stdout)).toEqual({ changes: [] });
  });

  it("runs the commands docs/spec.md shows, with the result the guide states", async () => {
    const guide = readFileSync(join(root, "docs/spec.md"), "utf8");
    const lines = [...guide.matchAll(/```sh\n([\s\S]*?)```/g)]
      .flatMap((m) => (m[1] ?? "").split("\n"))
      .filter((l) => l.startsWith("npm run spec:diff"));
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      const { stdout } = await exec("sh", ["-c", line.replace(/\s+#.*$/, "").replace("npm run", "npm run -s")], {
        cwd: root,
      });
      if (line.includes("--json")) expect(JSON.parse(stdout)).toEqual({ changes: [] });
      else expect(stdout).toMatch(/^0 breaking, /m);
    }
  });
});
