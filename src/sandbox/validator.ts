import { validators as precompiled } from "../../generated/sandbox-validators.js";
import { tokensOf } from "../pointer.js";
import type { ValidatorPlan } from "./spec.js";

/** One problem ajv found (the fields of ajv's `ErrorObject` the sandbox reads). */
export interface ValidationProblem {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A validator, precompiled or compiled by ajv: true when `data` is valid, otherwise `errors` says why. */
export interface ValidateFunction {
  (data: unknown): boolean;
  errors?: ValidationProblem[] | null;
}

/** The validator of each key of a `ValidatorPlan`, by group. */
export type Validators = Record<keyof ValidatorPlan, (key: string) => ValidateFunction>;

/** One problem with a request or a response, with the field it concerns (`oauth.redirectUris[0]`, `limit`, `id`). */
export interface FieldError {
  field: string;
  message: string;
}

const table = precompiled as Record<keyof ValidatorPlan, Record<string, ValidateFunction>>;

/** The validators of the package's own spec, precompiled by `npm run generate` from the same plan. */
export const packageValidators: Validators = {
  params: (key) => lookup("params", key),
  bodies: (key) => lookup("bodies", key),
  responses: (key) => lookup("responses", key),
};

function lookup(group: keyof ValidatorPlan, key: string): ValidateFunction {
  const fn = table[group][key];
  if (!fn) throw new Error(`generated/sandbox-validators.ts has no ${group} validator ${key}: run npm run generate`);
  return fn;
}

/** `/oauth/redirectUris/0` → `oauth.redirectUris[0]`. */
function fieldOf(instancePath: string, extra?: string): string {
  const parts = tokensOf(instancePath);
  if (extra !== undefined) parts.push(extra);
  let field = "";
  for (const part of parts) field += /^\d+$/.test(part) ? `[${part}]` : field ? `.${part}` : part;
  return field;
}

/** A validator's errors as one message per field, each starting with the field's name. */
export function fieldErrors(errors: ValidationProblem[] | null | undefined, fallback: string): FieldError[] {
  const out: FieldError[] = [];
  const seen = new Set<string>();
  for (const e of errors ?? []) {
    // if/then and oneOf add a summary error on top of the specific ones.
    if (e.keyword === "if" || e.keyword === "oneOf" || e.keyword === "anyOf") {
      if ((errors ?? []).length > 1) continue;
    }
    const params = e.params;
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
