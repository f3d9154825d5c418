// npm run spec:diff -- BASE HEAD [--json]: what changed between two OpenAPI documents, operation by
// operation, judged from the point of view of a client written against BASE.
//
// Requests may widen and answers may narrow; the opposite breaks a client. A schema is judged where
// it is used (a component shared by a request and an answer is checked both ways), and $refs are
// resolved first, so a refactor that changes nothing on the wire reports nothing. Rule ids follow
// oasdiff's catalogue where it has a name for the change.
//
// Exit status: 0 nothing breaking, 1 something breaking, 2 a file cannot be read or is not OpenAPI.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "yaml";
import { importSources } from "./bundle.mjs";

// The package's one JSON-pointer helper (src/pointer.ts), bundled on the fly: this script runs before the build.
const { resolvePointer } = await importSources('export { resolvePointer } from "./src/pointer.ts";');

export const LEVELS = ["breaking", "warning", "info"];
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** A file that cannot be read or is not an OpenAPI document; its message is one line naming the file. */
export class SpecReadError extends Error {}

/** Reads an OpenAPI document (YAML or JSON) from a file. */
export function loadSpec(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new SpecReadError(`${file}: cannot read it (${error.code ?? error.message})`);
  }
  return parseSpec(text, file);
}

/** JSON.parse, falling back to the YAML parser for YAML flow syntax that is not JSON (`{ a: 1 }`). */
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return parse(text, { maxAliasCount: -1 });
  }
}

/** Parses an OpenAPI document from its text; `name` is how errors refer to it. */
export function parseSpec(text, name) {
  let document;
  try {
    // JSON is YAML too, but JSON.parse reads this spec about 80 times faster than the YAML parser.
    document = /^\s*\{/.test(text) ? parseJson(text) : parse(text, { maxAliasCount: -1 });
  } catch (error) {
    throw new SpecReadError(`${name}: not YAML or JSON (${String(error.message).split("\n")[0]})`);
  }
  if (document === null || typeof document !== "object" || Array.isArray(document)) {
    throw new SpecReadError(`${name}: not an OpenAPI document (no top-level object)`);
  }
  if (typeof document.openapi !== "string" || !/^3\.[01]\.\d+/.test(document.openapi)) {
    const found = document.swagger ? `swagger ${document.swagger}` : `openapi ${JSON.stringify(document.openapi)}`;
    throw new SpecReadError(`${name}: not an OpenAPI 3.0 or 3.1 document (${found})`);
  }
  const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
  // OpenAPI 3.0 and 3.1 both require info with a title and a version.
  if (
    !isObject(document.info) ||
    typeof document.info.title !== "string" ||
    typeof document.info.version !== "string"
  ) {
    throw new SpecReadError(`${name}: not an OpenAPI document (info with a title and a version is required)`);
  }
  // 3.1 may leave paths out (webhooks or components only); 3.0 may not.
  if (document.paths === undefined && document.openapi.startsWith("3.0")) {
    throw new SpecReadError(`${name}: not an OpenAPI 3.0 document (paths is required)`);
  }
  if (document.paths !== undefined && !isObject(document.paths)) {
    throw new SpecReadError(`${name}: not an OpenAPI document (paths is not an object)`);
  }
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    if (!isObject(item))
      throw new SpecReadError(`${name}: not an OpenAPI document (paths["${path}"] is not an object)`);
    for (const method of ["get", "put", "post", "delete", "options", "head", "patch", "trace"]) {
      if (item[method] !== undefined && !isObject(item[method])) {
        throw new SpecReadError(`${name}: not an OpenAPI document (${method} ${path} is not an operation object)`);
      }
    }
  }
  return document;
}

/** Follows a local `$ref` (`#/components/...`), repeatedly; returns the target or the value itself. */
function deref(document, value, seen = new Set()) {
  while (value && typeof value === "object" && typeof value.$ref === "string") {
    const ref = value.$ref;
    if (seen.has(ref) || !ref.startsWith("#")) return value;
    seen.add(ref);
    const target = resolvePointer(document, ref);
    if (target === undefined) return value;
    // Siblings of $ref (3.1) such as description apply on top of the target.
    const { $ref, ...siblings } = value;
    value = Object.keys(siblings).length > 0 ? { ...target, ...siblings } : target;
  }
  return value;
}

