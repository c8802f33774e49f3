import type { TChannelMessage } from "../channel-message";

/** A failed-job notification with every part a channel formats: facts, body, error and log. */
export function sampleChannelMessage(overrides: Partial<TChannelMessage> = {}): TChannelMessage {
  return {
    notificationId: 42,
    title: "Nightly backup failed",
    body: "The backup failed.\nSee the log.",
    notificationType: "job_failed",
    severity: "error",
    status: "failed",
    facts: [
      { label: "Job", value: "nightly-db-backup" },
      { label: "Status", value: "failed" },
      { label: "Host", value: "db-01" },
    ],
    logExcerpt: "starting\nconnection refused",
    url: "https://notify.example.com/notifications/42",
    createdAt: new Date("2026-11-27T13:03:12.000Z"),
    job: { jobName: "nightly-db-backup", status: "failed", host: "db-01", error: "pg_dump: connection refused" },
    metadata: { job_name: "nightly-db-backup", job_id: 17 },
    ...overrides,
  };
}
