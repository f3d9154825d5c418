// The sandbox's JSON Schema validators, compiled by ajv: at build time into
// generated/sandbox-validators.ts (scripts/sandbox-validators.mjs), and at run time only for a
// `spec` given to the sandbox. ajv compiles a schema into JavaScript through `new Function`, which
// workerd refuses, so the package's own spec never compiles at run time.
import { Ajv2020, type Options } from "ajv/dist/2020.js";
import * as formats from "ajv-formats";
import { type OpenApiDocument, SPEC_ID, type ValidatorPlan } from "./spec.js";
import type { ValidateFunction, Validators } from "./validator.js";

/** The ajv options of each group of the plan (see `ValidatorPlan`). */
const GROUP_OPTIONS: Record<keyof ValidatorPlan, Options> = {
  params: { coerceTypes: true, useDefaults: true },
  bodies: { useDefaults: true },
  responses: {},
};

/** An ajv instance for one group of the plan, with the document added under `SPEC_ID`. */
export function makeAjv(doc: OpenApiDocument, group: keyof ValidatorPlan, extra: Options = {}): Ajv2020 {
  // ajv-formats is CommonJS with `exports.default`: the plugin is `.default` of the namespace from
  // CommonJS, and `.default.default` from ESM (where `.default` is module.exports, the same function).
  const ns = formats as unknown as { default: formats.FormatsPlugin & { default?: formats.FormatsPlugin } };
  const addFormats = ns.default.default ?? ns.default;
  // strict: false because an OpenAPI document carries keywords JSON Schema does not know
  // (`example`, `discriminator`, `x-…`); every JSON Schema keyword is still enforced.
  // inlineRefs: false compiles each shared component once instead of into every validator.
  const ajv = new Ajv2020({ strict: false, allErrors: true, inlineRefs: false, ...GROUP_OPTIONS[group], ...extra });
  addFormats(ajv);
  // The document is not itself a JSON Schema, so it is not checked against the meta-schema (the
  // spec lint validates it); its schemas are, as each is compiled.
  ajv.addSchema(doc as object, SPEC_ID, undefined, false);
  return ajv;
}

/** Validators for a document given at run time: each compiled on first use, as ajv allows. */
export function compilePlan(doc: OpenApiDocument, plan: ValidatorPlan): Validators {
  const group = (name: keyof ValidatorPlan) => {
    let ajv: Ajv2020 | undefined;
    const done = new Map<string, ValidateFunction>();
    return (key: string): ValidateFunction => {
      let fn = done.get(key);
      if (!fn) {
        const schema = plan[name][key];
        if (!schema) throw new Error(`no ${name} validator ${key}`);
        ajv ??= makeAjv(doc, name);
        fn = ajv.compile(schema) as ValidateFunction;
        done.set(key, fn);
      }
      return fn;
    };
  };
  return { params: group("params"), bodies: group("bodies"), responses: group("responses") };
}
