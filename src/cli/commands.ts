/**
 * The command table of `kontext <namespace> <method>`: one command per client method of the
 * operation table (src/operations.ts), joined with a bundled spec for the HTTP method and path,
 * the help texts, the positional ids and the flags. It reads no file: `./table.ts` builds it from
 * the spec the package ships, and scripts/samples.mjs from openapi.yaml.
 * @module
 */
import { isSecretKey } from "../core/redact.js";
import { NAMESPACES, type Namespace, OPERATIONS } from "../operations.js";
import { followRefs, resolvePointer } from "../pointer.js";
import { RESERVED_FLAGS } from "./flags.js";

type Json = Record<string, unknown>;

/** A flag generated from a query parameter or a body field (a nested one joined by dots: `--oauth.type`). */
export interface Flag {
  /** The flag's name without dashes, kebab case (`redirect-uri`, `oauth.redirect-uris`). */
  name: string;
  /** Other accepted names (the plural or singular of an array field). */
  aliases: string[];
  /** The wire name, dotted for a nested body field (`redirectUris`, `oauth.redirectUris`). */
  key: string;
  /** Where the value goes in the query or the body (`["oauth", "redirectUris"]`). */
  path: string[];
  in: "query" | "body";
  type: "string" | "integer" | "number" | "boolean" | "string[]";
  enum?: string[];
  minimum?: number;
  maximum?: number;
  default?: unknown;
  required: boolean;
  description: string;
}

export interface PathArg {
  /** The path template's name (`id`). */
  name: string;
  /** What help shows (`application-id`). */
  placeholder: string;
  description: string;
}

export interface BodyInfo {
  required: boolean;
  /** The schema's name, when it is a component. */
  schemaName: string | undefined;
  description: string;
  /** Top-level fields required by the schema. */
  requiredFields: string[];
  /** Each object of the body that has flags (the body itself first), with the fields it requires. */
  objects: { path: string[]; required: string[] }[];
  minProperties: number;
  /** Fields that are only accepted through --data (dotted when nested): open objects, lists of objects, and secrets. */
  dataOnly: { key: string; secret: boolean; description: string }[];
}

export interface CommandSpec {
  /** `applications`, `service-accounts`… */
  namespace: string;
  /** The client's namespace property (`serviceAccounts`). */
  clientNamespace: Namespace;
  /** `rotate-secret`… */
  name: string;
  /** The client method (`rotateSecret`). */
  method: string;
  operationId: string;
  httpMethod: string;
  path: string;
  summary: string;
  description: string;
  pathArgs: PathArg[];
  flags: Flag[];
  body: BodyInfo | undefined;
  /** The operation takes a `cursor`: `--all` follows its pages. */
  paginated: boolean;
  /** A list answer (`items`): `--all` streams it. */
  list: boolean;
  /** The answer's purpose is a new secret (shown once, with a warning on stderr). */
  newSecret: boolean;
}

export interface Namespaces {
  /** `applications` → its description and commands, in the operation table's order. */
  namespaces: Map<string, { clientNamespace: Namespace; description: string; commands: Map<string, CommandSpec> }>;
  title: string;
}

/** Operations whose answers exist to hand over a new secret: create and rotate-secret. */
const NEW_SECRET = new Set([
  "createServiceAccount",
  "rotateServiceAccountSecret",
  "createApplication",
  "rotateApplicationSecret",
]);

/** camelCase → kebab-case, keeping "OAuth" one word (`getOAuthConfig` → `get-oauth-config`). */
export function kebab(name: string): string {
  return name
    .replace(/OAuth/g, "Oauth")
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .toLowerCase();
}

function singular(word: string): string {
  return word.endsWith("s") ? word.slice(0, -1) : word;
}

function deref(spec: Json, node: unknown): Json {
  const ref = (node as Json | undefined)?.$ref;
  const value = typeof ref === "string" ? resolvePointer(spec, followRefs(spec, ref)) : node;
  return (value as Json | undefined) ?? {};
}

function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

