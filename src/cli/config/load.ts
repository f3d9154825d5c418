import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import { configSchema } from "../../../generated/config-schema.js";
import type { ConfigApplication, DesiredState, Kind, UnsetSecret } from "./model.js";
import { type JsonPath, validateConfig } from "./validate.js";

/** The file's sections and the kind each holds. */
export const SECTIONS = [
  ["integrations", "integration", "Integration"],
  ["applications", "application", "Application"],
  ["serviceAccounts", "serviceAccount", "ServiceAccount"],
] as const;

type Def = { properties: Record<string, { writeOnly?: boolean; "x-kontext-compared"?: boolean }> };
const defOf = (kind: Kind): Def =>
  configSchema.$defs[SECTIONS.find(([, k]) => k === kind)?.[2] ?? "Integration"] as unknown as Def;

/** Secrets and tokens: fields the spec marks `writeOnly`. */
export function writeOnlyFields(kind: Kind): string[] {
  return Object.entries(defOf(kind).properties)
    .filter(([, p]) => p.writeOnly === true)
    .map(([f]) => f);
}

/** Fields the API never answers with (write-only or simply not returned): not compared. */
export function uncomparedFields(kind: Kind): string[] {
  return Object.entries(defOf(kind).properties)
    .filter(([, p]) => p["x-kontext-compared"] === false)
    .map(([f]) => f);
}

/** A problem in the file, where it is. */
export interface FileProblem {
  path: string;
  line: number;
  message: string;
}

/** The file was refused: every problem found, before any request. */
export class ConfigFileError extends Error {
  readonly problems: FileProblem[];
  readonly file: string;
  /** Warnings found on the way (a literal secret), shown with the problems. */
  warnings: string[] = [];
  constructor(file: string, problems: FileProblem[]) {
    super(
      `${file} has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n` +
        problems.map((p) => `  ${file}:${p.line}: ${p.path ? `${p.path}: ` : ""}${p.message}`).join("\n"),
    );
    this.file = file;
    this.problems = problems;
  }
}
Object.defineProperty(ConfigFileError.prototype, "name", { value: "ConfigFileError" });

export interface LoadOptions {
  /** The name problems are reported under. */
  file?: string;
  /** Where `${env:NAME}` is looked up. */
  env?: Record<string, string | undefined>;
}

export interface LoadedConfig {
  desired: DesiredState;
  /** Problems that do not stop the run (a literal secret, an unset variable for a secret), as `file:line: …`. */
  warnings: string[];
}

/** `applications[0].oauth.type` */
export function formatPath(path: JsonPath): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

const ENV_REF = /\$(\$?)\{env:([^}]*)\}/g;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Parses kontext.yaml (or JSON), checks it against kontext.schema.json and the rules the schema
 * cannot say (unique names, declared integrations), and substitutes `${env:NAME}`. Throws
 * `ConfigFileError` with the path and line of every problem.
 */
