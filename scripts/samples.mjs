// npm run samples: derives, from the one operation table (src/operations.ts) and the spec, every
// operation's x-codeSamples in openapi.yaml (the SDK call, curl, the `kontext` command line) and the
// README's method table. With --check it writes nothing and fails when either has drifted.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const SPEC = join(root, "openapi.yaml");
const README = join(root, "README.md");
const ORIGIN = "https://api.kontext.security";
const METHODS = ["get", "post", "put", "patch", "delete"];
/** Flags of the command line itself; a parameter of the same name gets its location as a prefix. */
const RESERVED_FLAGS = new Set([
  ...["all", "data", "output", "dry-run", "help", "verbose", "version", "base-url", "client-id"],
  ...["client-secret-file", "access-token-file", "timeout", "max-retries", "allow-insecure-http"],
]);
const SECRET_KEY = /secret|token|password/i;

/** The operation table, read from its TypeScript source (type-only imports vanish). */
export async function loadOperationTable() {
  const source = readFileSync(join(root, "src/operations.ts"), "utf8");
  const { code } = transformSync(source, { loader: "ts", format: "esm" });
  return import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
}

/** openapi.yaml bundled by the pinned Redocly CLI, every $ref inlined. */
export function loadSpec() {
  const dir = mkdtempSync(join(tmpdir(), "kontext-samples-"));
  try {
    const out = join(dir, "openapi.json");
    execFileSync(
      join(root, "node_modules/.bin/redocly"),
      ["bundle", SPEC, "--dereferenced", "--ext", "json", "--output", out],
      { cwd: root, stdio: ["ignore", "ignore", "pipe"] },
    );
    return JSON.parse(readFileSync(out, "utf8"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** camelCase → kebab-case, keeping "OAuth" one word (`getOAuthConfig` → `get-oauth-config`). */
export function kebab(name) {
  return name
    .replace(/OAuth/g, "Oauth")
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .toLowerCase();
}

const singular = (word) => (word.endsWith("s") ? word.slice(0, -1) : word);

/** Quotes a word for a POSIX shell when it needs it. */
function sh(value) {
  const text = String(value);
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

function operationsOf(spec) {
  const found = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])];
      const success = Object.keys(op.responses)
        .filter((code) => /^2\d\d$/.test(code))
        .sort();
      const media = op.requestBody?.content ?? {};
      const bodyType = Object.keys(media)[0];
      const examples = bodyType ? media[bodyType].examples : undefined;
      found.push({
        operationId: op.operationId,
        method,
        path,
        pathParams: [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => {
          const param = params.find((p) => p.in === "path" && p.name === name);
          return { name, example: param?.example ?? param?.schema?.example ?? name };
        }),
        query: params.filter((p) => p.in === "query"),
        bodyType,
        body: examples ? Object.values(examples)[0]?.value : undefined,
        success: op.responses[success[0]],
        successCode: success[0],
      });
    }
  }
  return found;
}

/** The SDK page's names for a method's path ids (`sessions.get(applicationId, sessionId)`). */
function idNames(namespace, op) {
  return op.pathParams.map(({ name }, i) => {
    if (name !== "id") return name;
    if (namespace === "sessions") return "applicationId";
    if (namespace === "applications" && op.pathParams.length > 1 && i === 0) return "appId";
    return "id";
  });
}

/** Query parameters a sample passes: those the spec gives an example for. */
const sampleQuery = (op) => op.query.filter((p) => p.example !== undefined);

/** A bare array answer is named after the method: `listRules` → `rules`. */
function arrayName(methodName) {
  const noun = (methodName.split(".").pop() ?? "").replace(/^(list|get)(?=[A-Z])/, "");
  return noun ? noun[0].toLowerCase() + noun.slice(1) : "result";
}

function resultNames(op, methodName) {
  if (methodName === "traces.stats") return ["stats"];
  const schema = op.success?.content?.["application/json"]?.schema;
  if (!schema) return [];
  if (schema.type === "array") return [];
  return Object.entries(schema.properties ?? {})
    .filter(([, s]) => !s.writeOnly)
    .map(([name]) => name);
}

