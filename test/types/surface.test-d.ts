// Compile-time tests of the public surface, as the service's SDK page documents it. `npm run typecheck`
// compiles this file (it is never executed); test/types/surface.test.ts compiles it too and checks that
// each `@ts-expect-error` below marks exactly one wrong line.
//
// Every @ts-expect-error line is a call a user must not be able to write. Keep one wrong thing per line.

import type { HttpError, KontextError, RateLimitError, UnauthorizedError } from "@kontext-dev/js-sdk/errors";
import { isHttpError, isRateLimitError, isUnauthorizedError } from "@kontext-dev/js-sdk/errors";
import type {
  AgentSession,
  Application,
  ApplicationOAuth,
  CreateApplicationInput,
  CreateIntegrationInput,
  Integration,
  McpEvent,
  RequestOptions,
  ServiceAccount,
  Trace,
  TraceEvent,
  TraceStats,
  UpdateApplicationInput,
  UpdateApplicationOAuthInput,
  UpdateIntegrationInput,
} from "@kontext-dev/js-sdk/management";
import { KontextManagementClient } from "@kontext-dev/js-sdk/management";
import { expectTypeOf } from "vitest";

type ItemOf<T> = T extends AsyncIterable<infer Item> ? Item : never;
type Options = RequestOptions | undefined;
type Revoked = { success: boolean; disconnectedCount: number };
type Credentials = { clientId: string; clientSecret: string };

export function applications(client: KontextManagementClient, id: string): void {
  const apps = client.applications;
  expectTypeOf(apps.list).parameter(0).toEqualTypeOf<{ limit?: number; cursor?: string; all?: boolean } | undefined>();
  expectTypeOf(apps.list).parameter(1).toEqualTypeOf<Options>();
  expectTypeOf(apps.list).returns.resolves.toEqualTypeOf<{ items: Application[]; nextCursor?: string | null }>();
  expectTypeOf<ItemOf<ReturnType<typeof apps.list>>>().toEqualTypeOf<Application>();

  expectTypeOf(apps.get).parameters.toEqualTypeOf<[id: string, options?: RequestOptions]>();
  expectTypeOf(apps.get).returns.resolves.toEqualTypeOf<{ application: Application }>();
  expectTypeOf(apps.create).parameter(0).toEqualTypeOf<CreateApplicationInput>();
  expectTypeOf(apps.create).returns.resolves.toEqualTypeOf<{ application: Application; oauth: ApplicationOAuth }>();
  expectTypeOf(apps.update).parameters.toEqualTypeOf<[string, UpdateApplicationInput, RequestOptions?]>();
  expectTypeOf(apps.update).returns.resolves.toEqualTypeOf<{ application: Application }>();
  expectTypeOf(apps.archive).parameters.toEqualTypeOf<[string, RequestOptions?]>();
  expectTypeOf(apps.archive).returns.resolves.toEqualTypeOf<void>();
  expectTypeOf(apps.rotateSecret).returns.resolves.toEqualTypeOf<{ oauth: ApplicationOAuth }>();
  expectTypeOf(apps.getOAuth).returns.resolves.toEqualTypeOf<{ oauth: ApplicationOAuth }>();
  expectTypeOf(apps.updateOAuth).parameters.toEqualTypeOf<[string, UpdateApplicationOAuthInput, RequestOptions?]>();
  expectTypeOf(apps.updateOAuth).returns.resolves.toEqualTypeOf<{ oauth: ApplicationOAuth }>();
  expectTypeOf(apps.listIntegrations).returns.resolves.toEqualTypeOf<{ integrationIds: string[] }>();
  expectTypeOf(apps.setIntegrations).parameter(1).toEqualTypeOf<{ integrationIds: string[] }>();
  expectTypeOf(apps.setIntegrations).returns.resolves.toEqualTypeOf<{ integrationIds: string[] }>();
  expectTypeOf(apps.attachIntegration).parameters.toEqualTypeOf<[string, string, RequestOptions?]>();
  expectTypeOf(apps.attachIntegration).returns.resolves.toEqualTypeOf<void>();
  expectTypeOf(apps.detachIntegration).parameters.toEqualTypeOf<[string, string, RequestOptions?]>();
  expectTypeOf(apps.detachIntegration).returns.resolves.toEqualTypeOf<void>();
  expectTypeOf(apps.revokeAllAgentSessions).returns.resolves.toEqualTypeOf<Revoked>();

  // @ts-expect-error a path id is a string, never a number
  void apps.get(123);
  // @ts-expect-error create() needs the required fields of CreateApplicationInput
  void apps.create({});
  // @ts-expect-error the SDK page has no applications.delete(); archive() it
  void apps.delete(id);
  // @ts-expect-error archive() resolves to void, not to the application
  expectTypeOf(apps.archive).returns.resolves.toEqualTypeOf<{ application: Application }>();
  // @ts-expect-error per-request options go last and are an object
  void apps.get(id, "no-cache");
}

