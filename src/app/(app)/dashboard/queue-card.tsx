import Link from "next/link";
import { formatRelative } from "@/components/format/format-date";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { TStatsOverview } from "@/server/stats/stats-overview-schema";
import { formatCount } from "./stats-words";
import styles from "./dashboard.module.css";

/** The queue now (not filtered: there is one queue), with a link to the Queue page for the details. */
export function QueueCard({ queue }: { queue: TStatsOverview["queue"] }) {
  const state = queue.paused ? { tone: "warning" as const, label: "Paused" } : queue.running ? { tone: "success" as const, label: `${queue.workers} worker${queue.workers === 1 ? "" : "s"}` } : { tone: "danger" as const, label: "No worker" };
  const figures = [
    { label: "Queued", value: formatCount(queue.queued) },
    { label: "Scheduled", value: formatCount(queue.scheduled) },
    { label: "In progress", value: formatCount(queue.in_progress) },
    { label: "Sends / min", value: String(queue.sends_per_minute) },
  ];
  return (
    <Card>
      <CardHeader title={<Link href="/queue">Queue now</Link>} actions={<Badge tone={state.tone} dot>{state.label}</Badge>} />
      <CardBody className="stack stack--sm">
        <dl className={styles.figures}>
          {figures.map((figure) => (
            <div key={figure.label} className={styles.figure}>
              <dt className={styles.figureLabel}>{figure.label}</dt>
              <dd className={styles.figureValue}>{figure.value}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm text-muted">
          {queue.oldest_waiting_since ? `The oldest ready job became due ${formatRelative(queue.oldest_waiting_since)}.` : "Nothing is waiting to be sent."}
          {queue.open_circuits > 0 && ` ${queue.open_circuits} destination${queue.open_circuits === 1 ? " is" : "s are"} unreachable.`}
        </p>
      </CardBody>
    </Card>
  );
}
