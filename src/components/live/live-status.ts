export type TLiveStatus = "live" | "offline" | "paused";

/** The slice of a useQuery result the indicator reads. */
export type TLiveQuery = { isError: boolean; failureCount: number; dataUpdatedAt: number };

/**
 * Paused wins (nothing is fetched while the tab is hidden, so nothing can be known); then offline
 * when the browser says so or the last fetch failed — including a failed retry that still shows
 * the previous data; otherwise live.
 */
export function liveStatus({ visible, online, query }: { visible: boolean; online: boolean; query: TLiveQuery }): TLiveStatus {
  if (!visible) return "paused";
  if (!online || query.isError || query.failureCount > 0) return "offline";
  return "live";
}