/** JSON, two-space indented, with arrays of plain values on one line; bare keys for TypeScript. */
function pretty(value, { bareKeys = false, indent = "" } = {}) {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== "object"))
      return `[${value.map((v) => JSON.stringify(v)).join(", ")}]`;
    return `[\n${value.map((v) => inner + pretty(v, { bareKeys, indent: inner })).join(",\n")}\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    const key = (k) => (bareKeys && /^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));
    return `{\n${entries.map(([k, v]) => `${inner}${key(k)}: ${pretty(v, { bareKeys, indent: inner })}`).join(",\n")}\n${indent}}`;
  }
  return JSON.stringify(value);
}

function typescriptSample(op, methodName) {
  const args = op.pathParams.map((p) => JSON.stringify(p.example));
  const query = sampleQuery(op);
  if (methodName === "refreshToken")
    return clientSetup([
      "await client.refreshToken();",
      "// The client also does this by itself before its first request and when a token expires.",
    ]);
  if (op.body !== undefined) args.push(pretty(op.body, { bareKeys: true }));
  if (query.length > 0) args.push(`{ ${query.map((p) => `${p.name}: ${JSON.stringify(p.example)}`).join(", ")} }`);
  const call = `client.${methodName}(${args.join(", ")})`;
  const names = resultNames(op, methodName);
  if (op.success?.content?.["application/json"]?.schema?.type === "array") {
    const name = arrayName(methodName);
    return clientSetup([`const ${name} = await ${call};`, `console.log(${name});`]);
  }
  const line = names.length > 0 ? `const { ${names.join(", ")} } = await ${call};` : `await ${call};`;
  return clientSetup([line, names.length > 0 ? `console.log(${names.join(", ")});` : 'console.log("done");']);
}

function clientSetup(body) {
  return [
    'import { KontextManagementClient } from "@kontext-dev/js-sdk/management";',
    "",
    "const client = new KontextManagementClient({",
    `  baseUrl: "${ORIGIN}",`,
    "  credentials: { clientId: process.env.KONTEXT_CLIENT_ID!, clientSecret: process.env.KONTEXT_CLIENT_SECRET! },",
    "});",
    "",
    ...body,
  ].join("\n");
}

function curlSample(op) {
  const url = new URL(
    op.path.replace(/\{(\w+)\}/g, (_, n) => op.pathParams.find((p) => p.name === n).example),
    ORIGIN,
  );
  for (const p of sampleQuery(op)) url.searchParams.set(p.name, String(p.example));
  const target = url.search ? `"${url}"` : String(url);
  const lines = [`curl${op.method === "get" ? "" : ` -X ${op.method.toUpperCase()}`} ${target}`];
  if (op.bodyType === "application/x-www-form-urlencoded") {
    lines.push('-u "$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET"');
    for (const [key, value] of Object.entries(op.body ?? {})) lines.push(`-d ${sh(`${key}=${value}`)}`);
    return lines.join(" \\\n  ");
  }
  lines.push('-H "Authorization: Bearer $TOKEN"');
  if (op.body !== undefined) {
    lines.push('-H "Content-Type: application/json"');
    lines.push(`-d ${sh(pretty(op.body, { indent: "  " }))}`);
  }
  return `${lines.join(" \\\n  ")}\n${TOKEN_NOTE}`;
}

// Where $TOKEN comes from, under every bearer curl sample (the command stays the sample's first line).
const TOKEN_NOTE = [
  "# $TOKEN is an access token from POST /oauth2/token (Request an access token), for example:",
  '# TOKEN=$(curl -s -u "$KONTEXT_CLIENT_ID:$KONTEXT_CLIENT_SECRET" -d grant_type=client_credentials \\',
  "#   -d scope=management:all https://api.kontext.security/oauth2/token | jq -r .access_token)",
].join("\n");

function cliSample(op, methodName) {
  const [namespace, method] = methodName.split(".");
  const words = ["kontext", kebab(namespace), kebab(method), ...op.pathParams.map((p) => sh(p.example))];
  const flag = (name, where) => (RESERVED_FLAGS.has(name) ? `${where}-${name}` : name);
  for (const p of sampleQuery(op)) words.push(`--${flag(kebab(p.name), "query")}`, sh(p.example));
  if (op.body !== undefined) {
    const entries = Object.entries(op.body);
    const flat = entries.every(
      ([key, value]) =>
        !SECRET_KEY.test(key) &&
        (["string", "number", "boolean"].includes(typeof value) ||
          (Array.isArray(value) && value.every((v) => typeof v === "string"))),
    );
    if (flat) {
      for (const [key, value] of entries) {
        if (Array.isArray(value)) {
          for (const item of value) words.push(`--${flag(kebab(singular(key)), "body")}`, sh(item));
        } else words.push(`--${flag(kebab(key), "body")}`, sh(value));
      }
    } else words.push("--data", sh(JSON.stringify(op.body)));
  }
  return ["# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment", words.join(" ")].join(
    "\n",
  );
}

/** Every operation's samples, in spec order: { operationId: [{ lang, label, source }] }. */
export function samplesFor(spec, table) {
  const result = {};
  for (const op of operationsOf(spec)) {
    const methods = table[op.operationId];
    if (!methods) throw new Error(`src/operations.ts has no entry for ${op.operationId}`);
    const [canonical] = methods;
    const samples = [
      { lang: "TypeScript", label: "TypeScript SDK", source: typescriptSample(op, canonical) },
      { lang: "curl", label: "curl", source: curlSample(op) },
    ];
    if (canonical.includes(".")) samples.push({ lang: "bash", label: "kontext CLI", source: cliSample(op, canonical) });
    result[op.operationId] = samples;
  }
  return result;
}

function returnsText(op, methodName) {
  if (methodName === "refreshToken") return "`void` (the client manages tokens itself)";
  if (methodName === "traces.stats") return "`{ stats: TraceStats }` (the wire answer is the bare object)";
  const schema = op.success?.content?.["application/json"]?.schema;
  if (!schema) return "`void`";
  if (schema.type === "array") return `\`${schema.items?.title ?? "unknown"}[]\` (a bare array)`;
  const required = new Set(schema.required ?? []);
  const fields = Object.entries(schema.properties ?? {}).map(([name, s]) => {
    const nullable = Array.isArray(s.type) && s.type.includes("null");
    if (required.has(name) && nullable) return `${name}: string \\| null`;
    const optional = required.has(name) ? "" : "?";
    if (name === "items" && s.items?.title) return `${name}${optional}: ${s.items.title}[]`;
    return `${name}${optional}`;
  });
  const paged = op.query.some((p) => p.name === "cursor");
  return `\`{ ${fields.join(", ")} }\`${paged ? ", async-iterable" : ""}`;
}

