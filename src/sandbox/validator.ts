/// <reference types="node" />
import { Ajv2020 as AjvClass, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import * as formats from "ajv-formats";
import { type OpenApiDocument, operationsOf, type SpecOperation, specAt } from "./spec.js";

/** One problem with a request or a response, with the field it concerns (`oauth.redirectUris[0]`, `limit`, `id`). */
export interface FieldError {
  field: string;
  message: string;
}

export interface CompiledOperation extends SpecOperation {
  validatePath(): ValidateFunction;
  validateQuery(): ValidateFunction;
  validateBody(): ValidateFunction | undefined;
  /** The validator of a documented response's JSON body (`undefined`: no body documented). */
  validateResponse(status: string): ValidateFunction | undefined;
}

export interface CompiledSpec {
  operations: CompiledOperation[];
  /** The API's error schema, for error answers whose status an operation does not document. */
  validateError(): ValidateFunction | undefined;
}

const SPEC_ID = "kontext-openapi";

function makeAjv(options: { coerceTypes?: boolean; useDefaults?: boolean }): AjvClass {
  // ajv-formats is CommonJS with `exports.default`: the plugin is `.default` of the namespace from
  // CommonJS, and `.default.default` from ESM (where `.default` is module.exports, the same function).
  const ns = formats as unknown as { default: formats.FormatsPlugin & { default?: formats.FormatsPlugin } };
  const addFormats = ns.default.default ?? ns.default;
  // strict: false because an OpenAPI document carries keywords JSON Schema does not know
  // (`example`, `discriminator`, `x-…`); every JSON Schema keyword is still enforced.
  // inlineRefs: false compiles each shared component once instead of into every validator.
  const ajv = new AjvClass({ strict: false, allErrors: true, inlineRefs: false, ...options });
  addFormats(ajv);
  return ajv;
}

function memo<T>(make: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = make();
      done = true;
    }
    return value;
  };
}

const compiled = new WeakMap<OpenApiDocument, CompiledSpec>();

/**
 * Prepares, once per document, a validator for every operation's path parameters, query, body and
 * documented responses. The schemas are read from the document through JSON pointers, never copied,
 * and each is compiled on first use (compiling all of them up front takes seconds).
 */
export function compileSpec(doc: OpenApiDocument): CompiledSpec {
  const hit = compiled.get(doc);
  if (hit) return hit;
  // Parameters arrive as strings: coerce them to the schema's type and fill in defaults (limit 50).
  const params = makeAjv({ coerceTypes: true, useDefaults: true });
  const bodies = makeAjv({ useDefaults: true });
  const responses = makeAjv({});
  // The document is not itself a JSON Schema, so it is not checked against the meta-schema (the
  // spec lint validates it); its schemas are, as each is compiled.
  for (const ajv of [params, bodies, responses]) ajv.addSchema(doc as object, SPEC_ID, undefined, false);
  // A pointer whose schema is only a `$ref` is compiled as its target, so the many error responses
  // that point at one schema share one validator.
  const target = (pointer: string): string => {
    for (let i = 0; i < 32; i++) {
      const node = specAt(doc, pointer) as Record<string, unknown> | undefined;
      if (!node || typeof node.$ref !== "string" || Object.keys(node).length !== 1) return pointer;
      pointer = node.$ref;
    }
    return pointer;
  };
  const cache = new Map<AjvClass, Map<string, ValidateFunction>>();
  const byPointer = (ajv: AjvClass, pointer: string): ValidateFunction => {
    const key = target(pointer);
    let map = cache.get(ajv);
    if (!map) {
      map = new Map();
      cache.set(ajv, map);
    }
    let fn = map.get(key);
    if (!fn) {
      fn = ajv.compile({ $ref: `${SPEC_ID}${key}` });
      map.set(key, fn);
    }
    return fn;
  };
  const ref = (pointer: string) => ({ $ref: `${SPEC_ID}${pointer}` });
  const objectOf = (list: SpecOperation["parameters"]) => ({
    type: "object",
    properties: Object.fromEntries(list.map((p) => [p.name, ref(p.schema)])),
    required: list.filter((p) => p.required || p.in === "path").map((p) => p.name),
  });
  const operations = operationsOf(doc).map((op): CompiledOperation => {
    const byStatus = new Map<string, () => ValidateFunction | undefined>();
    for (const [status, response] of op.responses) {
      const schema = response.schema;
      byStatus.set(
        status,
        memo(() => (schema ? byPointer(responses, schema) : undefined)),
      );
    }
    const body = op.body;
    return {
      ...op,
      validatePath: memo(() => params.compile(objectOf(op.parameters.filter((p) => p.in === "path")))),
      validateQuery: memo(() => params.compile(objectOf(op.parameters.filter((p) => p.in === "query")))),
      validateBody: memo(() => (body ? byPointer(bodies, body.schema) : undefined)),
      validateResponse: (status) => byStatus.get(status)?.(),
    };
  });
  const hasError = Boolean((doc.components?.schemas as Record<string, unknown> | undefined)?.Error);
  const result: CompiledSpec = {
    operations,
    validateError: memo(() => (hasError ? byPointer(responses, "#/components/schemas/Error") : undefined)),
  };
  compiled.set(doc, result);
  return result;
}

/** `/oauth/redirectUris/0` → `oauth.redirectUris[0]`. */
function fieldOf(instancePath: string, extra?: string): string {
  const parts = instancePath.split("/").slice(1);
  if (extra !== undefined) parts.push(extra);
  let field = "";
  for (const raw of parts) {
    const part = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    field += /^\d+$/.test(part) ? `[${part}]` : field ? `.${part}` : part;
  }
  return field;
}

/** Ajv's errors as one message per field, each starting with the field's name. */
export function fieldErrors(errors: ErrorObject[] | null | undefined, fallback: string): FieldError[] {
  const out: FieldError[] = [];
  const seen = new Set<string>();
  for (const e of errors ?? []) {
    // if/then and oneOf add a summary error on top of the specific ones.
    if (e.keyword === "if" || e.keyword === "oneOf" || e.keyword === "anyOf") {
      if ((errors ?? []).length > 1) continue;
    }
    const params = e.params as Record<string, unknown>;
    const extra =
      e.keyword === "required"
        ? String(params.missingProperty)
        : e.keyword === "additionalProperties" || e.keyword === "unevaluatedProperties"
          ? String(params.additionalProperty ?? params.unevaluatedProperty)
          : undefined;
    const field = fieldOf(e.instancePath, extra) || fallback;
    let text: string;
    if (e.keyword === "required") text = "is required";
    else if (e.keyword === "additionalProperties" || e.keyword === "unevaluatedProperties") text = "is not allowed";
    else if (e.keyword === "enum")
      text = `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    else text = e.message ?? "is invalid";
    const message = `${field} ${text}`;
    if (seen.has(message)) continue;
    seen.add(message);
    out.push({ field, message });
  }
  return out;
}
