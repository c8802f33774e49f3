import type { Notification, Prisma } from "@/server/db/client";

/** A `notifications` row as raw SQL returns it (`returning *`, `select n.*`). */
export type TNotificationRow = {
  id: number;
  recipient_email: string | null;
  channel: Notification["channel"];
  channel_id: number | null;
  destination_encrypted: string | null;
  destination_key: string | null;
  subject: string;
  body: string;
  notification_type: string;
  priority: Notification["priority"];
  status: Notification["status"];
  job_run_id: string | null;
  metadata: Prisma.JsonValue;
  api_key_id: number | null;
  idempotency_key: string | null;
  request_hash: string | null;
  retry_count: number;
  error_message: string | null;
  sent_at: Date | null;
  provider_message_id: string | null;
  next_attempt_at: Date | null;
  last_error_type: string | null;
  event_id: string | null;
  recipient_user_id: number | null;
  deliver_after: Date | null;
  template_key: string | null;
  template_version: number | null;
  template_fallback: string | null;
  incident_id: number | null;
  fold_id: number | null;
  cancelled_at: Date | null;
  cancelled_by: string | null;
  created_at: Date;
  updated_at: Date;
};

/** The row as the Prisma model, for statements Prisma cannot express in one round trip. */
export function notificationFromRow(row: TNotificationRow): Notification {
  return {
    id: row.id,
    recipientEmail: row.recipient_email,
    channel: row.channel,
    channelId: row.channel_id,
    destinationEncrypted: row.destination_encrypted,
    destinationKey: row.destination_key,
    subject: row.subject,
    body: row.body,
    notificationType: row.notification_type,
    priority: row.priority,
    status: row.status,
    jobRunId: row.job_run_id,
    metadata: row.metadata,
    apiKeyId: row.api_key_id,
    idempotencyKey: row.idempotency_key,
    requestHash: row.request_hash,
    retryCount: row.retry_count,
    errorMessage: row.error_message,
    sentAt: row.sent_at,
    providerMessageId: row.provider_message_id,
    nextAttemptAt: row.next_attempt_at,
    lastErrorType: row.last_error_type,
    eventId: row.event_id,
    recipientUserId: row.recipient_user_id,
    deliverAfter: row.deliver_after,
    templateKey: row.template_key,
    templateVersion: row.template_version,
    templateFallback: row.template_fallback,
    incidentId: row.incident_id,
    foldId: row.fold_id,
    cancelledAt: row.cancelled_at,
    cancelledBy: row.cancelled_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
