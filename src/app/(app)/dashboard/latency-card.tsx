import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { TStatsOverview } from "@/server/stats/stats-overview-schema";
import { formatCount, formatLatency } from "./stats-words";
import styles from "./dashboard.module.css";

/** Created → delivered percentiles; the long ranges say they come from ~19%-wide buckets. */
export function LatencyCard({ latency }: { latency: TStatsOverview["latency_ms"] }) {
  const figures = [
    { label: "p50", value: latency.p50 },
    { label: "p95", value: latency.p95 },
    { label: "p99", value: latency.p99 },
  ];
  return (
    <Card>
      <CardHeader
        title="Delivery latency"
        description={
          latency.deliveries === 0
            ? "From created to delivered; nothing was delivered in this range."
            : `From created to delivered, over ${formatCount(latency.deliveries)} deliveries${latency.method === "histogram" ? " (within about 10%)" : ""}.`
        }
      />
      <CardBody>
        <dl className={styles.figures}>
          {figures.map((figure) => (
            <div key={figure.label} className={styles.figure}>
              <dt className={styles.figureLabel}>{figure.label}</dt>
              <dd className={styles.figureValue}>{formatLatency(figure.value)}</dd>
            </div>
          ))}
        </dl>
      </CardBody>
    </Card>
  );
}
