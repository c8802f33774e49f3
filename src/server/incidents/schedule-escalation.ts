import type { Prisma } from "@/server/db/client";
import { enqueueJob } from "@/server/jobs/enqueue-job";
import { nextStep, type TPolicy } from "./incident-policy";

/** One job key per incident: acknowledging removes it by name, in the same transaction. */
export const incidentJobKey = (incidentId: number) => `incident:${incidentId}`;

/** Queues the step after `level` (or none), recording when it is due. */
export async function scheduleNextEscalation(tx: Prisma.TransactionClient, incidentId: number, policy: TPolicy, level: number, round: number, now: Date): Promise<Date | null> {
  const step = nextStep(policy, level, round);
  const due = step ? new Date(now.getTime() + step.delaySeconds * 1000) : null;
  if (step && due) await enqueueJob(tx, "incidentsEscalate", { incidentId, level: step.level, round: step.round }, { runAt: due, jobKey: incidentJobKey(incidentId), priority: -10 });
  await tx.incident.update({ where: { id: incidentId }, data: { nextEscalationAt: due } });
  if (!step) await tx.incidentTimelineEntry.create({ data: { incidentId, kind: "exhausted", detail: `Every level of "${policy.name}" was notified${policy.repeat ? ` ${policy.repeat + 1} times` : ""}; nobody acknowledged`, at: now } });
  return due;
}

/** Cancels the pending step: graphile-worker removes a waiting job at once (a running one is told not to retry, and finds the incident closed). */
export async function cancelEscalation(tx: Prisma.TransactionClient, incidentId: number): Promise<void> {
  await tx.$queryRaw`select graphile_worker.remove_job(${incidentJobKey(incidentId)}::text)`;
  await tx.incident.update({ where: { id: incidentId }, data: { nextEscalationAt: null } });
}