export function integrations(client: KontextManagementClient): void {
  const ints = client.integrations;
  expectTypeOf(ints.list).parameter(0).toEqualTypeOf<{ limit?: number; cursor?: string } | undefined>();
  expectTypeOf(ints.list).returns.resolves.toEqualTypeOf<{ items: Integration[]; nextCursor?: string | null }>();
  expectTypeOf<ItemOf<ReturnType<typeof ints.list>>>().toEqualTypeOf<Integration>();
  expectTypeOf(ints.get).returns.resolves.toEqualTypeOf<{ integration: Integration }>();
  expectTypeOf(ints.create).parameters.toEqualTypeOf<[CreateIntegrationInput, RequestOptions?]>();
  expectTypeOf(ints.create).returns.resolves.toEqualTypeOf<{ integration: Integration }>();
  expectTypeOf(ints.update).parameters.toEqualTypeOf<[string, UpdateIntegrationInput, RequestOptions?]>();
  expectTypeOf(ints.update).returns.resolves.toEqualTypeOf<{ integration: Integration }>();
  expectTypeOf(ints.archive).returns.resolves.toEqualTypeOf<void>();
  expectTypeOf(ints.validate).returns.resolves.toEqualTypeOf<{
    status: "pending" | "valid" | "invalid";
    message?: string | null;
  }>();
  expectTypeOf(ints.deleteOAuthConfig).returns.resolves.toEqualTypeOf<void>();
  expectTypeOf(ints.disconnect).returns.resolves.toEqualTypeOf<void>();
  void ints.create({ name: "Wiki", url: "https://wiki.example.com/mcp", authMode: "server_token", serverToken: "t" });
  // @ts-expect-error authMode server_token needs a serverToken
  void ints.create({ name: "Wiki", url: "https://wiki.example.com/mcp", authMode: "server_token" });
}

export function serviceAccounts(client: KontextManagementClient): void {
  const sas = client.serviceAccounts;
  expectTypeOf(sas.list).parameter(0).toEqualTypeOf<{ limit?: number; cursor?: string } | undefined>();
  expectTypeOf(sas.list).returns.resolves.toEqualTypeOf<{ items: ServiceAccount[]; nextCursor: string | null }>();
  expectTypeOf<ItemOf<ReturnType<typeof sas.list>>>().toEqualTypeOf<ServiceAccount>();
  expectTypeOf(sas.get).returns.resolves.toEqualTypeOf<{ serviceAccount: ServiceAccount }>();
  expectTypeOf(sas.create).parameters.toEqualTypeOf<[{ name: string; description?: string }, RequestOptions?]>();
  expectTypeOf(sas.create).returns.resolves.toEqualTypeOf<{
    serviceAccount: ServiceAccount;
    credentials: Credentials;
  }>();
  expectTypeOf(sas.revoke).returns.resolves.toEqualTypeOf<void>();
  expectTypeOf(sas.rotateSecret).returns.resolves.toEqualTypeOf<{ credentials: Credentials }>();
}

export async function sessions(client: KontextManagementClient, appId: string): Promise<void> {
  const s = client.sessions;
  expectTypeOf(s.list)
    .parameter(1)
    .toEqualTypeOf<{ limit?: number; status?: "active" | "inactive" | "all"; includeInactive?: boolean } | undefined>();
  expectTypeOf(s.list).parameter(2).toEqualTypeOf<Options>();
  expectTypeOf(s.list).returns.resolves.toEqualTypeOf<{ items: AgentSession[] }>();
  expectTypeOf(s.get).parameters.toEqualTypeOf<[string, string, RequestOptions?]>();
  expectTypeOf(s.get).returns.resolves.toEqualTypeOf<{ session: AgentSession }>();
  expectTypeOf(s.revokeAll).returns.resolves.toEqualTypeOf<Revoked>();

  await s.list(appId, { status: "inactive", limit: 10 });
  // @ts-expect-error status is "active", "inactive" or "all"
  await s.list(appId, { status: "bogus" });
}

