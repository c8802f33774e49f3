import { AsyncLocalStorage } from "node:async_hooks";

/** Who is making the change: a signed-in user, an API key, or the service itself (the worker, the CLI, a schedule). */
export type TAuditActor = { type: "user"; id: number; label: string } | { type: "api_key"; id: number; label: string } | { type: "service"; label: string };

export type TAuditContext = { actor: TAuditActor; clientAddress: string | null };

const SERVICE: TAuditContext = { actor: { type: "service", label: "service" }, clientAddress: null };

/**
 * The request's actor and client address, set once where a request is
 * authenticated (the tRPC procedures, the REST key check) and read by
 * recordAudit. Carried by AsyncLocalStorage rather than by every domain
 * function's options, so that no change can be written without its actor
 * only because a caller forgot to pass one along.
 */
const storage = new AsyncLocalStorage<TAuditContext>();

export function withAuditContext<T>(context: TAuditContext, run: () => T): T {
  return storage.run(context, run);
}

/** Outside any request (worker, CLI, tests calling domain code directly) the actor is the service. */
export function currentAuditContext(): TAuditContext {
  return storage.getStore() ?? SERVICE;
}

/** The client's address as the proxy in front reported it (first X-Forwarded-For hop), else X-Real-IP. */
export function clientAddressOf(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || headers.get("x-real-ip")?.trim() || null)?.slice(0, 100) ?? null;
}
