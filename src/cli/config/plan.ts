import type {
  CreateApplicationInput,
  CreateIntegrationInput,
  CreateServiceAccountInput,
  Integration,
  UpdateApplicationInput,
  UpdateApplicationOAuthInput,
  UpdateIntegrationInput,
} from "../../types.js";
import { uncomparedFields, writeOnlyFields } from "./load.js";
import type { Action, Change, CurrentState, DesiredState, FieldChange, Kind, Notice } from "./model.js";

/** An integration that exists (`id`) or that an earlier step creates (`create`, by name). */
export type Ref = { id: string } | { create: string };

/** One request of the plan, as apply sends it. Holds write-only values: never printed. */
export type Operation =
  | { type: "createIntegration"; body: CreateIntegrationInput }
  | { type: "updateIntegration"; id: string; body: UpdateIntegrationInput }
  | { type: "archiveIntegration"; id: string }
  | { type: "createApplication"; body: CreateApplicationInput }
  | { type: "updateApplication"; id: string; body: UpdateApplicationInput }
  | { type: "updateApplicationOAuth"; id: string; body: UpdateApplicationOAuthInput }
  | { type: "setIntegrations"; app: Ref; integrations: Ref[] }
  | { type: "archiveApplication"; id: string }
  | { type: "createServiceAccount"; body: CreateServiceAccountInput }
  | { type: "revokeServiceAccount"; id: string };

export interface Step {
  /** `kind:name:what`, unique in the plan. */
  id: string;
  /** What the step does, for the log: never a value. */
  label: string;
  /** Steps that must be done first. */
  after: string[];
  operation: Operation;
}

export interface Plan {
  changes: Change[];
  /** The requests that carry the changes out, in an order that respects `after`. */
  steps: Step[];
  /** Fields the API never returns, so not compared (and not sent without --force-write-only). */
  notCompared: { kind: Kind; name: string; field: string }[];
  /** Differences the API cannot change in place, and resources the plan will not touch. */
  notices: Notice[];
  /** Reasons the plan cannot be carried out (a secret needed to create is not set). */
  errors: string[];
}

export interface PlanOptions {
  /** Archive applications and integrations, revoke service accounts, that the file does not declare. */
  prune?: boolean;
  /** Send write-only fields (secrets, server tokens) to resources that exist already. */
  forceWriteOnly?: boolean;
  /** The client id this run authenticates with: that service account is never revoked. */
  selfClientId?: string;
}

const WRITE_ONLY = "(write-only)";

function sameSet(a: unknown[], b: unknown[]): boolean {
  const key = (v: unknown[]) => JSON.stringify([...v].map((x) => JSON.stringify(x)).sort());
  return key(a) === key(b);
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return sameSet(a, b);
  return JSON.stringify(a) === JSON.stringify(b);
}

/** old → new for each field the file sets (and nested keys of objects); fields the file leaves out are not managed. */
function diffFields(
  desired: Record<string, unknown>,
  current: Record<string, unknown> | null,
  prefix = "",
): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [field, value] of Object.entries(desired)) {
    if (value === undefined) continue;
    const old = current?.[field];
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      const nested = old !== null && typeof old === "object" ? (old as Record<string, unknown>) : null;
      out.push(...diffFields(value as Record<string, unknown>, nested, `${prefix}${field}.`));
    } else if (!same(value, old)) {
      out.push({ field: `${prefix}${field}`, old: old ?? null, new: value });
    }
  }
  return out;
}

function createdFields(body: Record<string, unknown>, secret: Set<string>, prefix = ""): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [field, value] of Object.entries(body)) {
    if (field === "name" && prefix === "") continue;
    if (secret.has(field)) out.push({ field, new: WRITE_ONLY });
    else if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      out.push(...createdFields(value as Record<string, unknown>, new Set(), `${prefix}${field}.`));
    } else out.push({ field: `${prefix}${field}`, new: value });
  }
  return out;
}

function pick<T extends object>(source: T, keys: string[]): Partial<T> {
  return Object.fromEntries(Object.entries(source).filter(([k]) => keys.includes(k))) as Partial<T>;
}

/**
 * The changes that make the organization match the file, keyed by name, and the requests that
 * make them. Pure: it reads nothing and sends nothing.
 */
