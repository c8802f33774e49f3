import { describe, expect, it } from "vitest";
import { notificationLevel, recipientText, timelineWithNotifications, type TIncidentNotification, type TTimelineEntry } from "./incident-timeline";

const entry = (at: string, kind: string, level: number | null = null): TTimelineEntry => ({ at: `2026-05-01T10:${at}Z`, kind, level, detail: kind, actor: null });
const sent = (id: number, at: string, subject: string, recipient: string | null = `user${id}@example.com`): TIncidentNotification => ({
  id, channel: recipient ? "email" : "slack", recipient_email: recipient, status: "sent", subject, created_at: `2026-05-01T10:${at}Z`, sent_at: null,
});

describe("incident timeline", () => {
  it("reads the level of a message from its subject; the event's own message is level 1", () => {
    expect(notificationLevel({ subject: "Job backup failed" })).toBe(1);
    expect(notificationLevel({ subject: "Escalated (level 3): Job backup failed" })).toBe(3);
  });

  it("puts each level's messages under the entry that notified them, repeats under their own round", () => {
    const timeline = [entry("00:00", "triggered"), entry("00:00", "level_notified", 1), entry("05:00", "level_notified", 2), entry("10:00", "repeated", 1), entry("12:00", "acknowledged")];
    const { rows, unplaced } = timelineWithNotifications(timeline, [
      sent(1, "00:00.300", "Job backup failed"),
      sent(2, "05:00.100", "Escalated (level 2): Job backup failed"),
      sent(3, "10:00.200", "Escalated (level 1): Job backup failed", null),
    ]);
    expect(rows.map((row) => row.notified.map((n) => n.id))).toEqual([[], [1], [2], [3], []]);
    expect(unplaced).toEqual([]);
  });

  it("keeps a message made a little before its entry (clock skew) on the first entry of its level", () => {
    const { rows } = timelineWithNotifications([entry("00:01", "level_notified", 1)], [sent(1, "00:00.900", "Job failed")]);
    expect(rows[0]?.notified.map((n) => n.id)).toEqual([1]);
  });

  it("returns messages no entry explains apart instead of hiding them", () => {
    const { rows, unplaced } = timelineWithNotifications([entry("00:00", "triggered")], [sent(9, "00:01", "Escalated (level 4): x")]);
    expect(rows[0]?.notified).toEqual([]);
    expect(unplaced.map((n) => n.id)).toEqual([9]);
  });

  it("names a message's recipient, or its channel", () => {
    expect(recipientText({ recipient_email: "ana@example.com", channel: "email" })).toBe("ana@example.com");
    expect(recipientText({ recipient_email: null, channel: "slack" })).toBe("slack channel");
  });
});
