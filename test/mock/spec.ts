// The spec as the tests see it: openapi.yaml bundled by the pinned Redocly CLI with every $ref inlined,
// reduced to the operations, their documented response codes and their named examples.
// (The `yaml` package in node_modules is only a hoisted transitive copy of the wrong major version,
// so the spec is read through the same tool `npm run build` uses to write dist/openapi.json.)
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface NamedExample {
  name: string;
  value: unknown;
}

export interface SpecResponse {
  /** Named examples in spec order; the first is the one Prism answers without `Prefer: example=`. */
  examples: NamedExample[];
  /** Example value of each documented response header, by lower-case name. */
  headers: Record<string, string>;
}

export interface SpecOperation {
  operationId: string;
  method: HttpMethod;
  path: string;
  tag: string;
  /** Every documented status code, ascending. */
  codes: number[];
  /** The lowest 2xx code: the one Prism answers without `Prefer: code=`. */
  successCode: number;
  /** Every documented 2xx code (a POST whose status the docs leave open lists 200 and 201). */
  successCodes: number[];
  responses: Record<number, SpecResponse>;
  /** Named examples of the request body, in spec order. */
  requestExamples: NamedExample[];
}

interface RawMediaType {
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
}
interface RawResponse {
  headers?: Record<string, { example?: unknown; schema?: { example?: unknown } }>;
  content?: Record<string, RawMediaType>;
}
interface RawOperation {
  operationId?: string;
  tags?: string[];
  requestBody?: { content?: Record<string, RawMediaType> };
  responses?: Record<string, RawResponse>;
}
export interface RawSpec {
  paths: Record<string, Record<string, RawOperation | unknown>>;
}

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

function loadSpec(): RawSpec {
  const dir = mkdtempSync(join(tmpdir(), "kontext-spec-"));
  try {
    const out = join(dir, "openapi.json");
    execFileSync(
      join(root, "node_modules", ".bin", "redocly"),
      ["bundle", "openapi.yaml", "--dereferenced", "--ext", "json", "--output", out],
      { cwd: root, stdio: ["ignore", "ignore", "pipe"] },
    );
    return JSON.parse(readFileSync(out, "utf8")) as RawSpec;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function examplesOf(media: RawMediaType | undefined): NamedExample[] {
  if (!media) return [];
  if (media.examples) return Object.entries(media.examples).map(([name, e]) => ({ name, value: e.value }));
  return media.example === undefined ? [] : [{ name: "default", value: media.example }];
}

function firstMedia(content: Record<string, RawMediaType> | undefined): RawMediaType | undefined {
  return content ? (content["application/json"] ?? Object.values(content)[0]) : undefined;
}

function toOperation(path: string, method: (typeof METHODS)[number], op: RawOperation): SpecOperation {
  if (!op.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
  const responses: Record<number, SpecResponse> = {};
  for (const [code, response] of Object.entries(op.responses ?? {})) {
    const headers: Record<string, string> = {};
    for (const [name, header] of Object.entries(response.headers ?? {})) {
      const example = header.example ?? header.schema?.example;
      if (example !== undefined) headers[name.toLowerCase()] = String(example);
    }
    responses[Number(code)] = { examples: examplesOf(firstMedia(response.content)), headers };
  }
  const codes = Object.keys(responses)
    .map(Number)
    .sort((a, b) => a - b);
  const success = codes.filter((c) => c >= 200 && c < 300);
  if (success.length === 0) throw new Error(`${op.operationId} documents no success code`);
  return {
    operationId: op.operationId,
    method: method.toUpperCase() as HttpMethod,
    path,
    tag: op.tags?.[0] ?? "",
    codes,
    successCode: success[0] as number,
    successCodes: success,
    responses,
    requestExamples: examplesOf(firstMedia(op.requestBody?.content)),
  };
}

/** The bundled, dereferenced spec. */
export const spec: RawSpec = loadSpec();

/** Every operation of the spec, in spec order. */
export const operations: SpecOperation[] = Object.entries(spec.paths).flatMap(([path, item]) =>
  METHODS.filter((m) => item[m] !== undefined).map((m) => toOperation(path, m, item[m] as RawOperation)),
);

/** The operation with this id; throws when the spec has none. */
export function operation(operationId: string): SpecOperation {
  const found = operations.find((o) => o.operationId === operationId);
  if (!found) throw new Error(`The spec has no operation ${operationId}`);
  return found;
}

/** The value of a named example of a response (the first, Prism's default, without a name). */
export function example(operationId: string, code: number, name?: string): unknown {
  const op = operation(operationId);
  const examples = op.responses[code]?.examples ?? [];
  const found = name === undefined ? examples[0] : examples.find((e) => e.name === name);
  if (!found) throw new Error(`${operationId} has no ${name ?? "default"} example for ${code}`);
  return found.value;
}

/** The documented 4xx codes of an operation. */
export function clientErrorCodes(op: SpecOperation): number[] {
  return op.codes.filter((c) => c >= 400 && c < 500);
}
