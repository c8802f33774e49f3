import { attachmentListing } from "@/server/attachments/attachment-listing";
import type { TAttachmentSummary } from "@/server/attachments/attachment-summary";
import type { DeliveryAttempt, Notification } from "@/server/db/client";
import type { TDecisionResource } from "@/server/events/event-resource";
import type { TNotificationListRow } from "./list-notifications";
import { toAttachmentResource, toDeliveryAttemptResource, toNotificationListResource, toNotificationResource } from "./notification-resource";

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

/** A row of the list page: no body or metadata, which can be large and are shown only on the detail page; the body's start instead. */
export type TNotificationListItem = ReturnType<typeof toNotificationListResource> & Pick<TNotificationView, "cancelled_by">;

export function toNotificationListItem(row: TNotificationListRow): TNotificationListItem {
  return { ...toNotificationListResource(row), cancelled_by: row.cancelledBy };
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
