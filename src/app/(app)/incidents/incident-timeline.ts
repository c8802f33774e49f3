import type { TIncidentDetail } from "@/server/incidents/incident-queries";

export type TTimelineEntry = TIncidentDetail["timeline"][number];
export type TIncidentNotification = TIncidentDetail["notifications"][number];
export type TTimelineRow = TTimelineEntry & { notified: TIncidentNotification[] };

const LEVEL_KINDS = new Set(["level_notified", "repeated"]);
const ESCALATED_SUBJECT = /^Escalated \(level (\d+)\): /;

/** Level 1 goes out with the event, as the event's own message; later levels say "Escalated (level N): …". */
export function notificationLevel(notification: Pick<TIncidentNotification, "subject">): number {
  const match = ESCALATED_SUBJECT.exec(notification.subject);
  return match ? Number(match[1]) : 1;
}

/**
 * The timeline with each level's messages under the entry that notified it,
 * so the page can say who was told on each level. The server keeps no level
 * per message: it is read from the subject, and among repeats of the same
 * level a message goes to the last entry written before it was made.
 * Messages no entry explains are returned apart, so none is hidden.
 */
export function timelineWithNotifications(timeline: TTimelineEntry[], notifications: TIncidentNotification[]): { rows: TTimelineRow[]; unplaced: TIncidentNotification[] } {
  const rows: TTimelineRow[] = timeline.map((entry) => ({ ...entry, notified: [] }));
  const unplaced: TIncidentNotification[] = [];
  for (const notification of notifications) {
    const level = notificationLevel(notification);
    const candidates = rows.filter((row) => LEVEL_KINDS.has(row.kind) && row.level === level);
    const made = new Date(notification.created_at).getTime();
    const target = candidates.filter((row) => new Date(row.at).getTime() <= made).at(-1) ?? candidates[0];
    if (target) target.notified.push(notification);
    else unplaced.push(notification);
  }
  return { rows, unplaced };
}

/** "ana@example.com", or the channel a message went to when it had no address. */
export function recipientText(notification: Pick<TIncidentNotification, "recipient_email" | "channel">): string {
  return notification.recipient_email ?? `${notification.channel} channel`;
}
