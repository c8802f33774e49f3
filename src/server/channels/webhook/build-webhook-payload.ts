import type { TSeverity } from "@/emails/components/theme";
import type { TChannelMessage } from "../channel-message";

/** `created`: a notification delivered to the endpoint; `test`: the "Send test" button. */
export type TWebhookEvent = "created" | "test";

export type TWebhookJob = {
  job_name: string | null;
  job_id: string | null;
  job_run_id: string | null;
  status: string | null;
  host: string | null;
  started_at: string | null;
  finished_at: string | null;
  duration_ms: number | null;
  error: string | null;
};

/** The documented body (see PAYLOAD.md): keys are always present, with null for "not sent". */
export type TWebhookPayload = {
  type: `notification.${TWebhookEvent}`;
  timestamp: string;
  data: {
    notification: {
      id: number;
      subject: string;
      body: string;
      notification_type: string;
      severity: TSeverity;
      status: string | null;
      url: string;
      created_at: string;
    };
    job: TWebhookJob | null;
    metadata: Record<string, unknown>;
    /** Present when the notification is a level of an incident: POST-free acknowledgement through the link's page. */
    incident?: { ack_url: string };
  };
};

/**
 * Deterministic: `timestamp` is when the event happened (the notification's creation), so every
 * retry sends the same bytes and only the signature headers change.
 */
export function buildWebhookPayload(message: TChannelMessage, event: TWebhookEvent): TWebhookPayload {
  // An operator's payload template becomes the envelope's data: the signature and type stay Standard Webhooks.
  if (message.custom?.channel === "webhook") return { type: `notification.${event}`, timestamp: message.createdAt.toISOString(), data: message.custom.payload as TWebhookPayload["data"] };
  return {
    type: `notification.${event}`,
    timestamp: message.createdAt.toISOString(),
    data: {
      notification: {
        id: message.notificationId,
        subject: message.title,
        body: message.body,
        notification_type: message.notificationType,
        severity: message.severity,
        status: message.status ?? null,
        url: message.url,
        created_at: message.createdAt.toISOString(),
      },
      job: webhookJob(message.job),
      metadata: message.metadata,
      ...(message.ackUrl ? { incident: { ack_url: message.ackUrl } } : {}),
    },
  };
}

function webhookJob(job: TChannelMessage["job"]): TWebhookJob | null {
  const result: TWebhookJob = {
    job_name: job.jobName ?? null,
    job_id: job.jobId ?? null,
    job_run_id: job.runId ?? null,
    status: job.status ?? null,
    host: job.host ?? null,
    started_at: job.startedAt?.toISOString() ?? null,
    finished_at: job.finishedAt?.toISOString() ?? null,
    duration_ms: job.durationMs ?? null,
    error: job.error ?? null,
  };
  return Object.values(result).some((value) => value !== null) ? result : null;
}

/**
 * Stable per notification and event, never per attempt: a retry after a timeout carries the
 * same id, so a receiver that already processed it can drop the duplicate.
 */
export function webhookMessageId(notificationId: number, event: TWebhookEvent): string {
  return `msg_notification_${notificationId}_${event}`;
}
