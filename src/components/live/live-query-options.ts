/** How often a live page asks again, unless it says otherwise. */
export const LIVE_INTERVAL_MS = 5_000;

/** What an interval callback may look at: the query's last data and error. */
export type TLiveQueryState<TData> = { data: TData | undefined; error: unknown };

/**
 * Query options that keep a list or detail page current: spread them into useQuery. A callback
 * can poll faster while something is in flight, slower once it settled, or not at all (false).
 *
 * Why polling rather than server-sent events: it works through any proxy and load balancer
 * without long-lived connections or sticky sessions; each tick is one indexed query (the pages'
 * queries are the first page of an index or one row by key); and TanStack Query skips ticks while
 * the tab is hidden (refetchIntervalInBackground: false), then refetches on return if stale —
 * so a hundred forgotten tabs cost nothing.
 */
export function liveQueryOptions(interval?: number): { refetchInterval: number; refetchIntervalInBackground: false };
export function liveQueryOptions<TData>(
  interval: (state: TLiveQueryState<TData>) => number | false,
): { refetchInterval: (query: { state: TLiveQueryState<TData> }) => number | false; refetchIntervalInBackground: false };
export function liveQueryOptions<TData>(interval: number | ((state: TLiveQueryState<TData>) => number | false) = LIVE_INTERVAL_MS) {
  return {
    refetchInterval: typeof interval === "number" ? interval : (query: { state: TLiveQueryState<TData> }) => interval(query.state),
    refetchIntervalInBackground: false as const,
  };
}
