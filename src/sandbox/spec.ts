import { spec } from "../../generated/spec.js";

/** The parts of an OpenAPI document the sandbox reads; everything else is passed to the validator untouched. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

export interface SpecParameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  /** JSON pointer (from the document root) of the parameter's schema. */
  schema: string;
}

export interface SpecResponse {
  /** JSON pointer of the JSON body's schema, when the response has a JSON body. */
  schema?: string;
  requiredHeaders: string[];
}

export interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
  /** Matches a request path; the groups are the path parameters in order. */
  pattern: RegExp;
  pathNames: string[];
  parameters: SpecParameter[];
  body?: { required: boolean; contentType: string; schema: string };
  responses: Map<string, SpecResponse>;
  secured: boolean;
}

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

function escapePointer(part: string): string {
  return part.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Reads `#/a/b` in `doc`. */
function at(doc: unknown, pointer: string): unknown {
  let node = doc;
  for (const raw of pointer.replace(/^#\/?/, "").split("/")) {
    if (raw === "") continue;
    const part = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    node = (node as Record<string, unknown> | undefined)?.[part];
  }
  return node;
}

/** Follows `$ref`s of non-schema objects (parameters, responses, request bodies) to their pointer. */
function follow(doc: unknown, pointer: string): string {
  for (let i = 0; i < 32; i++) {
    const node = at(doc, pointer) as { $ref?: unknown } | undefined;
    if (!node || typeof node.$ref !== "string") return pointer;
    pointer = node.$ref;
  }
  throw new Error(`$ref loop at ${pointer}`);
}

/** The operations of the document, as route entries; validation reads the schemas through the pointers. */
export function operationsOf(doc: OpenApiDocument): SpecOperation[] {
  const operations: SpecOperation[] = [];
  const topSecured = Array.isArray(doc.security) && doc.security.length > 0;
  for (const [path, item] of Object.entries(doc.paths)) {
    const itemPointer = `#/paths/${escapePointer(path)}`;
    const shared = Array.isArray(item.parameters)
      ? item.parameters.map((_, i) => `${itemPointer}/parameters/${i}`)
      : [];
    for (const method of METHODS) {
      const op = item[method] as Record<string, unknown> | undefined;
      if (!op) continue;
      const opPointer = `${itemPointer}/${method}`;
      const own = Array.isArray(op.parameters) ? op.parameters.map((_, i) => `${opPointer}/parameters/${i}`) : [];
      const byKey = new Map<string, SpecParameter>();
      for (const raw of [...shared, ...own]) {
        const pointer = follow(doc, raw);
        const p = at(doc, pointer) as { name: string; in: SpecParameter["in"]; required?: boolean };
        byKey.set(`${p.in}:${p.name}`, {
          name: p.name,
          in: p.in,
          required: p.required === true,
          schema: `${pointer}/schema`,
        });
      }
      let body: SpecOperation["body"];
      if (op.requestBody) {
        const pointer = follow(doc, `${opPointer}/requestBody`);
        const rb = at(doc, pointer) as { required?: boolean; content?: Record<string, unknown> };
        const contentType = Object.keys(rb.content ?? {})[0];
        if (contentType) {
          body = {
            required: rb.required === true,
            contentType,
            schema: `${pointer}/content/${escapePointer(contentType)}/schema`,
          };
        }
      }
      const responses = new Map<string, SpecResponse>();
      for (const status of Object.keys((op.responses as Record<string, unknown>) ?? {})) {
        const pointer = follow(doc, `${opPointer}/responses/${status}`);
        const r = at(doc, pointer) as { content?: Record<string, unknown>; headers?: Record<string, unknown> };
        const json = r.content?.["application/json"] ? `${pointer}/content/application~1json/schema` : undefined;
        const requiredHeaders = Object.keys(r.headers ?? {}).filter((name) => {
          const header = at(doc, follow(doc, `${pointer}/headers/${escapePointer(name)}`)) as { required?: boolean };
          return header?.required === true;
        });
        responses.set(status, { schema: json, requiredHeaders });
      }
      const pathNames: string[] = [];
      const source = path
        .split(/(\{[^}]+\})/)
        .map((part) => {
          const name = /^\{([^}]+)\}$/.exec(part)?.[1];
          if (name === undefined) return part.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
          pathNames.push(name);
          return "([^/]+)";
        })
        .join("");
      operations.push({
        operationId: String(op.operationId),
        method: method.toUpperCase(),
        path,
        pattern: new RegExp(`^${source}$`),
        pathNames,
        parameters: [...byKey.values()],
        body,
        responses,
        secured: Array.isArray(op.security) ? op.security.length > 0 : topSecured,
      });
    }
  }
  // Literal segments win over templated ones (`/applications/access-graph` before `/applications/{id}`).
  return operations.sort((a, b) => a.pathNames.length - b.pathNames.length);
}

/** The package's own spec, bundled into `generated/spec.ts` by `npm run generate`. */
export async function loadSpec(): Promise<OpenApiDocument> {
  return spec;
}

export { at as specAt };
