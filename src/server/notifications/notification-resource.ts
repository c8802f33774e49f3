import { z } from "zod";
import { lowerCaseEnum, toLowerCase } from "@/server/api/lower-case-enum";
import type { TAttachmentSummary } from "@/server/attachments/attachment-summary";
import { AttemptOutcome, Channel, NotificationStatus, Priority, type DeliveryAttempt, type Notification } from "@/server/db/client";
import { ZDecisionResource } from "@/server/events/event-resource";
import type { TNotificationListRow } from "./list-notifications";

const ZInstant = z.string().meta({ description: "ISO 8601 date-time (UTC)", example: "2026-12-01T09:30:00.000Z" });

const ZNotificationSummaryFields = z.object({
  id: z.number().int(),
  recipient_email: z.string().nullable(),
  channel: lowerCaseEnum(Channel),
  subject: z.string(),
  notification_type: z.string(),
  priority: lowerCaseEnum(Priority),
  status: lowerCaseEnum(NotificationStatus),
  job_run_id: z.string().nullable(),
  sent_at: ZInstant.nullable(),
  error_message: z.string().nullable(),
  retry_count: z.number().int(),
  provider_message_id: z.string().nullable().meta({ description: "The receiver's id of the message (SMTP Message-ID, Slack ts, …)" }),
  event_id: z.string().nullable().meta({ description: "The event this notification was routed from" }),
  deliver_after: ZInstant.nullable().meta({ description: "Held until then (quiet hours, grouping, rate limits)" }),
  cancelled_at: ZInstant.nullable(),
  created_at: ZInstant,
  updated_at: ZInstant,
});

/** The REST representation of a notification: the seed's snake_case names, lower-case enum values. */
export const ZNotificationResource = ZNotificationSummaryFields.extend({ body: z.string(), metadata: z.unknown().meta({ description: "The JSON object sent as `metadata`" }) });
export type TNotificationResource = z.output<typeof ZNotificationResource>;

/** An item of GET /api/v1/notifications. */
export const ZNotificationListItem = ZNotificationSummaryFields.extend({ body_preview: z.string().meta({ description: "The body's first 200 characters" }) });
export type TNotificationListItem = z.output<typeof ZNotificationListItem>;

export const ZDeliveryAttemptResource = z.object({
  attempt_number: z.number().int(),
  started_at: ZInstant,
  finished_at: ZInstant.nullable(),
  outcome: z.enum([...lowerCaseEnum(AttemptOutcome).options, "in_flight"]),
  response: z.string().nullable().meta({ description: "The receiver's own reply, or the precise failure" }),
  duration_ms: z.number().int().nullable(),
});
export type TDeliveryAttemptResource = z.output<typeof ZDeliveryAttemptResource>;

export const ZAttachmentResource = z.object({
  filename: z.string(),
  content_type: z.string(),
  size_bytes: z.number().int(),
  original_size_bytes: z.number().int(),
  transform: z.string().nullable().meta({ description: "How the file was made to fit (gzip, tail), null when stored as given" }),
});
export type TAttachmentResource = z.output<typeof ZAttachmentResource>;

export function toNotificationResource(notification: Notification): TNotificationResource {
  return { ...summaryFields(notification), body: notification.body, metadata: notification.metadata };
}

/**
 * An item of GET /api/v1/notifications: the resource without `body` and
 * `metadata` (up to 100,000 characters and 64 KB), with the body's first 200
 * characters as `body_preview`. GET /api/v1/notifications/:id has everything.
 */
export function toNotificationListResource(notification: TNotificationListRow): TNotificationListItem {
  return { ...summaryFields(notification), body_preview: notification.bodyPreview };
}

function summaryFields(notification: Omit<TNotificationListRow, "bodyPreview">): z.output<typeof ZNotificationSummaryFields> {
  return {
    id: notification.id,
    recipient_email: notification.recipientEmail,
    channel: toLowerCase(notification.channel),
    subject: notification.subject,
    notification_type: notification.notificationType,
    priority: toLowerCase(notification.priority),
    status: toLowerCase(notification.status),
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

export function toDeliveryAttemptResource(attempt: DeliveryAttempt): TDeliveryAttemptResource {
  return {
    attempt_number: attempt.attemptNumber,
    started_at: attempt.startedAt.toISOString(),
    finished_at: attempt.finishedAt?.toISOString() ?? null,
    outcome: attempt.outcome ? toLowerCase(attempt.outcome) : "in_flight",
    response: attempt.response,
    duration_ms: attempt.durationMs,
  };
}

export function toAttachmentResource(attachment: TAttachmentSummary): TAttachmentResource {
  return {
    filename: attachment.filename,
    content_type: attachment.contentType,
    size_bytes: attachment.sizeBytes,
    original_size_bytes: attachment.originalSizeBytes,
    transform: attachment.transform,
  };
}

/** A page of GET /api/v1/notifications, newest first. */
export const ZNotificationListPage = z.object({
  data: z.array(ZNotificationListItem),
  page: z.number().int(),
  page_size: z.number().int(),
  total: z.number().int(),
  page_count: z.number().int(),
});
export type TNotificationListPage = z.output<typeof ZNotificationListPage>;

/** GET /api/v1/notifications/:id: the notification with its attachments, delivery attempts and routing decisions. */
export const ZNotificationDetail = ZNotificationResource.extend({
  attachments: z.array(ZAttachmentResource),
  attempts: z.array(ZDeliveryAttemptResource),
  decisions: z.array(ZDecisionResource),
});

/** The 202 of POST /api/v1/notifications; `decision` says why a routed notification is held or suppressed. */
export const ZNotificationCreated = ZNotificationResource.extend({
  attachments: z.array(ZAttachmentResource),
  decision: z.object({ outcome: z.string(), reason: z.string() }).optional(),
});