export function computePlan(desired: DesiredState, current: CurrentState, options: PlanOptions = {}): Plan {
  const plan: Plan = { changes: [], steps: [], notCompared: [], notices: [], errors: [] };
  const change = (action: Action, kind: Kind, name: string, extra: Partial<Change> = {}) =>
    plan.changes.push({ action, kind, name, ...extra });
  const step = (id: string, label: string, operation: Operation, after: string[] = []) =>
    plan.steps.push({ id, label, operation, after });
  const unsetFor = (kind: Kind, name: string) => desired.unset.filter((u) => u.kind === kind && u.name === name);

  // Integrations
  const integrationByName = new Map(current.integrations.map((i) => [i.name, i]));
  const integrationById = new Map(current.integrations.map((i) => [i.id, i]));
  const creatingIntegration = new Set<string>();
  const integrationSecrets = new Set(writeOnlyFields("integration"));
  const integrationUncompared = uncomparedFields("integration");
  for (const want of desired.integrations) {
    const have = integrationByName.get(want.name);
    if (!have) {
      for (const u of unsetFor("integration", want.name)) {
        plan.errors.push(
          `integration ${JSON.stringify(want.name)} cannot be created without ${u.field}: set ${u.variable}`,
        );
      }
      creatingIntegration.add(want.name);
      change("create", "integration", want.name, { fields: createdFields(want, integrationSecrets) });
      step(`integration:${want.name}:create`, `create integration ${JSON.stringify(want.name)}`, {
        type: "createIntegration",
        body: want,
      });
      continue;
    }
    const compared = Object.fromEntries(
      Object.entries(want).filter(([k]) => k !== "name" && !integrationUncompared.includes(k)),
    );
    const fields = diffFields(compared, have as unknown as Record<string, unknown>);
    const body: UpdateIntegrationInput = {};
    for (const f of fields) {
      const top = f.field.split(".")[0] as keyof Integration & keyof UpdateIntegrationInput;
      // A nested object is sent whole: what the API has, with the file's keys over it.
      const value = want[top as keyof CreateIntegrationInput];
      (body as Record<string, unknown>)[top] =
        value !== null && typeof value === "object" && !Array.isArray(value)
          ? { ...((have[top] as object | undefined) ?? {}), ...value }
          : value;
    }
    const present = integrationUncompared.filter((f) => f in want);
    // Switching to server_token needs the token in the same request.
    const needed = body.authMode === "server_token" ? ["serverToken"] : [];
    for (const field of present) {
      if (options.forceWriteOnly || needed.includes(field)) {
        (body as Record<string, unknown>)[field] = want[field as keyof CreateIntegrationInput];
        fields.push({
          field,
          new: integrationSecrets.has(field) ? WRITE_ONLY : want[field as keyof CreateIntegrationInput],
        });
      } else plan.notCompared.push({ kind: "integration", name: want.name, field });
    }
    if (fields.length > 0) {
      change("update", "integration", want.name, { id: have.id, fields });
      step(`integration:${want.name}:update`, `update integration ${JSON.stringify(want.name)}`, {
        type: "updateIntegration",
        id: have.id,
        body,
      });
    }
  }
  const declaredIntegrations = new Set(desired.integrations.map((i) => i.name));

  // Applications
  const appByName = new Map(current.applications.map((a) => [a.name, a]));
  const setSteps: string[] = [];
  const refOf = (name: string): Ref => {
    const have = integrationByName.get(name);
    return have ? { id: have.id } : { create: name };
  };
  for (const want of desired.applications) {
    const { integrations: wantedIntegrations = [], ...fields } = want;
    const have = appByName.get(want.name);
    const label = JSON.stringify(want.name);
    const created = `application:${want.name}:create`;
    const setId = `application:${want.name}:integrations`;
    const after = (names: string[]) => [
      ...(have ? [] : [created]),
      ...names.filter((n) => creatingIntegration.has(n)).map((n) => `integration:${n}:create`),
    ];
    // Compared by id: an attachment to an archived integration of the same name is not the one wanted.
    const attached: { id: string; name: string }[] = [];
    if (!have) {
      change("create", "application", want.name, { fields: createdFields(fields, new Set()) });
      step(created, `create application ${label}`, { type: "createApplication", body: fields });
    } else {
      for (const { id, name } of have.integrations) {
        // An attachment the answer gives without an id cannot be compared or detached.
        if (typeof id === "string") attached.push({ id, name: integrationById.get(id)?.name ?? name ?? id });
      }
      const changed: FieldChange[] = [];
      if (want.description !== undefined && want.description !== (have.description ?? "")) {
        changed.push({ field: "description", old: have.description ?? null, new: want.description });
        step(`application:${want.name}:update`, `update application ${label}`, {
          type: "updateApplication",
          id: have.id,
          body: { description: want.description },
        });
      }
      const oauthChanges = diffFields(
        want.oauth as unknown as Record<string, unknown>,
        have.oauth as Record<string, unknown> | null,
      );
      if (oauthChanges.length > 0) {
        changed.push(...oauthChanges.map((c) => ({ ...c, field: `oauth.${c.field}` })));
        const keys = oauthChanges.map((c) => c.field);
        step(`application:${want.name}:oauth`, `update the OAuth settings of application ${label}`, {
          type: "updateApplicationOAuth",
          id: have.id,
          body: pick(want.oauth, keys) as UpdateApplicationOAuthInput,
        });
      }
      if (changed.length > 0) change("update", "application", want.name, { id: have.id, fields: changed });
    }
    const wantedIds = new Set(wantedIntegrations.map((n) => integrationByName.get(n)?.id));
    const attachedIds = new Set(attached.map((a) => a.id));
    const attach = wantedIntegrations.filter((n) => !attachedIds.has(integrationByName.get(n)?.id ?? ""));
    const detach = attached.filter((a) => !wantedIds.has(a.id)).map((a) => a.name);
    for (const n of attach)
      change("attach", "application", want.name, { integration: n, ...(have ? { id: have.id } : {}) });
    for (const n of detach)
      change("detach", "application", want.name, { integration: n, ...(have ? { id: have.id } : {}) });
    if (attach.length > 0 || detach.length > 0) {
      setSteps.push(setId);
      const what = [...attach.map((n) => `+${n}`), ...detach.map((n) => `-${n}`)].join(", ");
      step(
        setId,
        `set the integrations of application ${label} (${what})`,
        {
          type: "setIntegrations",
          app: have ? { id: have.id } : { create: want.name },
          integrations: wantedIntegrations.map(refOf),
        },
        after(wantedIntegrations),
      );
    }
  }

  // Service accounts: the API has no update, so a changed description can only be reported.
  const accountByName = new Map(current.serviceAccounts.map((s) => [s.name, s]));
  for (const want of desired.serviceAccounts) {
    const have = accountByName.get(want.name);
    if (!have) {
      change("create", "serviceAccount", want.name, { fields: createdFields(want, new Set()) });
      step(`serviceAccount:${want.name}:create`, `create service account ${JSON.stringify(want.name)}`, {
        type: "createServiceAccount",
        body: want,
      });
    } else if (want.description !== undefined && want.description !== (have.description ?? "")) {
      plan.notices.push({
        kind: "serviceAccount",
        name: want.name,
        message: `description ${JSON.stringify(have.description)} → ${JSON.stringify(want.description)} cannot be changed: the API has no update for service accounts (revoke it and apply again to re-create it, with new credentials)`,
      });
    }
  }

  // Prune: only with --prune, after everything that could still use what goes.
  const archivedApps: string[] = [];
  const declaredApps = new Set(desired.applications.map((a) => a.name));
  const declaredAccounts = new Set(desired.serviceAccounts.map((s) => s.name));
  const undeclared = [
    ...current.applications.filter((a) => !declaredApps.has(a.name)).map((a) => ["application", a.name] as const),
    ...current.integrations
      .filter((i) => !declaredIntegrations.has(i.name))
      .map((i) => ["integration", i.name] as const),
    ...current.serviceAccounts
      .filter((s) => !declaredAccounts.has(s.name))
      .map((s) => ["serviceAccount", s.name] as const),
  ];
  if (!options.prune) {
    if (undeclared.length > 0) {
      plan.notices.push({
        resources: undeclared.map(([kind, name]) => ({ kind, name })),
        message: `${undeclared.length} resource${undeclared.length === 1 ? "" : "s"} not in the file left alone (--prune archives or revokes them)`,
      });
    }
    return plan;
  }
  for (const app of current.applications) {
    if (declaredApps.has(app.name)) continue;
    change("archive", "application", app.name, { id: app.id });
    const id = `application:${app.name}:archive`;
    archivedApps.push(id);
    step(id, `archive application ${JSON.stringify(app.name)}`, { type: "archiveApplication", id: app.id });
  }
  for (const integration of current.integrations) {
    if (declaredIntegrations.has(integration.name)) continue;
    change("archive", "integration", integration.name, { id: integration.id });
    step(
      `integration:${integration.name}:archive`,
      `archive integration ${JSON.stringify(integration.name)}`,
      { type: "archiveIntegration", id: integration.id },
      [...setSteps, ...archivedApps],
    );
  }
  for (const account of current.serviceAccounts) {
    if (declaredAccounts.has(account.name)) continue;
    if (options.selfClientId !== undefined && account.clientId === options.selfClientId) {
      plan.notices.push({
        kind: "serviceAccount",
        name: account.name,
        message: "not revoked: it is the service account this run authenticates with",
      });
      continue;
    }
    change("revoke", "serviceAccount", account.name, { id: account.id });
    step(`serviceAccount:${account.name}:revoke`, `revoke service account ${JSON.stringify(account.name)}`, {
      type: "revokeServiceAccount",
      id: account.id,
    });
  }
  return plan;
}

/** How many changes of each action. */
export function summarize(plan: Pick<Plan, "changes">): Record<Action, number> & { total: number } {
  const counts = { create: 0, update: 0, attach: 0, detach: 0, archive: 0, revoke: 0, total: 0 };
  for (const c of plan.changes) {
    counts[c.action]++;
    counts.total++;
  }
  return counts;
}
