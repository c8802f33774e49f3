import { db } from "@/server/db/client";
import type { TEventSeverity } from "@/server/events/event-severity";
import { eventFromRow } from "@/server/events/event-from-row";
import { insertRoutedNotifications, type TNewNotification } from "@/server/notifications/insert-notification";
import type { TRuleOutcome } from "@/server/routing/apply-rules";
import { eventNotificationContent } from "@/server/routing/event-notification-content";
import { insertDecisions } from "@/server/routing/insert-decisions";
import { loadDirectory } from "@/server/routing/load-directory";
import { planDeliveries } from "@/server/routing/plan-deliveries";
import { loadPolicies } from "./incident-policy";
import { scheduleNextEscalation } from "./schedule-escalation";

const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 30_000 };

/**
 * One step of an escalation: level `level` of round `round` is notified —
 * only while the incident is still triggered and at the step before. The
 * incident row is locked for the whole step, so an acknowledgement either
 * commits first (and this step does nothing) or waits for it.
 */
export async function escalateIncident(step: { incidentId: number; level: number; round: number }, now = new Date()): Promise<"notified" | "closed" | "stale"> {
  const incident = await db().incident.findUnique({ where: { id: step.incidentId } });
  if (!incident || incident.status !== "TRIGGERED") return "closed";
  const policy = incident.policyId ? (await loadPolicies([incident.policyId])).get(incident.policyId) : undefined;
  const event = incident.eventId ? await db().event.findUnique({ where: { id: incident.eventId } }) : null;
  const targets = policy?.levels[step.level - 1]?.targets ?? [];
  const severity = incident.severity.toLowerCase() as TEventSeverity;
  const outcome: TRuleOutcome = {
    severity,
    matched: [],
    suppressedBy: null,
    escalations: [],
    groupings: [],
    audience: targets.map((target) => ({
      target,
      channels: null,
      because: `Incident #${incident.id} not acknowledged: escalated to level ${step.level} of "${incident.policyName}"${step.round ? ` (repeat ${step.round})` : ""}`,
      ruleId: incident.ruleId,
      templateKey: null,
    })),
  };
  const decisions = targets.length ? planDeliveries(outcome, event?.type ?? "incident", await loadDirectory(targets), now) : [];

  return db().$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ status: string; level: number; round: number }[]>`select status, level, round from incidents where id = ${incident.id} for update`;
    if (locked?.status !== "TRIGGERED") return "closed";
    // A re-run job (or a policy edited meanwhile) must not notify a level twice.
    if (locked.round > step.round || (locked.round === step.round && locked.level >= step.level)) return "stale";
    if (!policy) {
      await tx.incidentTimelineEntry.create({ data: { incidentId: incident.id, at: now, kind: "exhausted", detail: `The escalation policy "${incident.policyName}" was deleted; escalation stopped` } });
      await tx.incident.update({ where: { id: incident.id }, data: { nextEscalationAt: null } });
      return "closed";
    }
    const content = event ? eventNotificationContent(event.id, eventFromRow(event), severity) : null;
    const notifications: TNewNotification[] = content
      ? decisions.flatMap((made) =>
          made.delivery
            ? [{
                ...content,
                subject: `Escalated (level ${step.level}): ${content.subject}`,
                ...made.delivery,
                destinationEncrypted: null,
                apiKeyId: null,
                idempotencyKey: null,
                eventId: event?.id ?? null,
                incidentId: incident.id,
                status: made.outcome === "DEFERRED" ? ("DEFERRED" as const) : ("PENDING" as const),
                deliverAfter: made.deliverAfter,
                decision: { recipient: made.recipient, outcome: made.outcome, reason: made.reason, userId: made.userId, ruleId: made.ruleId, eventId: event?.id ?? null },
              }]
            : [],
        )
      : [];
    if (notifications.length) await insertRoutedNotifications(tx, notifications);
    const alone = decisions.filter((made) => !made.delivery);
    if (event && alone.length) {
      await insertDecisions(tx, alone.map((made) => ({ event_id: event.id, user_id: made.userId, recipient: made.recipient, channel: made.channel, outcome: made.outcome, reason: made.reason, rule_id: made.ruleId })), now);
    }
    await tx.incident.update({ where: { id: incident.id }, data: { level: step.level, round: step.round } });
    const who = decisions.filter((made) => made.delivery).map((made) => made.recipient);
    await tx.incidentTimelineEntry.create({
      data: { incidentId: incident.id, at: now, kind: step.round && step.level === 1 ? "repeated" : "level_notified", level: step.level, detail: `Level ${step.level} notified${who.length ? `: ${[...new Set(who)].join(", ")}` : " (nobody could be reached)"}` },
    });
    await scheduleNextEscalation(tx, incident.id, policy, step.level, step.round, now);
    return "notified";
  }, TRANSACTION_OPTIONS);
}
