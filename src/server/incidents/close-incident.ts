import { z } from "zod";
import { db, type Prisma } from "@/server/db/client";
import type { TAuditActor } from "@/server/audit/audit-context";
import { recordAudit } from "@/server/audit/record-audit";
import { AppError, parseInput } from "@/server/errors/app-error";
import { cancelEscalation } from "./schedule-escalation";

export const ZIncidentId = z.coerce.number("must be an incident id").int().positive();

export type TCloseBy = {
  actor: string;
  via: string;
  /** Who the audit log names, where the request does not know it (a link is its own credential). */
  auditActor?: TAuditActor;
};

/**
 * Acknowledges: the pending level is removed and the incident marked, in one
 * transaction holding its row — no level fires after an acknowledgement,
 * not even one due in the same second (the level's step locks the same row
 * and finds it acknowledged). Acknowledging twice answers the first.
 */
export async function acknowledgeIncident(options: { id: unknown } & TCloseBy, now = new Date()) {
  const id = parseInput(ZIncidentId, options.id);
  return db().$transaction(async (tx) => acknowledgeLocked(tx, id, options, now));
}

export async function acknowledgeLocked(tx: Prisma.TransactionClient, id: number, by: TCloseBy, now: Date) {
  const status = await lockStatus(tx, id);
  if (status === "RESOLVED") throw new AppError("CONFLICT", `Incident ${id} is already resolved`);
  if (status === "ACKNOWLEDGED") return tx.incident.findUniqueOrThrow({ where: { id } });
  await cancelEscalation(tx, id);
  await tx.incidentTimelineEntry.create({ data: { incidentId: id, at: now, kind: "acknowledged", actor: by.actor, detail: `Acknowledged by ${by.actor} via ${by.via}` } });
  const incident = await tx.incident.update({ where: { id }, data: { status: "ACKNOWLEDGED", acknowledgedAt: now, acknowledgedBy: by.actor, acknowledgedVia: by.via } });
  await recordAudit(tx, { action: "incident.acknowledged", target: incidentTarget(incident), before: { status: status.toLowerCase() }, after: { status: "acknowledged", via: by.via }, actor: by.auditActor });
  return incident;
}

/** Resolves (by hand, or when the job completes): escalation stops, the incident closes; resolving twice answers the first. */
export async function resolveIncident(options: { id: unknown } & TCloseBy, now = new Date()) {
  const id = parseInput(ZIncidentId, options.id);
  return db().$transaction(async (tx) => resolveLocked(tx, id, options, now));
}

export async function resolveLocked(tx: Prisma.TransactionClient, id: number, by: TCloseBy, now: Date) {
  const status = await lockStatus(tx, id);
  if (status === "RESOLVED") return tx.incident.findUniqueOrThrow({ where: { id } });
  await cancelEscalation(tx, id);
  await tx.incidentTimelineEntry.create({ data: { incidentId: id, at: now, kind: "resolved", actor: by.actor, detail: `Resolved by ${by.actor} via ${by.via}` } });
  const incident = await tx.incident.update({ where: { id }, data: { status: "RESOLVED", resolvedAt: now, resolvedBy: by.actor, resolvedVia: by.via } });
  await recordAudit(tx, { action: "incident.resolved", target: incidentTarget(incident), before: { status: status.toLowerCase() }, after: { status: "resolved", via: by.via }, actor: by.auditActor });
  return incident;
}

const incidentTarget = (incident: { id: number; title: string }) => ({ type: "incident", id: incident.id, label: incident.title });

async function lockStatus(tx: Prisma.TransactionClient, id: number): Promise<string> {
  const [row] = await tx.$queryRaw<{ status: string }[]>`select status from incidents where id = ${id} for update`;
  if (!row) throw new AppError("NOT_FOUND", `Incident ${id} not found`);
  return row.status;
}
