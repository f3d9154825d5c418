import type { KontextManagementClient } from "../../management.js";
import type { Plan, Ref, Step } from "./plan.js";

/** A credential the API shows once, on create. */
export interface NewSecret {
  kind: "application" | "serviceAccount";
  name: string;
  clientId: string;
  clientSecret: string;
}

export interface ApplyOptions {
  /** Steps in flight at once. @default 4 */
  parallelism?: number;
  /** Told when a step starts, ends or fails: labels only, never a value. */
  onEvent?: (event: { type: "start" | "done" | "failed"; step: Step; error?: unknown }) => void;
  /** Receives each new secret as soon as its create answers, so none is lost if a later step fails. */
  onSecret?: (secret: NewSecret) => void | Promise<void>;
  /** Asked before each step starts: true stops starting new ones (Ctrl-C), as a failure does. */
  stopped?: () => boolean;
}

export interface ApplyResult {
  done: Step[];
  failed: { step: Step; error: unknown }[];
  notStarted: Step[];
}

/**
 * Carries out a plan: each step once its `after` steps are done, at most `parallelism` at a time,
 * under the client's retries and 429 handling. After a failure no new step starts; the ones in
 * flight finish, and the result says what was done, what failed and what was not started.
 */
export async function applyPlan(
  client: KontextManagementClient,
  plan: Plan,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const parallelism = Math.max(1, options.parallelism ?? 4);
  const created = new Map<string, string>(); // "application:NAME" / "integration:NAME" → id
  const result: ApplyResult = { done: [], failed: [], notStarted: [] };
  const finished = new Set<string>();
  const pending = [...plan.steps];
  let running = 0;

  const idOf = (kind: "application" | "integration", ref: Ref): string => {
    if ("id" in ref) return ref.id;
    const id = created.get(`${kind}:${ref.create}`);
    if (id === undefined) throw new Error(`${kind} ${JSON.stringify(ref.create)} was not created`);
    return id;
  };

  const run = async (step: Step): Promise<void> => {
    const op = step.operation;
    switch (op.type) {
      case "createIntegration": {
        const { integration } = await client.integrations.create(op.body);
        created.set(`integration:${op.body.name}`, integration.id);
        return;
      }
      case "updateIntegration":
        await client.integrations.update(op.id, op.body);
        return;
      case "archiveIntegration":
        return client.integrations.archive(op.id);
      case "createApplication": {
        const { application, oauth } = await client.applications.create(op.body);
        created.set(`application:${op.body.name}`, application.id);
        if (oauth.clientSecret) {
          await options.onSecret?.({
            kind: "application",
            name: op.body.name,
            clientId: oauth.clientId,
            clientSecret: oauth.clientSecret,
          });
        }
        return;
      }
      case "updateApplication":
        await client.applications.update(op.id, op.body);
        return;
      case "updateApplicationOAuth": {
        const { oauth } = await client.applications.updateOAuth(op.id, op.body);
        // Turning a public client confidential may mint its first secret.
        if (oauth.clientSecret) {
          const name = step.id.split(":").slice(1, -1).join(":");
          await options.onSecret?.({
            kind: "application",
            name,
            clientId: oauth.clientId,
            clientSecret: oauth.clientSecret,
          });
        }
        return;
      }
      case "setIntegrations":
        await client.applications.setIntegrations(idOf("application", op.app), {
          integrationIds: op.integrations.map((r) => idOf("integration", r)),
        });
        return;
      case "archiveApplication":
        return client.applications.archive(op.id);
      case "createServiceAccount": {
        const { credentials } = await client.serviceAccounts.create(op.body);
        await options.onSecret?.({ kind: "serviceAccount", name: op.body.name, ...credentials });
        return;
      }
      case "revokeServiceAccount":
        return client.serviceAccounts.revoke(op.id);
    }
  };

  await new Promise<void>((resolve) => {
    const pump = () => {
      while (result.failed.length === 0 && !options.stopped?.() && running < parallelism) {
        const index = pending.findIndex((s) => s.after.every((id) => finished.has(id)));
        if (index < 0) break;
        const [step] = pending.splice(index, 1) as [Step];
        running++;
        options.onEvent?.({ type: "start", step });
        run(step)
          .then(
            () => {
              finished.add(step.id);
              result.done.push(step);
              options.onEvent?.({ type: "done", step });
            },
            (error: unknown) => {
              result.failed.push({ step, error });
              options.onEvent?.({ type: "failed", step, error });
            },
          )
          .finally(() => {
            running--;
            pump();
          });
      }
      if (running === 0) resolve();
    };
    pump();
  });
  result.notStarted = pending;
  return result;
}
