import type { TStatsOverview } from "@/server/stats/stats-overview-schema";
import { formatCount, formatRate } from "./stats-words";
import styles from "./dashboard.module.css";

type TTile = { label: string; value: string; hint: string; tone?: "danger" | "warning" | "success" };

/** The window's totals, one tile each; counts that mean trouble are coloured only when they are not zero. */
export function StatTiles({ stats }: { stats: TStatsOverview }) {
  const { totals } = stats;
  const trouble = (value: number, tone: "danger" | "warning") => (value > 0 ? tone : undefined);
  const tiles: TTile[] = [
    { label: "Received events", value: formatCount(totals.received_events), hint: "reported through the API" },
    { label: "Sent", value: formatCount(totals.sent), hint: "delivered in this range" },
    {
      label: "Success rate",
      value: formatRate(stats.success_rate),
      hint: "sent ÷ (sent + failed + dead)",
      tone: stats.success_rate === null ? undefined : stats.success_rate >= 0.99 ? "success" : stats.success_rate >= 0.95 ? "warning" : "danger",
    },
    { label: "Failed", value: formatCount(totals.failed), hint: "refused for good", tone: trouble(totals.failed, "danger") },
    { label: "Dead-lettered", value: formatCount(totals.dead_lettered), hint: "every retry used up", tone: trouble(totals.dead_lettered, "danger") },
    { label: "Deferred", value: formatCount(totals.deferred), hint: "waiting for quiet hours to end", tone: trouble(totals.deferred, "warning") },
    { label: "Suppressed", value: formatCount(totals.suppressed), hint: "not sent, by rule or preference" },
    { label: "Folded", value: formatCount(totals.folded), hint: "summarised instead of sent one by one" },
  ];
  return (
    <section aria-label="Totals">
      <dl className={styles.tiles}>
        {tiles.map((tile) => (
          <div key={tile.label} className={styles.tile} data-tone={tile.tone}>
            <dt className={styles.tileLabel}>{tile.label}</dt>
            <dd className={styles.tileValue}>{tile.value}</dd>
            <dd className={styles.tileHint}>{tile.hint}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-muted">
        Of {formatCount(totals.created)} notifications created in this range, {formatCount(totals.in_flight)} are still on their way and {formatCount(totals.cancelled)} were cancelled.
      </p>
    </section>
  );
}
