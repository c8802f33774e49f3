import { describe, expect, it } from "vitest";
import { toChannelMessage } from "../channel-message";
import { buildWebhookPayload, webhookMessageId } from "./build-webhook-payload";

const createdAt = new Date("2026-11-27T13:03:12.000Z");

describe("buildWebhookPayload", () => {
  it("builds the documented body from a notification", () => {
    const message = toChannelMessage(
      {
        id: 42,
        subject: "Nightly backup failed",
        body: "The backup failed.",
        notificationType: "job_failed",
        priority: "HIGH",
        metadata: {
          job_name: "nightly-db-backup",
          job_id: 17,
          status: "failed",
          host: "db-01",
          started_at: "2026-11-27T13:01:07Z",
          finished_at: "2026-11-27T13:03:12Z",
          error: "pg_dump: connection refused",
          custom: { nested: true },
        },
        jobRunId: "run-9",
        createdAt,
      },
      "https://notify.example.com",
    );
    expect(buildWebhookPayload(message, "created")).toEqual({
      type: "notification.created",
      timestamp: "2026-11-27T13:03:12.000Z",
      data: {
        notification: {
          id: 42,
          subject: "Nightly backup failed",
          body: "The backup failed.",
          notification_type: "job_failed",
          severity: "error",
          status: "failed",
          url: "https://notify.example.com/notifications/42",
          created_at: "2026-11-27T13:03:12.000Z",
        },
        job: {
          job_name: "nightly-db-backup",
          job_id: "17",
          job_run_id: "run-9",
          status: "failed",
          host: "db-01",
          started_at: "2026-11-27T13:01:07.000Z",
          finished_at: "2026-11-27T13:03:12.000Z",
          duration_ms: 125_000,
          error: "pg_dump: connection refused",
        },
        metadata: {
          job_name: "nightly-db-backup",
          job_id: 17,
          status: "failed",
          host: "db-01",
          started_at: "2026-11-27T13:01:07Z",
          finished_at: "2026-11-27T13:03:12Z",
          error: "pg_dump: connection refused",
          custom: { nested: true },
        },
      },
    });
  });

  it("sends job: null and status: null when there is no job, and the same bytes on every retry", () => {
    const source = { id: 1, subject: "Hi", body: "b", notificationType: "test", priority: "NORMAL" as const, metadata: {}, jobRunId: null, createdAt };
    const first = JSON.stringify(buildWebhookPayload(toChannelMessage(source, "https://x"), "test"));
    const again = JSON.stringify(buildWebhookPayload(toChannelMessage(source, "https://x"), "test"));
    expect(first).toBe(again);
    expect(JSON.parse(first)).toMatchObject({ type: "notification.test", data: { job: null, notification: { status: null } } });
  });
});

describe("webhookMessageId", () => {
  it("is stable per notification and event", () => {
    expect(webhookMessageId(42, "created")).toBe("msg_notification_42_created");
    expect(webhookMessageId(42, "created")).toBe(webhookMessageId(42, "created"));
    expect(webhookMessageId(42, "test")).not.toBe(webhookMessageId(42, "created"));
  });
});
