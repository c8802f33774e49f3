import type { Prisma } from "@/server/db/client";
import type { TEventSeverity } from "@/server/events/event-severity";
import type { TPolicy } from "./incident-policy";
import { lockJobs } from "./lock-jobs";
import { scheduleNextEscalation } from "./schedule-escalation";

export type TIncidentStart = {
  eventId: string;
  policy: TPolicy;
  ruleId: number | null;
  ruleName: string;
  title: string;
  severity: TEventSeverity;
  /** Later events with this key join the open incident instead of opening another. */
  incidentKey: string;
};

export type TIncidentStarted = { incidentId: number; joined: boolean };

/**
 * Opens an incident per escalated event and policy — level 1 is notified by
 * the caller's notifications, the next level queued — or adds the event to
 * the incident of the same policy and key that is still open (one incident
 * per broken job, not one per failure). A lock per key (taken in key order,
 * see lockJobs) keeps two concurrent routing jobs from opening two.
 */
export async function startIncidents(tx: Prisma.TransactionClient, starts: TIncidentStart[], now: Date): Promise<Map<string, TIncidentStarted>> {
  const started = new Map<string, TIncidentStarted>();
  await lockJobs(tx, starts.map((start) => start.incidentKey));
  for (const start of starts) {
    const [open] = await tx.$queryRaw<{ id: number }[]>`
      select id from incidents where policy_id = ${start.policy.id} and incident_key = ${start.incidentKey} and status <> 'RESOLVED'
       order by id desc limit 1 for update`;
    if (open) {
      await tx.incident.update({ where: { id: open.id }, data: { eventCount: { increment: 1 } } });
      await tx.incidentTimelineEntry.create({ data: { incidentId: open.id, at: now, kind: "event_added", detail: `Another event: ${start.title}` } });
      started.set(key(start.eventId, start.policy.id), { incidentId: open.id, joined: true });
      continue;
    }
    const incident = await tx.incident.create({
      data: {
        policyId: start.policy.id,
        policyName: start.policy.name,
        eventId: start.eventId,
        ruleId: start.ruleId,
        title: start.title,
        severity: start.severity.toUpperCase() as "INFO" | "WARNING" | "CRITICAL",
        incidentKey: start.incidentKey,
        level: 1,
        triggeredAt: now,
      },
    });
    await tx.incidentTimelineEntry.createMany({
      data: [
        { incidentId: incident.id, at: now, kind: "triggered", detail: `Rule "${start.ruleName}" escalated the event with policy "${start.policy.name}"` },
        { incidentId: incident.id, at: now, kind: "level_notified", level: 1, detail: "Level 1 notified" },
      ],
    });
    await scheduleNextEscalation(tx, incident.id, start.policy, 1, 0, now);
    started.set(key(start.eventId, start.policy.id), { incidentId: incident.id, joined: false });
  }
  return started;
}

export const key = (eventId: string, policyId: number) => `${eventId}:${policyId}`;
