import type { Prisma } from "@/server/db/client";
import { auditDiff } from "./audit-diff";
import { currentAuditContext, type TAuditActor } from "./audit-context";

export type TAuditTarget = { type: string; id?: string | number | null; label?: string | null };

export type TAuditEntry = {
  /** "<target type>.<verb>": smtp_settings.updated, rule.deleted, incident.acknowledged… */
  action: string;
  target: TAuditTarget;
  /** Plain snapshots (the API's field names) before and after; omitted for a creation or a deletion. */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Fields of the snapshots shown only as "••••". */
  secrets?: readonly string[];
  /** Only where the request context does not know it (a link that is its own credential). */
  actor?: TAuditActor;
};

type TSql = Pick<Prisma.TransactionClient, "auditLogEntry">;

/**
 * Writes one audit entry through the caller's transaction client, so the
 * entry exists exactly when the change does. The actor and client address
 * come from the request (see withAuditContext). An update that changed
 * nothing writes nothing.
 */
export async function recordAudit(tx: TSql, entry: TAuditEntry): Promise<void> {
  const diff = auditDiff(entry.before, entry.after, entry.secrets);
  if (entry.before && entry.after && Object.keys(diff).length === 0) return;
  const context = currentAuditContext();
  const actor = entry.actor ?? context.actor;
  await tx.auditLogEntry.create({
    data: {
      actorType: actor.type,
      actorId: actor.type === "service" ? null : actor.id,
      actorLabel: actor.label.slice(0, 320),
      action: entry.action,
      targetType: entry.target.type,
      targetId: entry.target.id === undefined || entry.target.id === null ? null : String(entry.target.id),
      targetLabel: entry.target.label?.slice(0, 320) ?? null,
      diff: diff as Prisma.InputJsonObject,
      clientAddress: context.clientAddress,
    },
  });
}
