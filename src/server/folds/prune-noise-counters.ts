import { db } from "@/server/db/client";

/** Flood counters are read for the current minute only; an hour is plenty of history. */
const FLOOD_COUNTERS_KEPT_MS = 60 * 60_000;
/** Longer than any sensible rate-limit window, so no window in force is forgotten. */
const BUDGETS_KEPT_MS = 7 * 24 * 60 * 60_000;

/** Deletes flood counters and rate-limit windows long over: one row per group a minute would otherwise pile up forever. */
export async function pruneNoiseCounters(now = new Date()): Promise<{ floodCounters: number; budgets: number }> {
  const floodCounters = await db().$executeRaw`delete from event_group_rates where minute < ${new Date(now.getTime() - FLOOD_COUNTERS_KEPT_MS)}::timestamp`;
  const budgets = await db().$executeRaw`delete from delivery_budgets where window_started_at < ${new Date(now.getTime() - BUDGETS_KEPT_MS)}::timestamp`;
  return { floodCounters, budgets };
}