/** The README's method table (the rows between the markers). */
export function methodTable(spec, table, namespaces) {
  const ops = operationsOf(spec);
  const rows = [];
  const order = [...namespaces, "refreshToken"];
  for (const namespace of order) {
    for (const [operationId, methods] of Object.entries(table)) {
      for (const methodName of methods) {
        if ((methodName.split(".")[0] ?? methodName) !== namespace) continue;
        const op = ops.find((o) => o.operationId === operationId);
        if (!op) throw new Error(`openapi.yaml has no operation ${operationId}`);
        const args = [...idNames(namespace, op)];
        if (op.body !== undefined || op.bodyType) args.push("data");
        if (op.query.length > 0) args.push("params?");
        const isNamespace = methodName.includes(".");
        const [ns, method] = methodName.split(".");
        // The placeholders `kontext --help` shows: `{id}` after `/applications` is `<application-id>`.
        const segments = op.path.split("/");
        const placeholders = op.pathParams.map(({ name }) => {
          const before = segments[segments.indexOf(`{${name}}`) - 1] ?? "";
          return name === "id" && before ? `${singular(before)}-id` : kebab(name);
        });
        const cli = isNamespace
          ? `\`kontext ${kebab(ns)} ${kebab(method)}${placeholders.map((p) => ` <${p}>`).join("")}\``
          : "";
        rows.push(
          `| ${op.method.toUpperCase()} | \`${op.path}\` | \`client.${methodName}(${methodName === "refreshToken" ? "" : args.join(", ")})\` | ${cli} | ${returnsText(op, methodName)} |`,
        );
      }
    }
  }
  return ["| Method | Path | SDK method | CLI | Returns |", "|---|---|---|---|---|", ...rows].join("\n");
}