function flagType(schema: Json, spec: Json): Flag["type"] | undefined {
  const type = schema.type;
  if (type === "string" || type === "integer" || type === "number" || type === "boolean") return type;
  if (type === "array" && deref(spec, schema.items).type === "string") return "string[]";
  return undefined;
}

/** What the schema says a flag's value may be: its enum, its range, its default. */
function limitsOf(schema: Json): Pick<Flag, "enum" | "minimum" | "maximum" | "default"> {
  return {
    ...(Array.isArray(schema.enum) && { enum: schema.enum.map(String) }),
    ...(typeof schema.minimum === "number" && { minimum: schema.minimum }),
    ...(typeof schema.maximum === "number" && { maximum: schema.maximum }),
    ...(schema.default !== undefined && { default: schema.default }),
  };
}

/** Builds the table; throws when an operation of the table is missing from the spec. */
export function commandTable(spec: Json): Namespaces {
  const operations = new Map<string, { httpMethod: string; path: string; op: Json; item: Json }>();
  for (const [path, item] of Object.entries((spec.paths ?? {}) as Record<string, Json>)) {
    for (const [httpMethod, op] of Object.entries(item)) {
      const id = (op as Json | null)?.operationId;
      if (typeof id === "string")
        operations.set(id, { httpMethod: httpMethod.toUpperCase(), path, op: op as Json, item });
    }
  }
  const tags = new Map<string, string>();
  for (const tag of (spec.tags ?? []) as Json[]) tags.set(String(tag.name), text(tag.description));

  const namespaces: Namespaces["namespaces"] = new Map();
  for (const clientNamespace of NAMESPACES) {
    namespaces.set(kebab(clientNamespace), { clientNamespace, description: "", commands: new Map() });
  }
  for (const [operationId, methods] of Object.entries(OPERATIONS)) {
    const found = operations.get(operationId);
    if (!found) throw new Error(`operation ${operationId} of src/operations.ts is not in the bundled spec`);
    for (const qualified of methods as readonly string[]) {
      const dot = qualified.indexOf(".");
      if (dot < 0) continue; // a method of the client itself (refreshToken), not a namespace command
      const clientNamespace = qualified.slice(0, dot) as Namespace;
      const method = qualified.slice(dot + 1);
      const ns = namespaces.get(kebab(clientNamespace));
      if (!ns) throw new Error(`${qualified}: unknown namespace`);
      const command = buildCommand(spec, found, operationId, clientNamespace, method);
      if (!ns.description) {
        const tag = ((found.op.tags ?? []) as string[])[0];
        ns.description = tag ? (tags.get(tag) ?? "") : "";
      }
      ns.commands.set(command.name, command);
    }
  }
  return { namespaces, title: text((spec.info as Json | undefined)?.title) };
}

