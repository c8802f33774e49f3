import { formatDateTime } from "@/components/format/format-date";
import { Badge } from "@/components/ui/badge";
import { DescriptionList, type TDescriptionItem } from "@/components/ui/description-list";
import { SeverityBadge } from "./severity-badge";
import styles from "./rules.module.css";
import type { TEventSummary } from "./test-events";

function scalarText(value: unknown): string {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return value === null ? "null" : "an object";
}

function Pairs({ entries }: { entries: [string, string][] }) {
  return (
    <ul className={styles.chips}>
      {entries.map(([key, value]) => (
        <li key={key}>
          <Badge>
            <span className="mono">
              {key}={value}
            </span>
          </Badge>
        </li>
      ))}
    </ul>
  );
}

/** The fields rules usually look at, read out rather than dumped as JSON. */
export function EventFieldsList({ event }: { event: TEventSummary }) {
  const job = event.job;
  const items: TDescriptionItem[] = [
    { label: "Type", value: event.type, mono: true },
    {
      label: "Severity",
      value: (
        <span className="cluster">
          <SeverityBadge severity={event.severity} />
          {event.severityIsDefault && <span className="text-sm text-muted">the default for {event.type}</span>}
        </span>
      ),
    },
    { label: "Source", value: event.source },
    { label: "Title", value: event.title },
  ];
  if (event.message) items.push({ label: "Message", value: event.message });
  if (job) {
    items.push(
      { label: "Job name", value: job.name, mono: true },
      { label: "Job host", value: job.host, mono: true },
      { label: "Job status", value: job.status },
    );
    if (job.step) items.push({ label: "Job step", value: job.step });
    if (job.exit_code !== undefined) items.push({ label: "Job exit code", value: String(job.exit_code), mono: true });
  }
  const labels = Object.entries(event.labels);
  items.push({ label: "Labels", value: labels.length ? <Pairs entries={labels} /> : null });
  const data = Object.entries(event.data);
  if (data.length) items.push({ label: "Data", value: <Pairs entries={data.map(([key, value]) => [key, scalarText(value)])} /> });
  if (event.receivedAt) items.push({ label: "Received", value: formatDateTime(event.receivedAt) });
  return <DescriptionList items={items} columns={2} />;
}