/** Names the list item schemas (`Application[]`) for the Returns column. */
function titleItems(spec) {
  const raw = JSON.parse(
    execFileSync(join(root, "node_modules/.bin/redocly"), ["bundle", SPEC, "--ext", "json"], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
    }).toString(),
  );
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      if (!item[method]) continue;
      const success = Object.entries(item[method].responses).find(([c]) => /^2/.test(c));
      const schema = success?.[1]?.content?.["application/json"]?.schema;
      const rawResponse = raw.paths[path][method].responses[success?.[0]];
      const ref = resolveRef(raw, rawResponse)?.content?.["application/json"]?.schema;
      const rawSchema = resolveRef(raw, ref);
      const itemRef = rawSchema?.properties?.items?.items?.$ref;
      if (schema?.properties?.items && itemRef) schema.properties.items.items.title = itemRef.split("/").pop();
      // A bare array answer (listPolicyRules): its items' schema name.
      if (schema?.type === "array" && rawSchema?.items?.$ref)
        schema.items.title = rawSchema.items.$ref.split("/").pop();
    }
  }
}

function resolveRef(doc, node) {
  let current = node;
  while (current?.$ref) {
    current = current.$ref
      .slice(2)
      .split("/")
      .reduce((n, part) => n?.[part], doc);
  }
  return current;
}

/** openapi.yaml with every operation's x-codeSamples replaced by `samples`. */
export function withSamples(yaml, samples) {
  // Drop the blocks a previous run wrote (they run to the next key of the operation or beyond).
  const stripped = yaml.replace(/^ {6}x-codeSamples:\n(?:(?: {8}.*)?\n)*?(?=^ {0,6}\S)/gm, "");
  const lines = stripped.split("\n");
  const out = [];
  let pending;
  for (const line of lines) {
    const id = /^ {6}operationId: (\w+)$/.exec(line);
    out.push(line);
    if (!id) continue;
    pending = samples[id[1]];
    if (!pending) throw new Error(`no samples for ${id[1]}`);
    out.push("      x-codeSamples:");
    for (const sample of pending) {
      out.push(`        - lang: ${sample.lang}`, `          label: ${sample.label}`, "          source: |");
      for (const sourceLine of sample.source.split("\n")) out.push(sourceLine ? `            ${sourceLine}` : "");
    }
  }
  return out.join("\n");
}

export function withMethodTable(readme, table) {
  const start = "<!-- methods:start -->\n";
  const end = "\n<!-- methods:end -->";
  const i = readme.indexOf(start);
  const j = readme.indexOf(end);
  if (i < 0 || j < i) throw new Error("README.md lacks the <!-- methods:start --> / <!-- methods:end --> markers");
  return readme.slice(0, i + start.length) + table + readme.slice(j);
}

/** What openapi.yaml and README.md should hold. */
export async function expected() {
  const { OPERATIONS, NAMESPACES } = await loadOperationTable();
  const spec = loadSpec();
  titleItems(spec);
  return {
    yaml: withSamples(readFileSync(SPEC, "utf8"), samplesFor(spec, OPERATIONS)),
    readme: withMethodTable(readFileSync(README, "utf8"), methodTable(spec, OPERATIONS, NAMESPACES)),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { yaml, readme } = await expected();
  const drift = [
    [SPEC, yaml],
    [README, readme],
  ].filter(([file, text]) => readFileSync(file, "utf8") !== text);
  if (process.argv.includes("--check")) {
    if (drift.length > 0) {
      console.error(
        `${drift.map(([f]) => f.slice(root.length)).join(" and ")} out of date with src/operations.ts and the spec: run \`npm run samples\` and commit the result.`,
      );
      process.exit(1);
    }
    console.log("x-codeSamples in openapi.yaml and the README method table match src/operations.ts");
  } else {
    for (const [file, text] of drift) writeFileSync(file, text);
    console.log(drift.length ? `wrote ${drift.map(([f]) => f.slice(root.length)).join(", ")}` : "up to date");
  }
}
