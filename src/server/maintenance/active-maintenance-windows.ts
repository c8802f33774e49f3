import type { TRoutableEvent } from "@/server/events/routable-event";
import { expiringCache } from "@/server/cache/expiring-cache";
import { db, type MaintenanceWindow } from "@/server/db/client";
import { activeOccurrence } from "./maintenance-schedule";
import { compileWindowScope, type TEventMatcher } from "./maintenance-scope";

export type TActiveMaintenanceWindow = {
  id: number;
  name: string;
  critical: "DELIVER" | "HOLD";
  /** The end of the occurrence in force: when what it holds is summarised. */
  endsAt: Date;
  matches: (event: TRoutableEvent) => boolean;
};

type TLoadedWindow = { window: MaintenanceWindow; matches: TEventMatcher };

/**
 * Windows as last read, for a couple of seconds: routing asks once per batch,
 * and batches come many a second in a flood. A change made in this process
 * clears it at once (forgetMaintenanceWindows); other processes see it within
 * CACHE_MS.
 */
export const MAINTENANCE_WINDOWS_CACHE_MS = 2_000;
const cache = expiringCache<TLoadedWindow[]>(MAINTENANCE_WINDOWS_CACHE_MS, 1);
/** One-off windows that ended longer ago than this are not read for the present. */
const RECENT_MS = 60_000;

async function loadWindows(endedAfter: Date | null): Promise<TLoadedWindow[]> {
  const rows = await db().maintenanceWindow.findMany({
    where: { deletedAt: null, ...(endedAfter ? { OR: [{ endsAt: null }, { endsAt: { gt: endedAfter } }] } : {}) },
    orderBy: { id: "asc" },
  });
  return rows.map((window) => ({ window, matches: compileWindowScope(window) }));
}

/** The windows in force at `now` (not deleted, inside an occurrence, not ended early), each with its compiled scope. */
export async function activeMaintenanceWindows(now = new Date()): Promise<TActiveMaintenanceWindow[]> {
  // A `now` well in the past (a replay, a test) reads everything rather than the cached present.
  const windows = now.getTime() < Date.now() - RECENT_MS ? await loadWindows(null) : await cache.get("present", () => loadWindows(new Date(Date.now() - RECENT_MS)));
  return windows.flatMap(({ window, matches }) => {
    const occurrence = activeOccurrence(window, now);
    return occurrence ? [{ id: window.id, name: window.name, critical: window.critical, endsAt: occurrence.end, matches }] : [];
  });
}

/** After a change in this process: the next call reads the table again. */
export function forgetMaintenanceWindows(): void {
  cache.clear();
}
