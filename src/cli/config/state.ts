import type { KontextManagementClient } from "../../management.js";
import { type CurrentState, isManaged } from "./model.js";

/** The largest page the lists serve (`limit` 1–200). */
export const PAGE_SIZE = 200;

export interface ReadStateOptions {
  /**
   * Applications whose OAuth settings matter (the ones the file declares; all of them for
   * export). Only these are fetched one by one, and only when the list answer lacks `oauth`.
   * @default every application
   */
  oauthFor?: (name: string) => boolean;
  /** Requests in flight for those per-application reads. @default 8 */
  parallelism?: number;
}

/** Runs `work` over `items`, at most `limit` at a time. */
export async function eachLimit<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  });
  await Promise.all(lanes);
}

/**
 * Reads the organization through the client: each list page by page at 200 a page, the three
 * lists at once. An application list item carries its `oauth` and `integrations`, so a plan over
 * N applications costs about N/200 + 2 requests; `GET /applications/{id}/oauth` (or
 * `/integrations`) is sent only for a declared application whose list item lacks them.
 */
export async function readState(
  client: KontextManagementClient,
  options: ReadStateOptions = {},
): Promise<CurrentState> {
  const collect = async <T>(pages: AsyncIterable<T>): Promise<T[]> => {
    const out: T[] = [];
    for await (const item of pages) out.push(item);
    return out;
  };
  const [integrations, listed, serviceAccounts] = await Promise.all([
    collect(client.integrations.list({ limit: PAGE_SIZE })),
    collect(client.applications.list({ limit: PAGE_SIZE })),
    collect(client.serviceAccounts.list({ limit: PAGE_SIZE })),
  ]);
  const applications = listed.filter((app) => !app.archivedAt && isManaged(app)) as CurrentState["applications"];
  const wanted = options.oauthFor ?? (() => true);
  const incomplete = applications.filter((app) => wanted(app.name) && (!app.oauth || !Array.isArray(app.integrations)));
  await eachLimit(incomplete, options.parallelism ?? 8, async (app) => {
    const [oauth, attached] = await Promise.all([
      app.oauth ? undefined : client.applications.getOAuth(app.id),
      Array.isArray(app.integrations) ? undefined : client.applications.listIntegrations(app.id),
    ]);
    if (oauth) app.oauth = oauth.oauth;
    if (attached) {
      app.integrations = attached.integrationIds.map((id) => ({
        id,
        name: integrations.find((i) => i.id === id)?.name ?? id,
      }));
    }
  });
  return {
    integrations: integrations.filter(isManaged),
    applications,
    serviceAccounts: serviceAccounts.filter(isManaged),
  };
}
