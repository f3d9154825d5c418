// npm run samples: derives, from the one operation table (src/operations.ts) and the spec, every
// operation's x-codeSamples in openapi.yaml (the SDK call, curl, the `kontext` command line) and the
// README's method table. With --check it writes nothing and fails when either has drifted.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { importSources } from "./bundle.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const SPEC = join(root, "openapi.yaml");
const README = join(root, "README.md");
const ORIGIN = "https://api.kontext.security";
const METHODS = ["get", "post", "put", "patch", "delete"];

/**
 * The operation table and the CLI's command table (its names, flags and placeholders, and the way
 * from a call to its command line), bundled from their TypeScript sources once per process.
 */
const cli = await importSources(`export { NAMESPACES, OPERATIONS } from "./src/operations.ts";
export { commandTable } from "./src/cli/commands.ts";
export { commandLine } from "./src/cli/parse.ts";
export { resolvePointer } from "./src/pointer.ts";`);

/** Quotes a word for a POSIX shell when it needs it. */
function sh(value) {
  const text = String(value);
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The operation table (src/operations.ts). */
export async function loadOperationTable() {
  return { OPERATIONS: cli.OPERATIONS, NAMESPACES: cli.NAMESPACES };
}

/** The component schema each inlined `$ref` came from (`Application` for a list's items). */
const refNames = new WeakMap();

/**
 * openapi.yaml with every `$ref` inlined. The spec has no external `$ref`, so the parsed file is
 * the bundled document; no Redocly run is needed.
 */
export function loadSpec() {
  const doc = parse(readFileSync(SPEC, "utf8"));
  const inline = (node, depth = 0) => {
    if (Array.isArray(node)) return node.map((n) => inline(n, depth));
    if (node === null || typeof node !== "object") return node;
    if (typeof node.$ref === "string") {
      if (depth > 32) throw new Error(`$ref loop at ${node.$ref}`);
      const copy = inline(cli.resolvePointer(doc, node.$ref), depth + 1);
      if (node.$ref.startsWith("#/components/schemas/")) refNames.set(copy, node.$ref.split("/").pop());
      return copy;
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, inline(v, depth)]));
  };
  return inline(doc);
}

/** The CLI's command for an operation's client method (`applications.create`). */
function commandOf(table, methodName) {
  const [ns, method] = methodName.split(".");
  for (const namespace of table.namespaces.values()) {
    if (namespace.clientNamespace !== ns) continue;
    for (const command of namespace.commands.values()) if (command.method === method) return command;
  }
  throw new Error(`the CLI has no command for ${methodName}`);
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

function cliSample(op, command) {
  const query = Object.fromEntries(sampleQuery(op).map((p) => [p.name, p.example]));
  const args = cli.commandLine(command, {
    ids: op.pathParams.map((p) => p.example),
    ...(Object.keys(query).length > 0 && { query }),
    ...(op.body !== undefined && { body: op.body }),
  });
  return [
    "# KONTEXT_BASE_URL, KONTEXT_CLIENT_ID and KONTEXT_CLIENT_SECRET from the environment",
    ["kontext", ...args.map(sh)].join(" "),
  ].join("\n");
}

/** Every operation's samples, in spec order: { operationId: [{ lang, label, source }] }. */
export function samplesFor(spec, table) {
  const commands = cli.commandTable(spec);
  const result = {};
  for (const op of operationsOf(spec)) {
    const methods = table[op.operationId];
    if (!methods) throw new Error(`src/operations.ts has no entry for ${op.operationId}`);
    const [canonical] = methods;
    const samples = [
      { lang: "TypeScript", label: "TypeScript SDK", source: typescriptSample(op, canonical) },
      { lang: "curl", label: "curl", source: curlSample(op) },
    ];
    if (canonical.includes(".")) {
      samples.push({ lang: "bash", label: "kontext CLI", source: cliSample(op, commandOf(commands, canonical)) });
    }
    result[op.operationId] = samples;
  }
  return result;
}

function returnsText(op, methodName) {
  if (methodName === "refreshToken") return "`void` (the client manages tokens itself)";
  if (methodName === "traces.stats") return "`{ stats: TraceStats }` (the wire answer is the bare object)";
  const schema = op.success?.content?.["application/json"]?.schema;
  if (!schema) return "`void`";
  if (schema.type === "array") return `\`${refNames.get(schema.items) ?? "unknown"}[]\` (a bare array)`;
  const required = new Set(schema.required ?? []);
  const fields = Object.entries(schema.properties ?? {}).map(([name, s]) => {
    const nullable = Array.isArray(s.type) && s.type.includes("null");
    if (required.has(name) && nullable) return `${name}: string \\| null`;
    const optional = required.has(name) ? "" : "?";
    if (name === "items" && refNames.has(s.items)) return `${name}${optional}: ${refNames.get(s.items)}[]`;
    return `${name}${optional}`;
  });
  const paged = op.query.some((p) => p.name === "cursor");
  return `\`{ ${fields.join(", ")} }\`${paged ? ", async-iterable" : ""}`;
}

/** The README's method table (the rows between the markers). */
export function methodTable(spec, table, namespaces) {
  const ops = operationsOf(spec);
  const commands = cli.commandTable(spec);
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
        // The command and the placeholders `kontext --help` shows (`<application-id>`).
        const command = methodName.includes(".") ? commandOf(commands, methodName) : undefined;
        const cliColumn = command
          ? `\`kontext ${command.namespace} ${command.name}${command.pathArgs.map((a) => ` <${a.placeholder}>`).join("")}\``
          : "";
        rows.push(
          `| ${op.method.toUpperCase()} | \`${op.path}\` | \`client.${methodName}(${methodName === "refreshToken" ? "" : args.join(", ")})\` | ${cliColumn} | ${returnsText(op, methodName)} |`,
        );
      }
    }
  }
  return ["| Method | Path | SDK method | CLI | Returns |", "|---|---|---|---|---|", ...rows].join("\n");
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
