import { attachmentListing } from "@/server/attachments/attachment-listing";
import type { TAttachmentSummary } from "@/server/attachments/attachment-summary";
import type { DeliveryAttempt, Notification } from "@/server/db/client";
import type { TDecisionResource } from "@/server/events/event-resource";
import { toAttachmentResource, toDeliveryAttemptResource, toNotificationResource } from "./notification-resource";

/**
 * What the UI gets through tRPC: the REST resource's words (snake_case,
 * lower-case enums), never the row, so the encrypted destination, the
 * idempotency key and the request hash stay on the server.
 */
export type TNotificationView = ReturnType<typeof toNotificationResource> & {
  /** Who cancelled it ("user:<email>", "api_key:<name>", "service"); the page says so. */
  cancelled_by: string | null;
};

export function toNotificationView(notification: Notification): TNotificationView {
  return { ...toNotificationResource(notification), cancelled_by: notification.cancelledBy };
}

/** A row of the list page: no body or metadata, which can be large and are shown only on the detail page. */
export type TNotificationListItem = Omit<TNotificationView, "body" | "metadata">;

/** Only the columns a list row shows, so the list query may select just these. */
type TListColumns = Pick<
  Notification,
  | "id"
  | "recipientEmail"
  | "channel"
  | "subject"
  | "notificationType"
  | "priority"
  | "status"
  | "jobRunId"
  | "sentAt"
  | "errorMessage"
  | "retryCount"
  | "providerMessageId"
  | "eventId"
  | "deliverAfter"
  | "cancelledAt"
  | "cancelledBy"
  | "createdAt"
  | "updatedAt"
>;

export function toNotificationListItem(notification: TListColumns): TNotificationListItem {
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
    cancelled_by: notification.cancelledBy,
    created_at: notification.createdAt.toISOString(),
    updated_at: notification.updatedAt.toISOString(),
  };
}

/** The attachment as REST lists it, plus how people read its size and what was done to it. */
export type TNotificationAttachmentView = ReturnType<typeof toAttachmentResource> & { size: string; note: string | null };

export type TNotificationDetailView = TNotificationView & {
  attachments: TNotificationAttachmentView[];
  attempts: ReturnType<typeof toDeliveryAttemptResource>[];
  decisions: TDecisionResource[];
};

export function toNotificationDetailView(
  detail: Notification & { attempts: DeliveryAttempt[]; attachments: TAttachmentSummary[]; decisions: TDecisionResource[] },
): TNotificationDetailView {
  return {
    ...toNotificationView(detail),
    attachments: detail.attachments.map((attachment) => {
      const listing = attachmentListing(attachment);
      return { ...toAttachmentResource(attachment), size: listing.size, note: listing.note ?? null };
    }),
    attempts: detail.attempts.map(toDeliveryAttemptResource),
    decisions: detail.decisions,
  };
}
