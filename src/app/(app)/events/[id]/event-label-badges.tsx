import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import styles from "../events.module.css";

/** Each label links to the events carrying the same one. */
export function EventLabelBadges({ labels }: { labels: Record<string, string> }) {
  const entries = Object.entries(labels);
  if (entries.length === 0) return null;
  return (
    <span className={styles.labels}>
      {entries.map(([key, value]) => (
        <Link key={key} href={`/events?${new URLSearchParams({ label: `${key}:${value}` })}`} title={`Events labelled ${key}:${value}`}>
          <Badge className="mono">
            {key}: {value}
          </Badge>
        </Link>
      ))}
    </span>
  );
}
