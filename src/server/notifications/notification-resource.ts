import type { TAttachmentSummary } from "@/server/attachments/attachment-summary";
import type { DeliveryAttempt, Notification } from "@/server/db/client";
import type { TNotificationListRow } from "./list-notifications";

/** The REST representation: the seed's snake_case names, lower-case enum values. */
export function toNotificationResource(notification: Notification) {
  return { ...summaryFields(notification), body: notification.body, metadata: notification.metadata };
}

/**
 * An item of GET /api/v1/notifications: the resource without `body` and
 * `metadata` (up to 100,000 characters and 64 KB), with the body's first 200
 * characters as `body_preview`. GET /api/v1/notifications/:id has everything.
 */
export function toNotificationListResource(notification: TNotificationListRow) {
  return { ...summaryFields(notification), body_preview: notification.bodyPreview };
}

function summaryFields(notification: Omit<TNotificationListRow, "bodyPreview">) {
  return {
    id: notification.id,
    recipient_email: notification.recipientEmail,
    channel: notification.channel.toLowerCase(),
    subject: notification.subject,
    notification_type: notification.notificationType,
    priority: notification.priority.toLowerCase(),
    status: notification.status.toLowerCase(),
    job_run_id: notification.jobRunId,
    sent_at: notification.sentAt?.toISOString() ?? null,
    error_message: notification.errorMessage,
    retry_count: notification.retryCount,
    provider_message_id: notification.providerMessageId,
    event_id: notification.eventId,
    deliver_after: notification.deliverAfter?.toISOString() ?? null,
    cancelled_at: notification.cancelledAt?.toISOString() ?? null,
    created_at: notification.createdAt.toISOString(),
    updated_at: notification.updatedAt.toISOString(),
  };
}

export function toDeliveryAttemptResource(attempt: DeliveryAttempt) {
  return {
    attempt_number: attempt.attemptNumber,
    started_at: attempt.startedAt.toISOString(),
    finished_at: attempt.finishedAt?.toISOString() ?? null,
    outcome: attempt.outcome?.toLowerCase() ?? "in_flight",
    response: attempt.response,
    duration_ms: attempt.durationMs,
  };
}

export function toAttachmentResource(attachment: TAttachmentSummary) {
  return {
    filename: attachment.filename,
    content_type: attachment.contentType,
    size_bytes: attachment.sizeBytes,
    original_size_bytes: attachment.originalSizeBytes,
    transform: attachment.transform,
  };
}
