import { env } from "@/env";
import type { Prisma } from "@/server/db/client";
import { jsonRecordset } from "@/server/db/json-recordset";
import { periodStart } from "./fold-window";
import { pastLimit } from "./past-limit";

/**
 * Counts the batch's events per group in the current minute (across every
 * process: one counter row per group and minute) and answers the events past
 * FLOOD_EVENTS_PER_MINUTE, each with its group's count so far. Counters are
 * taken in group-key order, as every routing transaction does.
 */
export async function floodedEvents(tx: Prisma.TransactionClient, events: { eventId: string; groupKey: string }[], now: Date): Promise<Map<string, number>> {
  const byGroup = new Map<string, string[]>();
  for (const event of events) byGroup.set(event.groupKey, [...(byGroup.get(event.groupKey) ?? []), event.eventId]);
  if (byGroup.size === 0) return new Map();
  const rows = [...byGroup].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([group_key, ids]) => ({ group_key, n: ids.length }));
  const counted = await tx.$queryRaw<{ group_key: string; count: number }[]>`
    insert into event_group_rates (group_key, minute, count)
    select group_key, ${periodStart(now, 60_000)}::timestamp, n from (${jsonRecordset(rows, "group_key text, n int")}) r order by group_key
    on conflict (group_key, minute) do update set count = event_group_rates.count + excluded.count
    returning group_key, count`;
  const limit = env().FLOOD_EVENTS_PER_MINUTE;
  const flooded = new Map<string, number>();
  for (const { group_key, count } of counted) {
    const ids = byGroup.get(group_key) ?? [];
    for (const { id } of pastLimit(ids.map((id) => ({ id, exempt: false })), count, limit)) flooded.set(id, count);
  }
  return flooded;
}
