import type { TRoutingSummary } from "./route-events";

/**
 * The first slices a large batch is routed and committed in, before the rest
 * at once. A batch's messages can leave only when its transaction commits:
 * routed whole, a burst's first email waited for all 1,000 events (two
 * batches routed at once: ~1 s) while the sender sat idle. A slice costs
 * ~15 ms of fixed work (its reads, its transaction), so only the first two
 * are small: by the time the sender has sent them, the next slice is in.
 */
const FIRST_SLICES = [100, 300];

/**
 * Routes `eventIds` in order, in slices that grow (see FIRST_SLICES); each
 * slice is committed on its own. `afterFirstSlices` is called once the small
 * slices are committed, before the rest is routed.
 */
export async function routeInSlices(
  eventIds: string[],
  route: (eventIds: string[]) => Promise<TRoutingSummary>,
  afterFirstSlices: () => void = () => {},
): Promise<TRoutingSummary> {
  const total: TRoutingSummary = { routed: 0, failed: 0, skipped: 0, notifications: 0 };
  let rest = eventIds;
  for (const size of FIRST_SLICES) {
    // A slice is taken only while more than twice its size remains: a small batch is routed at once.
    if (rest.length <= 2 * size) break;
    add(total, await route(rest.slice(0, size)));
    rest = rest.slice(size);
  }
  afterFirstSlices();
  if (rest.length) add(total, await route(rest));
  return total;
}

function add(total: TRoutingSummary, slice: TRoutingSummary): void {
  total.routed += slice.routed;
  total.failed += slice.failed;
  total.skipped += slice.skipped;
  total.notifications += slice.notifications;
}