function buildCommand(
  spec: Json,
  found: { httpMethod: string; path: string; op: Json; item: Json },
  operationId: string,
  clientNamespace: Namespace,
  method: string,
): CommandSpec {
  const { op, item, path, httpMethod } = found;
  const params = [...((item.parameters ?? []) as unknown[]), ...((op.parameters ?? []) as unknown[])].map((p) =>
    deref(spec, p),
  );
  const segments = path.split("/");
  const pathArgs: PathArg[] = [];
  for (const match of path.matchAll(/\{(\w+)\}/g)) {
    const name = match[1] as string;
    const param = params.find((p) => p.in === "path" && p.name === name) ?? {};
    // `{id}` is named after the collection it indexes: /applications/{id} → application-id.
    const before = segments[segments.indexOf(`{${name}}`) - 1] ?? "";
    const placeholder = name === "id" && before ? `${singular(before)}-id` : kebab(name);
    pathArgs.push({ name, placeholder, description: text(param.description) });
  }

  const flags: Flag[] = [];
  const taken = new Set(RESERVED_FLAGS);
  const addFlag = (flag: Flag) => {
    let name = flag.name;
    if (taken.has(name)) name = `${flag.in}-${name}`;
    flag.name = name;
    flag.aliases = flag.aliases.filter((a) => !taken.has(a) && a !== name);
    taken.add(name);
    for (const alias of flag.aliases) taken.add(alias);
    flags.push(flag);
  };
  for (const param of params) {
    if (param.in !== "query") continue;
    const schema = deref(spec, param.schema);
    const type = flagType(schema, spec) ?? "string";
    addFlag({
      name: kebab(String(param.name)),
      aliases: [],
      key: String(param.name),
      path: [String(param.name)],
      in: "query",
      type,
      ...limitsOf(schema),
      required: param.required === true,
      description: text(param.description) || text(schema.description),
    });
  }

  let body: BodyInfo | undefined;
  const requestBody = op.requestBody ? deref(spec, op.requestBody) : undefined;
  const content = (requestBody?.content as Json | undefined)?.["application/json"] as Json | undefined;
  if (requestBody && content) {
    const ref = (content.schema as Json | undefined)?.$ref;
    const schema = deref(spec, content.schema);
    const required = Array.isArray(schema.required) ? schema.required.map(String) : [];
    body = {
      required: requestBody.required === true,
      schemaName: typeof ref === "string" ? ref.split("/").at(-1) : undefined,
      description: text(schema.description),
      requiredFields: required,
      objects: [{ path: [], required }],
      minProperties: typeof schema.minProperties === "number" ? schema.minProperties : 0,
      dataOnly: [],
    };
    // `needed`: every object on the way is required, so a required field here is required of the command.
    const walk = (object: Json, path: string[], needed: boolean) => {
      for (const [key, raw] of Object.entries((object.properties ?? {}) as Record<string, unknown>)) {
        const field = deref(spec, raw);
        const here = [...path, key];
        const dotted = here.join(".");
        const type = flagType(field, spec);
        const secret = field.writeOnly === true || (type === "string" && isSecretKey(key));
        const description = text(field.description);
        // A nested object of known fields becomes flags of its own (`--oauth.type`).
        if (!secret && field.type === "object" && field.properties && field.additionalProperties !== true) {
          body?.objects.push({ path: here, required: Array.isArray(field.required) ? field.required.map(String) : [] });
          walk(field, here, needed && requiredBy(path).includes(key));
          continue;
        }
        // A secret is never a flag value: it would show in process lists and shell history.
        if (type === undefined || secret) {
          body?.dataOnly.push({ key: dotted, secret, description });
          continue;
        }
        const prefix = path.map((p) => `${kebab(p)}.`).join("");
        // A top-level list takes its singular name (`--redirect-uri`, as before nesting came); a
        // nested one its own (`--oauth.redirect-uris`); each accepts the other.
        const [name, alias] =
          type !== "string[]"
            ? [kebab(key), undefined]
            : path.length === 0
              ? [kebab(singular(key)), kebab(key)]
              : [kebab(key), kebab(singular(key))];
        addFlag({
          name: prefix + name,
          aliases: alias !== undefined && alias !== name ? [prefix + alias] : [],
          key: dotted,
          path: here,
          in: "body",
          type,
          ...limitsOf(field),
          required: needed && requiredBy(path).includes(key),
          description,
        });
      }
    };
    const requiredBy = (path: string[]) =>
      body?.objects.find((o) => o.path.join(".") === path.join("."))?.required ?? [];
    walk(schema, [], true);
  }

  const ok = Object.entries((op.responses ?? {}) as Json).find(([status]) => /^2/.test(status))?.[1];
  const answer = deref(spec, (deref(spec, ok).content as Json | undefined)?.["application/json"]);
  const answerSchema = deref(spec, answer.schema);
  return {
    namespace: kebab(clientNamespace),
    clientNamespace,
    name: kebab(method),
    method,
    operationId,
    httpMethod,
    path,
    summary: text(op.summary),
    description: text(op.description),
    pathArgs,
    flags,
    body,
    paginated: flags.some((f) => f.in === "query" && f.key === "cursor"),
    list: Boolean((answerSchema.properties as Json | undefined)?.items),
    newSecret: NEW_SECRET.has(operationId),
  };
}
