import { appUrl } from "@/env";
import { db, Prisma } from "@/server/db/client";
import type { TEventSeverity } from "@/server/events/event-severity";
import { enqueueJob } from "@/server/jobs/enqueue-job";
import { insertRoutedNotifications, type TNewNotification } from "@/server/notifications/insert-notification";
import { compileStoredRule } from "@/server/routing/load-rules";
import { insertDecisions } from "@/server/routing/insert-decisions";
import { loadDirectory } from "@/server/routing/load-directory";
import { planDeliveries } from "@/server/routing/plan-deliveries";
import { GROUP_DEFAULTS } from "@/server/routing/apply-rules";
import { groupMessage, type TGroupMember } from "./group-message";

const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 30_000 };

/**
 * Sends one message to the rule's audience listing every event the group
 * gathered since its last message (or, as a repeat, those of the last
 * message when nothing came since for repeat_interval), marks them sent, and
 * queues the repeat. The group's row is locked throughout: members added
 * meanwhile wait for the next flush, none is sent twice or lost.
 */
export async function flushGroup(options: { groupId: number; repeat?: boolean }, now = new Date()): Promise<number> {
  return db().$transaction(async (tx) => {
    const [group] = await tx.$queryRaw<{ id: number; rule_id: number; group_key: string; last_flushed_at: Date | null; last_message_at: Date | null; opened_at: Date }[]>`
      select id, rule_id, group_key, last_flushed_at, last_message_at, opened_at from notification_groups where id = ${options.groupId} for update`;
    if (!group) return 0;
    const rule = await tx.routingRule.findUnique({ where: { id: group.rule_id } });
    const compiled = rule ? compileStoredRule(rule) : null;
    const actions = compiled?.actions;
    const repeatSeconds = actions?.repeat_interval ?? GROUP_DEFAULTS.repeatSeconds;
    const pending = await tx.$queryRaw<TGroupMember[]>`
      select e.id::text, e.type, e.title, lower(e.severity::text) as severity, e.occurred_at from notification_group_members m join events e on e.id = m.event_id
       where m.group_id = ${group.id} and m.flushed_at is null order by e.occurred_at, e.id`;
    let members = pending;
    if (options.repeat) {
      // A repeat only for a group unchanged since its last message, and only once.
      const quietSince = group.last_message_at ? now.getTime() - group.last_message_at.getTime() : 0;
      if (pending.length || !group.last_flushed_at || quietSince < repeatSeconds * 1000 - 1_000) return 0;
      members = await tx.$queryRaw<TGroupMember[]>`
        select e.id::text, e.type, e.title, lower(e.severity::text) as severity, e.occurred_at from notification_group_members m join events e on e.id = m.event_id
         where m.group_id = ${group.id} and m.flushed_at = ${group.last_flushed_at}::timestamp order by e.occurred_at, e.id`;
    }
    if (members.length === 0 || !compiled || !actions?.notify) return 0;

    const label = labelOf(group.group_key, actions.group_by ?? []);
    const message = groupMessage({ groupId: group.id, label, members, appUrl: appUrl(), repeat: Boolean(options.repeat), since: options.repeat ? (group.last_flushed_at ?? group.opened_at) : (members[0]?.occurred_at ?? now) });
    const directory = await loadDirectory(actions.notify);
    const because = `Rule "${compiled.name}" groups by ${label}: ${members.length} event${members.length === 1 ? "" : "s"} in one message`;
    const outcome = {
      severity: message.severity as TEventSeverity,
      matched: [],
      suppressedBy: null,
      escalations: [],
      groupings: [],
      audience: actions.notify.map((target) => ({ target, channels: actions.channels ?? null, because, ruleId: compiled.id, templateKey: actions.template ?? null })),
    };
    const last = members.at(-1) as TGroupMember;
    const decisions = planDeliveries(outcome, message.notificationType, directory, now);
    const notifications: TNewNotification[] = decisions.flatMap((made) =>
      made.delivery
        ? [{
            subject: message.subject,
            body: message.body,
            notificationType: message.notificationType,
            priority: message.priority,
            metadata: message.metadata,
            jobRunId: null,
            ...made.delivery,
            destinationEncrypted: null,
            apiKeyId: null,
            idempotencyKey: null,
            eventId: last.id,
            status: made.outcome === "DEFERRED" ? ("DEFERRED" as const) : ("PENDING" as const),
            deliverAfter: made.deliverAfter,
            decision: { recipient: made.recipient, outcome: made.outcome, reason: made.reason, userId: made.userId, ruleId: made.ruleId, eventId: last.id },
          }]
        : [],
    );
    if (notifications.length) await insertRoutedNotifications(tx, notifications);
    const told = [...new Set(decisions.filter((made) => made.delivery).map((made) => made.recipient))].join(", ") || "nobody (see the decisions)";
    await insertDecisions(
      tx,
      members.map((member) => ({
        event_id: member.id,
        user_id: null,
        recipient: `group ${label}`,
        channel: null,
        outcome: "NOTIFIED",
        reason: `${options.repeat ? "Repeated" : "Sent"} in group message #${group.id} with ${members.length - 1} other event${members.length === 2 ? "" : "s"} to ${told}`,
        rule_id: compiled.id,
      })),
      now,
    );
    if (!options.repeat) {
      await tx.$executeRaw`update notification_group_members set flushed_at = ${now}::timestamp where group_id = ${group.id} and id in (select m.id from notification_group_members m where m.group_id = ${group.id} and m.flushed_at is null and m.event_id = any(${members.map((member) => member.id)}::uuid[]))`;
      await enqueueJob(tx, "groupsFlush", { groupId: group.id, repeat: true }, { runAt: new Date(now.getTime() + repeatSeconds * 1000), jobKey: `group:${group.id}:repeat` });
    }
    await tx.$executeRaw`
      update notification_groups set last_message_at = ${now}::timestamp, message_count = message_count + 1
        ${options.repeat ? Prisma.empty : Prisma.sql`, last_flushed_at = ${now}::timestamp`}
       where id = ${group.id}`;
    return notifications.length;
  }, TRANSACTION_OPTIONS);
}

function labelOf(groupKey: string, fields: string[]): string {
  const values = JSON.parse(groupKey) as unknown[];
  return fields.map((field, index) => `${field}=${values[index] ?? "(none)"}`).join(", ");
}