export async function traces(client: KontextManagementClient, traceId: string): Promise<void> {
  const t = client.traces;
  expectTypeOf(t.list).parameter(0).toEqualTypeOf<
    | {
        limit?: number;
        cursor?: string;
        offset?: number;
        userId?: string;
        sessionId?: string;
        agentId?: string;
        applicationId?: string;
      }
    | undefined
  >();
  expectTypeOf(t.list).returns.resolves.toEqualTypeOf<{ items: Trace[]; nextCursor?: string | null }>();
  expectTypeOf(t.get).parameters.toEqualTypeOf<[string, { userId?: string }?, RequestOptions?]>();
  expectTypeOf(t.get).returns.resolves.toEqualTypeOf<{ trace: Trace; events: TraceEvent[] }>();
  expectTypeOf(t.stats).parameter(0).toEqualTypeOf<{ period?: "1d" | "7d" | "30d"; userId?: string } | undefined>();
  expectTypeOf(t.stats).returns.resolves.toEqualTypeOf<{ stats: TraceStats }>();

  const { stats } = await t.stats({ period: "30d" });
  expectTypeOf(stats.totalTraces).toEqualTypeOf<number | null>();
  // @ts-expect-error stats() wraps the wire object: the numbers are under .stats
  void (await t.stats()).totalTraces;
  // @ts-expect-error period is "1d", "7d" or "30d"
  void t.stats({ period: "1y" });
  void t.get(traceId);
}

export function events(client: KontextManagementClient): void {
  expectTypeOf(client.events.list).parameter(0).toEqualTypeOf<{ limit?: number } | undefined>();
  expectTypeOf(client.events.list).returns.resolves.toEqualTypeOf<{ items: McpEvent[] }>();
}

export function options(credentials: Credentials): void {
  void new KontextManagementClient({ baseUrl: "https://api.kontext.security", credentials });
  void new KontextManagementClient({ baseUrl: "https://api.kontext.security", accessToken: "user-token" });
  // @ts-expect-error credentials and accessToken exclude each other
  void new KontextManagementClient({ baseUrl: "https://api.kontext.security", credentials, accessToken: "t" });
  // @ts-expect-error one of credentials or accessToken is required
  void new KontextManagementClient({ baseUrl: "https://api.kontext.security" });
}

export function tokens(client: KontextManagementClient): void {
  expectTypeOf(client.refreshToken).returns.toEqualTypeOf<Promise<void>>();
  expectTypeOf(client.clearToken).returns.toEqualTypeOf<void>();
}

export async function raw(client: KontextManagementClient, id: string): Promise<void> {
  const { data, error } = await client.raw.GET("/api/v1/applications/{id}", { params: { path: { id } } });
  expectTypeOf(data).toEqualTypeOf<{ application: Application } | undefined>();
  expectTypeOf(error).not.toBeAny();
  // @ts-expect-error raw paths are the spec's, checked at compile time
  void client.raw.GET("/api/v1/applicationz");
  // @ts-expect-error the path parameter is required
  void client.raw.GET("/api/v1/applications/{id}", { params: { path: {} } });
}

export function errors(error: unknown): void {
  expectTypeOf<HttpError>().toExtend<KontextError>();
  expectTypeOf<RateLimitError>().toExtend<HttpError>();
  expectTypeOf<UnauthorizedError>().toExtend<HttpError>();
  expectTypeOf<HttpError["statusCode"]>().toEqualTypeOf<number>();
  expectTypeOf<KontextError["statusCode"]>().toEqualTypeOf<number | undefined>();
  expectTypeOf<HttpError["validationErrors"]>().toEqualTypeOf<string[] | undefined>();
  if (isRateLimitError(error)) expectTypeOf(error.retryAfter).toEqualTypeOf<number | undefined>();
  if (isUnauthorizedError(error)) expectTypeOf(error).toExtend<KontextError>();
  if (isHttpError(error)) expectTypeOf(error.code).toEqualTypeOf<string>();
}
