import { stringify } from "yaml";
import type { ConfigApplication, ConfigIntegration, ConfigServiceAccount, CurrentState } from "./model.js";

/** Where `$schema` points: the schema as installed with the package. */
export const SCHEMA_REF = "./node_modules/@kontext-dev/js-sdk/kontext.schema.json";

/** The answer's open fields, with the nulls the file cannot hold left out. */
type WithoutNulls<T> = { [K in keyof T]?: Exclude<T[K], null> };

export interface ExportedConfig {
  $schema: string;
  integrations: ConfigIntegration[];
  applications: ConfigApplication[];
  serviceAccounts: ConfigServiceAccount[];
}

/** `KONTEXT_GITHUB_SERVER_TOKEN` for integration "GitHub". */
export function secretVariable(name: string, field: string, taken: Set<string>): string {
  const words = (s: string) =>
    s
      .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
      .replace(/[^A-Za-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .toUpperCase();
  const base = `KONTEXT_${words(name) || "INTEGRATION"}_${words(field)}`;
  let variable = base;
  for (let n = 2; taken.has(variable); n++) variable = `${base}_${n}`;
  taken.add(variable);
  return variable;
}

/**
 * The organization as a config file: every field the API returns that the file can set, and a
 * `${env:…}` placeholder for each write-only value that is stored (the API never returns it).
 */
export function exportConfig(state: CurrentState): ExportedConfig {
  const taken = new Set<string>();
  const byName = <T extends { name: string }>(items: T[]) => [...items].sort((a, b) => a.name.localeCompare(b.name));
  // Null fields are left out: the file's schema (the create inputs) has no nulls.
  const nonEmpty = <T extends object>(value: T | null | undefined): WithoutNulls<T> | undefined => {
    const kept = Object.entries(value ?? {}).filter(([, v]) => v !== undefined && v !== null);
    return kept.length > 0 ? (Object.fromEntries(kept) as WithoutNulls<T>) : undefined;
  };
  const integrationName = new Map(state.integrations.map((i) => [i.id, i.name]));
  const integrations = byName(state.integrations).map((i): ConfigIntegration => {
    // A url the answer leaves out exports as "", which the file's schema then refuses with its line.
    // serverToken, which a server_token integration needs, is set below.
    const out = {
      name: i.name,
      url: i.url ?? "",
      ...nonEmpty({ category: i.category, authMode: i.authMode }),
    } as ConfigIntegration;
    const oauth = nonEmpty(i.oauth);
    if (oauth) out.oauth = oauth;
    const capabilities = nonEmpty(i.capabilities);
    if (capabilities) out.capabilities = capabilities;
    if (i.serverTokenConfigured) out.serverToken = `\${env:${secretVariable(i.name, "serverToken", taken)}}`;
    return out;
  });
  const applications = byName(state.applications).map((a): ConfigApplication => {
    const out: ConfigApplication = { name: a.name } as ConfigApplication;
    if (a.description !== undefined && a.description !== null) out.description = a.description;
    if (a.oauth) {
      const { type, redirectUris, pkceRequired, scopes, allowedResources } = a.oauth;
      const oauth = nonEmpty({ type, redirectUris, pkceRequired, scopes, allowedResources });
      if (oauth) out.oauth = oauth as ConfigApplication["oauth"];
    }
    out.integrations = a.integrations
      .map((i) => (typeof i.id === "string" ? integrationName.get(i.id) : undefined) ?? i.name)
      .filter((name): name is string => typeof name === "string")
      .sort();
    return out;
  });
  const serviceAccounts = byName(state.serviceAccounts).map((s): ConfigServiceAccount => {
    const out: ConfigServiceAccount = { name: s.name };
    if (s.description) out.description = s.description;
    return out;
  });
  return { $schema: SCHEMA_REF, integrations, applications, serviceAccounts };
}

/** The exported config as kontext.yaml. */
export function exportYaml(config: ExportedConfig): string {
  const header = [
    "# Exported by `kontext export`: the organization as `kontext plan` / `kontext apply` read it.",
    `# Write-only values (server tokens) are never exported: set the \${env:…} variables before applying.`,
    "",
  ].join("\n");
  return header + stringify(config, { lineWidth: 0 });
}
