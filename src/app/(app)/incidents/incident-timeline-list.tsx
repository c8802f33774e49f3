import Link from "next/link";
import { formatDateTime, formatRelative } from "@/components/format/format-date";
import { Badge } from "@/components/ui/badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { recipientText, type TIncidentNotification, type TTimelineRow } from "./incident-timeline";
import { timelineEntryLabel, timelineKindMeta } from "./incident-words";
import styles from "./incidents.module.css";

/** The messages one step sent: to whom, on which channel, whether they went out. */
export function NotifiedList({ notifications, label }: { notifications: TIncidentNotification[]; label: string }) {
  return (
    <ul className={styles.notified} aria-label={label}>
      {notifications.map((notification) => (
        <li key={notification.id} className={`${styles.notifiedItem} text-sm`}>
          <span>{recipientText(notification)}</span>
          <span className="text-muted">by {notification.channel}</span>
          <StatusBadge status={notification.status.toUpperCase()} />
          <Link href={`/notifications/${notification.id}`} aria-label={`Message #${notification.id} to ${recipientText(notification)}`}>
            #{notification.id}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** What happened, oldest first: the trigger, each level with the messages it sent, acknowledgement and resolution with who and how. */
export function IncidentTimelineList({ rows }: { rows: TTimelineRow[] }) {
  return (
    <ol className={styles.timeline} aria-label="Timeline, oldest first">
      {rows.map((row, index) => {
        const meta = timelineKindMeta(row.kind);
        return (
          <li key={index} className={styles.entry} data-tone={meta.tone}>
            <span className={styles.dot} aria-hidden="true" />
            <div className={`${styles.when} text-sm`}>
              <time dateTime={row.at}>{formatDateTime(row.at)}</time>
              <span className="text-muted">{formatRelative(row.at)}</span>
            </div>
            <div className={styles.what}>
              <Badge tone={meta.tone}>{timelineEntryLabel(row)}</Badge>
              <p className={styles.detail}>{row.detail}</p>
              {row.notified.length > 0 && <NotifiedList notifications={row.notified} label={`Notified on ${row.level ? `level ${row.level}` : "this step"}`} />}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
