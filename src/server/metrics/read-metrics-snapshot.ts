import { countEvents } from "./count-events";
import { countNotifications } from "./count-notifications";
import { deliveryAttempts } from "./delivery-attempts";
import { queueGauges } from "./queue-gauges";
import { sentNotifications } from "./sent-notifications";

/**
 * Every figure /metrics exposes, from PostgreSQL. The web app and each worker
 * are separate processes; counting in any one of them would show that
 * process's share and reset on every restart. The database holds every
 * notification, attempt and job, so one scrape of any web process sees the
 * whole service, and counters survive restarts and deploys. (Rows that can no
 * longer change are summed once per process: settled-sums.ts.)
 */
export async function readMetricsSnapshot() {
  const started = performance.now();
  const [events, notifications, sent, attempts, queue] = await Promise.all([countEvents(), countNotifications(), sentNotifications(), deliveryAttempts(), queueGauges()]);
  return { events, notifications, sent, attempts, queue, collectSeconds: (performance.now() - started) / 1000 };
}

export type TMetricsSnapshot = Awaited<ReturnType<typeof readMetricsSnapshot>>;
