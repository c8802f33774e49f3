import type { Prisma } from "@/server/db/client";
import { enqueueJob } from "@/server/jobs/enqueue-job";
import type { TGroupingRequest } from "@/server/routing/apply-rules";
import type { TDecisionRow } from "@/server/routing/insert-decisions";

/** One flush job per group at a time: 50 events arriving at once, in any number of workers, make one message. */
export const groupFlushKey = (groupId: number) => `group:${groupId}`;

/**
 * Adds each grouped event to its group (creating the group on its first
 * event) and makes sure the group's flush is queued: group_wait after a new
 * group's first event, else group_interval after the last flush. The flush
 * job is keyed per group with preserve_run_at, so the first event of a
 * window decides when it runs and the others only join — the database, not
 * timing, makes the message happen once. Answers each event's decision.
 */
export async function joinGroups(tx: Prisma.TransactionClient, joins: { eventId: string; grouping: TGroupingRequest }[], now: Date): Promise<TDecisionRow[]> {
  const decisions: TDecisionRow[] = [];
  for (const { eventId, grouping } of joins) {
    const [group] = await tx.$queryRaw<{ id: number; last_flushed_at: Date | null }[]>`
      insert into notification_groups (rule_id, group_key, rule_name, opened_at, last_event_at)
      values (${grouping.ruleId}, ${grouping.groupKey}, ${grouping.ruleName}, ${now}::timestamp, ${now}::timestamp)
      on conflict (rule_id, group_key) do update set last_event_at = excluded.last_event_at, rule_name = excluded.rule_name
      returning id, last_flushed_at`;
    if (!group) continue;
    await tx.$executeRaw`insert into notification_group_members (group_id, event_id, added_at) values (${group.id}, ${eventId}::uuid, ${now}::timestamp) on conflict do nothing`;
    const intervalDue = group.last_flushed_at ? group.last_flushed_at.getTime() + grouping.intervalSeconds * 1000 : 0;
    const runAt = new Date(group.last_flushed_at ? Math.max(now.getTime(), intervalDue) : now.getTime() + grouping.waitSeconds * 1000);
    await enqueueJob(tx, "groupsFlush", { groupId: group.id }, { runAt, jobKey: groupFlushKey(group.id), preserveRunAt: true });
    decisions.push({
      event_id: eventId,
      user_id: null,
      recipient: `group ${grouping.label}`,
      channel: null,
      outcome: "DEFERRED",
      reason: `Grouped into #${group.id}: rule "${grouping.ruleName}" groups by ${grouping.label}; sent with the group's next message (${group.last_flushed_at ? `every ${grouping.intervalSeconds} s` : `after ${grouping.waitSeconds} s`})`,
      rule_id: grouping.ruleId,
    });
  }
  return decisions;
}