/** The operations of a document keyed by method and path template with parameter names erased. */
function operationsOf(document) {
  const operations = new Map();
  for (const [path, rawItem] of Object.entries(document.paths ?? {})) {
    const item = deref(document, rawItem);
    if (!item || typeof item !== "object") continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!op || typeof op !== "object") continue;
      const key = `${method.toUpperCase()} ${path.replace(/\{[^}]*\}/g, "{}")}`;
      operations.set(key, { method: method.toUpperCase(), path, op, item });
    }
  }
  return operations;
}

/**
 * Every change between `base` and `head` (parsed OpenAPI documents), each
 * `{ id, level, operation, method, path, message }`, breaking first.
 */
export function diffSpecs(base, head) {
  const changes = [];
  const baseOps = operationsOf(base);
  const headOps = operationsOf(head);
  const headById = new Map([...headOps.values()].filter((o) => o.op.operationId).map((o) => [o.op.operationId, o]));

  for (const [key, b] of baseOps) {
    const operation = b.op.operationId ?? key;
    const at = { operation, method: b.method, path: b.path };
    const add = (id, level, message) => changes.push({ id, level, ...at, message });
    const h = headOps.get(key);
    if (!h) {
      const moved = b.op.operationId && headById.get(b.op.operationId);
      const where = moved ? `; ${moved.method} ${moved.path} now has its operationId` : "";
      if (b.op.deprecated) add("api-removed-with-deprecation", "warning", `deprecated operation removed${where}`);
      else add("api-removed-without-deprecation", "breaking", `operation removed without deprecation${where}`);
      continue;
    }
    new OperationDiff(base, head, add).compare(b, h);
  }
  for (const [key, h] of headOps) {
    if (baseOps.has(key)) continue;
    changes.push({
      id: "endpoint-added",
      level: "info",
      operation: h.op.operationId ?? key,
      method: h.method,
      path: h.path,
      message: `operation added: ${h.op.summary ?? h.op.operationId ?? key}`,
    });
  }

  const seen = new Set();
  const unique = changes.filter((c) => {
    const k = `${c.id}\u0000${c.method} ${c.path}\u0000${c.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return unique.sort((x, y) => LEVELS.indexOf(x.level) - LEVELS.indexOf(y.level));
}

/** Compares one operation of BASE with the same operation of HEAD. */
class OperationDiff {
  constructor(base, head, add) {
    this.base = base;
    this.head = head;
    this.add = add;
  }

  compare(b, h) {
    const { add } = this;
    if (b.op.operationId && h.op.operationId && b.op.operationId !== h.op.operationId) {
      add(
        "api-operation-id-updated",
        "breaking",
        `operationId changed from ${b.op.operationId} to ${h.op.operationId}`,
      );
    }
    if (!b.op.deprecated && h.op.deprecated) add("endpoint-deprecated", "warning", "operation deprecated");
    if (b.op.deprecated && !h.op.deprecated) add("endpoint-reactivated", "info", "operation no longer deprecated");
    if ((b.op.summary ?? "") !== (h.op.summary ?? "")) add("api-summary-updated", "info", "summary reworded");
    if ((b.op.description ?? "") !== (h.op.description ?? "")) {
      add("api-description-updated", "info", "description reworded");
    }
    this.compareParameters(b, h);
    this.compareRequestBody(b.op.requestBody, h.op.requestBody);
    this.compareResponses(b.op.responses ?? {}, h.op.responses ?? {});
  }

  /** Path and operation parameters merged (an operation's own win); path parameters by position. */
  parameters(document, { op, item, path }) {
    const merged = new Map();
    for (const raw of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
      const p = deref(document, raw);
      if (!p || typeof p !== "object" || !p.in) continue;
      merged.set(`${p.in} ${p.in === "header" ? String(p.name).toLowerCase() : p.name}`, p);
    }
    const names = [...path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
    const byKey = new Map();
    for (const [key, p] of merged) {
      byKey.set(p.in === "path" && names.includes(p.name) ? `path #${names.indexOf(p.name)}` : key, p);
    }
    return byKey;
  }

  compareParameters(b, h) {
    const { add } = this;
    const before = this.parameters(this.base, b);
    const after = this.parameters(this.head, h);
    for (const [key, p] of after) {
      if (before.has(key)) continue;
      if (p.required) add("new-required-request-parameter", "breaking", `new required ${p.in} parameter '${p.name}'`);
      else add("new-optional-request-parameter", "info", `new optional ${p.in} parameter '${p.name}'`);
    }
    for (const [key, p] of before) {
      const q = after.get(key);
      if (!q) {
        add("request-parameter-removed", "warning", `${p.in} parameter '${p.name}' removed`);
        continue;
      }
      if (!p.required && q.required) {
        add("request-parameter-became-required", "breaking", `${p.in} parameter '${p.name}' became required`);
      }
      if (p.required && !q.required) {
        add("request-parameter-became-optional", "info", `${p.in} parameter '${p.name}' became optional`);
      }
      if ((p.description ?? "") !== (q.description ?? "")) {
        add("request-parameter-description-updated", "info", `${p.in} parameter '${p.name}': description reworded`);
      }
      const bs = p.schema ?? Object.values(p.content ?? {})[0]?.schema;
      const hs = q.schema ?? Object.values(q.content ?? {})[0]?.schema;
      this.schema(bs, hs, { dir: "request", kind: "parameter", where: `${p.in} parameter '${p.name}'` });
    }
  }

  compareRequestBody(rawBase, rawHead) {
    const { add } = this;
    const b = deref(this.base, rawBase);
    const h = deref(this.head, rawHead);
    if (!b && !h) return;
    if (!b) {
      if (h.required) add("request-body-added-required", "breaking", "required request body added");
      else add("request-body-added-optional", "info", "optional request body added");
      return;
    }
    if (!h) {
      add("request-body-removed", "warning", "request body removed");
      return;
    }
    if (!b.required && h.required) add("request-body-became-required", "breaking", "request body became required");
    if (b.required && !h.required) add("request-body-became-optional", "info", "request body became optional");
    for (const [type, media] of Object.entries(b.content ?? {})) {
      const other = h.content?.[type];
      if (!other) {
        add("request-body-media-type-removed", "breaking", `request media type ${type} no longer accepted`);
        continue;
      }
      this.schema(media.schema, other.schema, { dir: "request", kind: "body", where: `request body (${type})` });
    }
    for (const type of Object.keys(h.content ?? {})) {
      if (!b.content?.[type]) add("request-body-media-type-added", "info", `request media type ${type} accepted`);
    }
  }

  compareResponses(before, after) {
    const { add } = this;
    const success = (status) => /^(2|default$)/i.test(status);
    for (const [status, raw] of Object.entries(before)) {
      const b = deref(this.base, raw);
      const h = deref(this.head, after[status]);
      if (!h) {
        if (success(status)) add("response-success-status-removed", "breaking", `success status ${status} removed`);
        else add("response-non-success-status-removed", "info", `status ${status} no longer documented`);
        continue;
      }
      this.compareHeaders(status, b.headers ?? {}, h.headers ?? {});
      for (const [type, media] of Object.entries(b.content ?? {})) {
        const other = h.content?.[type];
        if (!other) {
          add("response-media-type-removed", "breaking", `${status} answer no longer has media type ${type}`);
          continue;
        }
        this.schema(media.schema, other.schema, { dir: "response", kind: "body", where: `${status} answer (${type})` });
      }
      for (const type of Object.keys(h.content ?? {})) {
        if (b.content?.[type]) continue;
        if (success(status) && Object.keys(b.content ?? {}).length > 0) {
          add("response-media-type-added", "warning", `${status} answer may now have media type ${type}`);
        } else add("response-media-type-added", "info", `${status} answer has media type ${type}`);
      }
    }
    for (const status of Object.keys(after)) {
      if (before[status]) continue;
      if (success(status)) add("response-success-status-added", "warning", `new success status ${status}`);
      else add("response-non-success-status-added", "info", `status ${status} documented`);
    }
  }

  compareHeaders(status, before, after) {
    const lower = (o) => new Map(Object.entries(o).map(([k, v]) => [k.toLowerCase(), v]));
    const b = lower(before);
    const h = lower(after);
    for (const [name, raw] of b) {
      const header = deref(this.base, raw);
      const other = deref(this.head, h.get(name));
      if (!other) {
        if (header.required) {
          this.add("required-response-header-removed", "breaking", `${status} answer: required header ${name} removed`);
        } else this.add("optional-response-header-removed", "warning", `${status} answer: header ${name} removed`);
      } else if (header.required && !other.required) {
        this.add("response-header-became-optional", "breaking", `${status} answer: header ${name} became optional`);
      }
    }
    for (const name of h.keys()) {
      if (!b.has(name)) this.add("response-header-added", "info", `${status} answer: header ${name} added`);
    }
  }

  /**
   * Compares two schemas at one place: `dir` is "request" (what the client sends) or "response"
   * (what it receives); `kind` is "parameter", "body" (the top level) or "property" (nested).
   */
  schema(rawBase, rawHead, at, seen = new Set()) {
    if (rawBase === undefined && rawHead === undefined) return;
    const pairKey = `${rawBase?.$ref ?? ""}|${rawHead?.$ref ?? ""}|${at.dir}`;
    if (rawBase?.$ref && rawHead?.$ref) {
      if (seen.has(pairKey)) return; // a recursive schema: this pair is being compared further up
      seen = new Set(seen).add(pairKey);
    }
    const b = normalize(this.base, rawBase);
    const h = normalize(this.head, rawHead);
    const request = at.dir === "request";
    const prefix = at.kind === "parameter" ? "request-parameter" : `${at.dir}-${at.kind}`;
    const add = (suffix, level, message) => this.add(`${prefix}-${suffix}`, level, `${place(at)}: ${message}`);

    // Types: a request may accept more, an answer may send less.
    const bt = b.types;
    const ht = h.types;
    if (bt && ht) {
      const lost = [...bt].filter((t) => t !== "null" && !covers(ht, t));
      const gained = [...ht].filter((t) => t !== "null" && !covers(bt, t));
      if (request ? lost.length > 0 : gained.length > 0) {
        add("type-changed", "breaking", `type changed from ${[...bt].join("|")} to ${[...ht].join("|")}`);
      } else if (lost.length > 0 || gained.length > 0) {
        add(
          request ? "type-generalized" : "type-specialized",
          "info",
          `type changed from ${[...bt].join("|")} to ${[...ht].join("|")}`,
        );
      }
      if (bt.has("null") && !ht.has("null")) {
        add("became-not-nullable", request ? "breaking" : "info", "no longer nullable");
      }
      if (!bt.has("null") && ht.has("null")) add("became-nullable", request ? "info" : "breaking", "became nullable");
    } else if (bt && !ht) {
      add("type-changed", request ? "info" : "breaking", `type ${[...bt].join("|")} no longer stated`);
    } else if (!bt && ht) {
      add("type-changed", request ? "breaking" : "info", `type restricted to ${[...ht].join("|")}`);
    }

    // Enumerations.
    if (b.enum || h.enum) {
      const show = (v) => JSON.stringify(v);
      const has = (list, v) => list.some((x) => JSON.stringify(x) === JSON.stringify(v));
      if (b.enum && h.enum) {
        for (const v of b.enum) {
          if (!has(h.enum, v)) {
            add("enum-value-removed", request ? "breaking" : "info", `enum value ${show(v)} removed`);
          }
        }
        for (const v of h.enum) {
          if (!has(b.enum, v)) add("enum-value-added", request ? "info" : "warning", `enum value ${show(v)} added`);
        }
      } else if (h.enum) {
        add("enum-added", request ? "breaking" : "info", `now limited to ${h.enum.map(show).join(", ")}`);
      } else {
        add("enum-removed", request ? "info" : "warning", "no longer limited to a list of values");
      }
    }

    // Bounds: a request bound may only loosen, an answer bound may only tighten.
    const bounds = [
      ["maximum", "max", "upper", "max"],
      ["exclusiveMaximum", "max", "upper", "exclusive-max"],
      ["maxLength", "max-length", "upper", "max-length"],
      ["maxItems", "max-items", "upper", "max-items"],
      ["maxProperties", "max-properties", "upper", "max-properties"],
      ["minimum", "min", "lower", "min"],
      ["exclusiveMinimum", "min", "lower", "exclusive-min"],
      ["minLength", "min-length", "lower", "min-length"],
      ["minItems", "min-items", "lower", "min-items"],
      ["minProperties", "min-properties", "lower", "min-properties"],
    ];
    for (const [keyword, rule, side] of bounds) {
      const x = typeof b[keyword] === "number" ? b[keyword] : undefined;
      const y = typeof h[keyword] === "number" ? h[keyword] : undefined;
      if (x === y) continue;
      const upper = side === "upper";
      let tighter;
      let suffix;
      if (x === undefined) {
        tighter = true;
        suffix = `${rule}-set`;
      } else if (y === undefined) {
        tighter = false;
        suffix = `${rule}-unset`;
      } else {
        tighter = upper ? y < x : y > x;
        suffix = `${rule}-${y < x ? "decreased" : "increased"}`;
      }
      const breaking = request ? tighter : !tighter;
      add(suffix, breaking ? "breaking" : "info", `${keyword} ${x ?? "none"} → ${y ?? "none"}`);
    }
    if (b.uniqueItems !== true && h.uniqueItems === true && request) {
      add("unique-items-set", "breaking", "items must now be unique");
    }
    if (b.pattern !== h.pattern) {
      if (!b.pattern) add("pattern-added", request ? "breaking" : "info", `pattern ${h.pattern} added`);
      else if (!h.pattern) add("pattern-removed", request ? "info" : "warning", `pattern ${b.pattern} removed`);
      else add("pattern-changed", "warning", `pattern changed from ${b.pattern} to ${h.pattern}`);
    }
    if (b.format !== h.format) {
      if (!b.format) add("format-added", request ? "breaking" : "info", `format ${h.format} added`);
      else if (!h.format) add("format-removed", request ? "info" : "warning", `format ${b.format} removed`);
      else add("format-changed", request ? "breaking" : "warning", `format changed from ${b.format} to ${h.format}`);
    }
    if (request && b.default !== undefined && JSON.stringify(b.default) !== JSON.stringify(h.default)) {
      add("default-value-changed", "warning", `default ${JSON.stringify(b.default)} → ${JSON.stringify(h.default)}`);
    }
    if ((b.description ?? "") !== (h.description ?? "") && at.kind === "property") {
      add("description-updated", "info", "description reworded");
    }

    this.properties(b, h, at, seen);

    if (b.items || h.items) {
      this.schema(b.items, h.items, { ...at, kind: "property", field: `${at.field ?? ""}[]` }, seen);
    }
    if (b.additionalProperties !== undefined || h.additionalProperties !== undefined) {
      const bo = b.additionalProperties;
      const ho = h.additionalProperties;
      if (request && bo !== false && ho === false) {
        this.add(
          `${prefix}-additional-properties-disallowed`,
          "breaking",
          `${place(at)}: other properties now refused`,
        );
      }
      if (typeof bo === "object" && typeof ho === "object") {
        this.schema(bo, ho, { ...at, kind: "property", field: `${at.field ?? ""}{}` }, seen);
      }
    }
    this.variants(b, h, at, seen);
  }

  properties(b, h, at, seen) {
    const request = at.dir === "request";
    const bp = b.properties ?? {};
    const hp = h.properties ?? {};
    const br = new Set(b.required ?? []);
    const hr = new Set(h.required ?? []);
    // A request never carries readOnly properties, an answer never writeOnly ones.
    const hidden = (document, schema) => {
      const s = schema && normalize(document, schema);
      return Boolean(s && (request ? s.readOnly : s.writeOnly));
    };
    const kind = request ? "request-property" : "response-property";
    const add = (id, level, message) => this.add(id, level, `${at.where}: ${message}`);
    for (const p of new Set([...Object.keys(bp), ...Object.keys(hp), ...br, ...hr])) {
      const field = at.field ? `${at.field}.${p}` : p;
      const wasHidden = hidden(this.base, bp[p]);
      const isHidden = hidden(this.head, hp[p]);
      if (wasHidden && isHidden) continue;
      const inBase = (p in bp || br.has(p)) && !wasHidden;
      const inHead = (p in hp || hr.has(p)) && !isHidden;
      if (!inBase && inHead) {
        if (request) {
          if (hr.has(p)) add("new-required-request-property", "breaking", `new required property '${field}'`);
          else add("new-optional-request-property", "info", `new optional property '${field}'`);
        } else {
          const id = hr.has(p) ? "response-required-property-added" : "response-optional-property-added";
          add(id, "info", `new property '${field}'`);
        }
        continue;
      }
      if (inBase && !inHead) {
        if (request) add("request-property-removed", "warning", `property '${field}' removed`);
        else if (br.has(p))
          add("response-required-property-removed", "breaking", `required property '${field}' removed`);
        else add("response-optional-property-removed", "warning", `optional property '${field}' removed`);
        continue;
      }
      if (!inBase) continue;
      if (!br.has(p) && hr.has(p)) {
        if (request) add(`${kind}-became-required`, "breaking", `property '${field}' became required`);
        else add(`${kind}-became-required`, "info", `property '${field}' is now always present`);
      }
      if (br.has(p) && !hr.has(p)) {
        if (request) add(`${kind}-became-optional`, "info", `property '${field}' became optional`);
        else add(`${kind}-became-optional`, "breaking", `property '${field}' may now be absent`);
      }
      if (p in bp && p in hp) this.schema(bp[p], hp[p], { ...at, kind: "property", field }, seen);
    }
  }

  /** oneOf/anyOf variants: matched by title, else by position. */
  variants(b, h, at, seen) {
    const request = at.dir === "request";
    for (const keyword of ["oneOf", "anyOf"]) {
      const bv = b[keyword] ?? [];
      const hv = h[keyword] ?? [];
      if (bv.length === 0 && hv.length === 0) continue;
      const title = (document, v) => normalize(document, v).title;
      const used = new Set();
      for (const [i, v] of bv.entries()) {
        const t = title(this.base, v);
        let j = t ? hv.findIndex((w) => title(this.head, w) === t) : -1;
        if (j < 0 && !t && i < hv.length && !title(this.head, hv[i])) j = i;
        if (j < 0 || used.has(j)) {
          const level = request ? "breaking" : "info";
          this.add(
            `${variantRule(at, keyword)}-removed`,
            level,
            `${place(at)}: ${keyword} variant ${t ?? `#${i + 1}`} removed`,
          );
          continue;
        }
        used.add(j);
        this.schema(v, hv[j], { ...at, where: `${at.where}, ${keyword} variant ${t ?? `#${i + 1}`}` }, seen);
      }
      for (const [j, w] of hv.entries()) {
        if (used.has(j)) continue;
        const level = request ? "info" : "breaking";
        const t = title(this.head, w) ?? `#${j + 1}`;
        this.add(`${variantRule(at, keyword)}-added`, level, `${place(at)}: ${keyword} variant ${t} added`);
      }
    }
  }
}

/** Where a schema change is: "request body (application/json) field 'oauth.type'". */
function place(at) {
  return at.field ? `${at.where} field '${at.field}'` : at.where;
}

function variantRule(at, keyword) {
  const side = at.kind === "parameter" ? "request-parameter" : `${at.dir}-${at.field ? "property" : "body"}`;
  return `${side}-${keyword === "oneOf" ? "one-of" : "any-of"}`;
}

/** Does a set of types include `t` (an integer is a number)? */
function covers(types, t) {
  return types.has(t) || (t === "integer" && types.has("number"));
}

/**
 * A schema with $refs followed, allOf merged, nullable (3.0) and `null` variants folded into
 * `types`, and a single remaining oneOf/anyOf variant lifted up.
 */
function normalize(document, raw, depth = 0) {
  const schema = deref(document, raw);
  if (!schema || typeof schema !== "object") return { types: undefined };
  let s = { ...schema };
  if (Array.isArray(s.allOf) && depth < 8) {
    const parts = s.allOf.map((part) => normalize(document, part, depth + 1));
    delete s.allOf;
    for (const part of parts) {
      const { types, ...rest } = part;
      s = {
        ...rest,
        ...s,
        properties: { ...(rest.properties ?? {}), ...(s.properties ?? {}) },
        required: [...new Set([...(rest.required ?? []), ...(s.required ?? [])])],
        type: s.type ?? (types ? [...types] : undefined),
      };
    }
  }
  let types;
  if (s.type !== undefined) types = new Set(Array.isArray(s.type) ? s.type : [s.type]);
  if (s.nullable === true && types) types.add("null");
  if ("const" in s && !s.enum) s.enum = [s.const];
  if (Array.isArray(s.enum) && s.enum.includes(null) && types) types.add("null");
  if (Array.isArray(s.enum)) s.enum = s.enum.filter((v) => v !== null);
  for (const keyword of ["oneOf", "anyOf"]) {
    if (!Array.isArray(s[keyword])) continue;
    const nulls = s[keyword].filter((v) => {
      const t = deref(document, v)?.type;
      return t === "null" || (Array.isArray(t) && t.length === 1 && t[0] === "null");
    });
    if (nulls.length === 0) continue;
    const rest = s[keyword].filter((v) => !nulls.includes(v));
    if (rest.length === 1 && depth < 8) {
      const inner = normalize(document, rest[0], depth + 1);
      const { [keyword]: _, ...outer } = s;
      const merged = { ...inner, ...outer };
      merged.types = new Set([...(inner.types ?? []), "null"]);
      if (types) for (const t of types) merged.types.add(t);
      if (!inner.types && !types) merged.types = undefined;
      if (merged.types) merged.types.add("null");
      return merged;
    }
    s[keyword] = rest;
    if (types) types.add("null");
    else types = new Set(["null"]);
  }
  if (types && types.size === 0) types = undefined;
  // 3.0's boolean exclusive bounds: fold into 3.1's numeric form.
  if (s.exclusiveMaximum === true && typeof s.maximum === "number") {
    s.exclusiveMaximum = s.maximum;
    delete s.maximum;
  }
  if (s.exclusiveMinimum === true && typeof s.minimum === "number") {
    s.exclusiveMinimum = s.minimum;
    delete s.minimum;
  }
  return { ...s, types };
}

/** Breaking changes counted, and each change as a line of text. */
export function formatChanges(changes) {
  if (changes.length === 0) return "no changes";
  return changes
    .map((c) => `${c.level.padEnd(8)} ${c.id}  ${c.operation} (${c.method} ${c.path}): ${c.message}`)
    .join("\n");
}

/**
 * `spec:diff BASE HEAD [--json]` with `args` as its arguments, printing each line with `out` or `err`;
 * answers the exit status (a file that cannot be read is one line on `err` and 2).
 */
export function main(args, { out = console.log, err = console.error } = {}) {
  const json = args.includes("--json");
  const files = args.filter((a) => a !== "--json");
  if (files.length !== 2 || files.some((f) => f.startsWith("--"))) {
    err("usage: npm run spec:diff -- BASE HEAD [--json]");
    return 2;
  }
  let base;
  let head;
  try {
    base = loadSpec(files[0]);
    head = loadSpec(files[1]);
  } catch (error) {
    if (!(error instanceof SpecReadError)) throw error;
    err(`spec:diff: ${error.message}`);
    return 2;
  }
  const changes = diffSpecs(base, head);
  const breaking = changes.filter((c) => c.level === "breaking").length;
  if (json) {
    out(JSON.stringify({ changes }, null, 2));
  } else {
    out(formatChanges(changes));
    const count = (level) => changes.filter((c) => c.level === level).length;
    out(`\n${breaking} breaking, ${count("warning")} warning, ${count("info")} info`);
  }
  return breaking > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? "")).href) {
  process.exitCode = main(process.argv.slice(2));
}