export function loadConfig(text: string, options: LoadOptions = {}): LoadedConfig {
  const file = options.file ?? "kontext.yaml";
  const env = options.env ?? {};
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  if (doc.errors.length > 0) {
    throw new ConfigFileError(
      file,
      doc.errors.map((e) => ({
        path: "",
        line: e.linePos?.[0].line ?? lineAt(e.pos[0]),
        message: e.message.split("\n")[0] ?? e.message,
      })),
    );
  }
  const lineOf = (path: JsonPath): number => {
    // A field of a mapping is where its key is: `applications:` on line 5, its list from line 6.
    const parent = path.length > 0 ? (path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true)) : null;
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[path.length - 1]);
      const key = pair?.key as Node | undefined;
      if (key?.range) return lineAt(key.range[0]);
    }
    for (let n = path.length; n >= 0; n--) {
      const node = (n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)) as Node | null | undefined;
      if (node?.range) return lineAt(node.range[0]);
      if (n === 0) break;
    }
    return 1;
  };
  const problems: FileProblem[] = [];
  const warnings: string[] = [];
  const problem = (path: JsonPath, message: string) =>
    problems.push({ path: formatPath(path), line: lineOf(path), message });
  const warn = (path: JsonPath, message: string) =>
    warnings.push(`${file}:${lineOf(path)}: ${formatPath(path)}: ${message}`);

  if (doc.contents !== null && !isMap(doc.contents) && !isSeq(doc.contents)) {
    throw new ConfigFileError(file, [
      { path: "", line: lineOf([]), message: "must be a mapping with integrations, applications and serviceAccounts" },
    ]);
  }
  const raw: unknown = doc.toJS() ?? {};
  const unset: UnsetSecret[] = [];

  // ${env:NAME} in every string; a write-only field's unset variable leaves the field out (warned).
  const substitute = (
    value: unknown,
    path: JsonPath,
    secret: boolean,
    owner: { kind: Kind; name: string } | undefined,
  ): unknown => {
    if (typeof value === "string") {
      if (!secret && !value.includes("{env:")) return value;
      let missing: string | undefined;
      const out = value.replace(ENV_REF, (ref, escaped: string, name: string) => {
        if (escaped) return ref.slice(1);
        if (!ENV_NAME.test(name)) {
          problem(path, `\${env:${name}} is not a valid variable name`);
          return "";
        }
        const found = env[name];
        if (found === undefined) {
          missing ??= name;
          return "";
        }
        return found;
      });
      if (missing !== undefined) {
        if (secret && owner) {
          unset.push({ ...owner, field: String(path[path.length - 1]), variable: missing });
          warn(path, `${missing} is not set: left out (it is only sent on create or with --force-write-only)`);
          return UNSET;
        }
        problem(path, `environment variable ${missing} is not set`);
      } else if (secret && !/\$\{env:/.test(value)) {
        warn(path, `a literal secret in the file: use \${env:NAME} and keep the value out of the repository`);
      }
      return out;
    }
    if (Array.isArray(value)) return value.map((v, i) => substitute(v, [...path, i], false, owner));
    if (value !== null && typeof value === "object") {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = substitute(v, [...path, k], false, owner);
      return out;
    }
    return value;
  };

  const resolved: Record<string, unknown> = {};
  if (raw !== null && typeof raw === "object" && !Array.isArray(raw)) {
    for (const [key, section] of Object.entries(raw)) {
      const entry = SECTIONS.find(([s]) => s === key);
      if (!entry || !Array.isArray(section)) {
        resolved[key] = section;
        continue;
      }
      const [, kind] = entry;
      const secrets = new Set(writeOnlyFields(kind));
      resolved[key] = section.map((item: unknown, i) => {
        if (item === null || typeof item !== "object" || Array.isArray(item)) return item;
        const name = typeof (item as { name?: unknown }).name === "string" ? (item as { name: string }).name : "";
        const out: Record<string, unknown> = {};
        for (const [field, v] of Object.entries(item)) {
          out[field] = substitute(v, [key, i, field], secrets.has(field), { kind, name });
        }
        return out;
      });
    }
  } else {
    problem([], "must be a mapping with integrations, applications and serviceAccounts");
  }

  // Validated with a stand-in for an unset secret, so "serverToken is required" speaks only of a missing field.
  const forSchema = JSON.parse(JSON.stringify(resolved, (_k, v) => (v === UNSET ? "unset" : v)));
  // A value whose variable is unset already has its problem; its schema check would only repeat it.
  const reported = new Set(problems.map((p) => p.path));
  for (const p of validateConfig(forSchema)) {
    if (!reported.has(formatPath(p.path))) problem(p.path, p.message);
  }

  const sections = forSchema as Record<string, { name?: unknown; integrations?: unknown }[] | undefined>;
  const declared = new Set<string>();
  for (const [key] of SECTIONS) {
    const seen = new Map<string, number>();
    (Array.isArray(sections[key]) ? (sections[key] ?? []) : []).forEach((item, i) => {
      if (typeof item?.name !== "string") return;
      const first = seen.get(item.name);
      if (first !== undefined)
        problem(
          [key, i, "name"],
          `${JSON.stringify(item.name)} is already used by ${key}[${first}]: names are unique per kind`,
        );
      else seen.set(item.name, i);
      if (key === "integrations") declared.add(item.name);
    });
  }
  (Array.isArray(sections.applications) ? sections.applications : []).forEach((app, i) => {
    if (!Array.isArray(app?.integrations)) return;
    app.integrations.forEach((ref, j) => {
      if (typeof ref === "string" && !declared.has(ref)) {
        problem(
          ["applications", i, "integrations", j],
          `integration ${JSON.stringify(ref)} is not declared under integrations`,
        );
      }
    });
  });

  if (problems.length > 0)
    throw new ConfigFileError(
      file,
      problems.sort((a, b) => a.line - b.line),
    );

  const drop = (items: unknown) =>
    ((items as Record<string, unknown>[] | undefined) ?? []).map((item) =>
      Object.fromEntries(Object.entries(item).filter(([, v]) => v !== UNSET)),
    );
  return {
    desired: {
      integrations: drop(resolved.integrations) as unknown as DesiredState["integrations"],
      applications: drop(resolved.applications) as unknown as ConfigApplication[],
      serviceAccounts: drop(resolved.serviceAccounts) as unknown as DesiredState["serviceAccounts"],
      unset,
    },
    warnings,
  };
}

const UNSET = Symbol("unset");
