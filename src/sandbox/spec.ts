import { escapeToken, followRefs, resolvePointer } from "../pointer.js";

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
  /** The validator of the JSON body (a key of `ValidatorPlan.responses`), when the response has one. */
  validator?: string;
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
  /** The validators of the path parameters and the query (keys of `ValidatorPlan.params`). */
  pathValidator: string;
  queryValidator: string;
  /** The request body; `validator` is a key of `ValidatorPlan.bodies`. */
  body?: { required: boolean; contentType: string; validator: string };
  responses: Map<string, SpecResponse>;
  secured: boolean;
}

/**
 * Every JSON Schema the sandbox validates with, by key, in three groups that need different
 * validator options: parameters (strings coerced to the schema's type, defaults filled in), request
 * bodies (defaults filled in) and responses (checked as sent). Schemas are `$ref`s into the document,
 * so a shared component is one validator. The build precompiles exactly this plan
 * (scripts/sandbox-validators.mjs), and a `spec` given at run time compiles it on first use.
 */
export interface ValidatorPlan {
  params: Record<string, object>;
  bodies: Record<string, object>;
  responses: Record<string, object>;
}

/** The `$id` the document is added under, so plan schemas can `$ref` into it. */
export const SPEC_ID = "kontext-openapi";
const ERROR_SCHEMA = "#/components/schemas/Error";

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

const ref = (pointer: string) => ({ $ref: `${SPEC_ID}${pointer}` });

/** The operations of the document, as route entries, and the validators they use. */
export function describeSpec(doc: OpenApiDocument): {
  operations: SpecOperation[];
  plan: ValidatorPlan;
  /** The API's error schema (a key of `plan.responses`), for error answers an operation does not document. */
  errorValidator?: string;
} {
  const plan: ValidatorPlan = { params: {}, bodies: {}, responses: {} };
  // A schema that is only a `$ref` is validated as its target: the many error responses that point
  // at one schema share one validator.
  const schemaKey = (group: Record<string, object>, pointer: string): string => {
    const key = followRefs(doc, pointer, true);
    group[key] ??= ref(key);
    return key;
  };
  const operations: SpecOperation[] = [];
  const topSecured = Array.isArray(doc.security) && doc.security.length > 0;
  for (const [path, item] of Object.entries(doc.paths)) {
    const itemPointer = `#/paths/${escapeToken(path)}`;
    const shared = Array.isArray(item.parameters)
      ? item.parameters.map((_, i) => `${itemPointer}/parameters/${i}`)
      : [];
    for (const method of METHODS) {
      const op = item[method] as Record<string, unknown> | undefined;
      if (!op) continue;
      const operationId = String(op.operationId);
      const opPointer = `${itemPointer}/${method}`;
      const own = Array.isArray(op.parameters) ? op.parameters.map((_, i) => `${opPointer}/parameters/${i}`) : [];
      const byKey = new Map<string, SpecParameter>();
      for (const raw of [...shared, ...own]) {
        const pointer = followRefs(doc, raw);
        const p = resolvePointer(doc, pointer) as { name: string; in: SpecParameter["in"]; required?: boolean };
        byKey.set(`${p.in}:${p.name}`, {
          name: p.name,
          in: p.in,
          required: p.required === true,
          schema: `${pointer}/schema`,
        });
      }
      const parameters = [...byKey.values()];
      const paramsKey = (where: "path" | "query") => {
        const list = parameters.filter((p) => p.in === where);
        const key = `${where}:${operationId}`;
        plan.params[key] = {
          type: "object",
          properties: Object.fromEntries(list.map((p) => [p.name, ref(p.schema)])),
          required: list.filter((p) => p.required || p.in === "path").map((p) => p.name),
        };
        return key;
      };
      let body: SpecOperation["body"];
      if (op.requestBody) {
        const pointer = followRefs(doc, `${opPointer}/requestBody`);
        const rb = resolvePointer(doc, pointer) as { required?: boolean; content?: Record<string, unknown> };
        const contentType = Object.keys(rb.content ?? {})[0];
        if (contentType) {
          body = {
            required: rb.required === true,
            contentType,
            validator: schemaKey(plan.bodies, `${pointer}/content/${escapeToken(contentType)}/schema`),
          };
        }
      }
      const responses = new Map<string, SpecResponse>();
      for (const status of Object.keys((op.responses as Record<string, unknown>) ?? {})) {
        const pointer = followRefs(doc, `${opPointer}/responses/${status}`);
        const r = resolvePointer(doc, pointer) as {
          content?: Record<string, unknown>;
          headers?: Record<string, unknown>;
        };
        const validator = r.content?.["application/json"]
          ? schemaKey(plan.responses, `${pointer}/content/application~1json/schema`)
          : undefined;
        const requiredHeaders = Object.keys(r.headers ?? {}).filter((name) => {
          const header = resolvePointer(doc, followRefs(doc, `${pointer}/headers/${escapeToken(name)}`)) as
            | { required?: boolean }
            | undefined;
          return header?.required === true;
        });
        responses.set(status, { validator, requiredHeaders });
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
        operationId,
        method: method.toUpperCase(),
        path,
        pattern: new RegExp(`^${source}$`),
        pathNames,
        parameters,
        pathValidator: paramsKey("path"),
        queryValidator: paramsKey("query"),
        body,
        responses,
        secured: Array.isArray(op.security) ? op.security.length > 0 : topSecured,
      });
    }
  }
  const errorValidator = resolvePointer(doc, ERROR_SCHEMA) ? schemaKey(plan.responses, ERROR_SCHEMA) : undefined;
  // Literal segments win over templated ones (`/applications/access-graph` before `/applications/{id}`).
  operations.sort((a, b) => a.pathNames.length - b.pathNames.length);
  return { operations, plan, errorValidator };
}

/** The operations of the document, as route entries. */
export function operationsOf(doc: OpenApiDocument): SpecOperation[] {
  return describeSpec(doc).operations;
}
