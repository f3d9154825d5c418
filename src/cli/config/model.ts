/**
 * The shapes the config engine passes between its steps: the file as loaded, the organization as
 * read, and the plan between them.
 * @module
 */
import type {
  Application,
  ApplicationOAuth,
  CreateApplicationInput,
  CreateIntegrationInput,
  CreateServiceAccountInput,
  Integration,
  ServiceAccount,
} from "../../types.js";

export type Kind = "integration" | "application" | "serviceAccount";

export const KIND_LABEL: Record<Kind, string> = {
  integration: "integration",
  application: "application",
  serviceAccount: "service account",
};

export type ConfigIntegration = CreateIntegrationInput;
export type ConfigApplication = CreateApplicationInput & { integrations?: string[] };
export type ConfigServiceAccount = CreateServiceAccountInput;

/** A write-only field whose `${env:…}` variable is not set: left out, which only matters on create. */
export interface UnsetSecret {
  kind: Kind;
  name: string;
  field: string;
  variable: string;
}

/** kontext.yaml after validation and `${env:…}` substitution. */
export interface DesiredState {
  integrations: ConfigIntegration[];
  applications: ConfigApplication[];
  serviceAccounts: ConfigServiceAccount[];
  unset: UnsetSecret[];
}

/**
 * A resource the config can manage: the spec leaves most answer fields open (nullable, optional),
 * but a resource is keyed by its name and addressed by its id, so one without both is left alone.
 */
export type Managed<T> = Omit<T, "id" | "name"> & { id: string; name: string };

/** Whether a listed resource has the id and name the config engine keys it by. */
export function isManaged<T extends { id?: unknown; name?: unknown }>(item: T): item is T & Managed<T> {
  return typeof item.id === "string" && item.id !== "" && typeof item.name === "string";
}

/** What the organization holds now, as the lists answer (archived applications and resources without an id or name left out). */
export interface CurrentState {
  integrations: Managed<Integration>[];
  applications: (Managed<Application> & { oauth: ApplicationOAuth | null })[];
  serviceAccounts: Managed<ServiceAccount>[];
}

export type Action = "create" | "update" | "attach" | "detach" | "archive" | "revoke";

export interface FieldChange {
  field: string;
  old?: unknown;
  new?: unknown;
}

/** One line of the plan as shown and as `--output json` gives it; never holds a write-only value. */
export interface Change {
  action: Action;
  kind: Kind;
  name: string;
  /** The resource id, for anything that exists already. */
  id?: string;
  /** create: the fields sent (write-only ones as `"(write-only)"`); update: old → new per field. */
  fields?: FieldChange[];
  /** attach / detach: the integration's name. */
  integration?: string;
}

/** A notice about one resource (`kind`, `name`), or about several (`resources`). */
export type Notice =
  | { kind: Kind; name: string; message: string }
  | { resources: { kind: Kind; name: string }[]; message: string };
