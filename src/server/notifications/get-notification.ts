import { attachmentListing } from "@/server/attachments/attachment-listing";
import { attachmentSummarySelect } from "@/server/attachments/attachment-summary";
import { db } from "@/server/db/client";
import { AppError, parseInput } from "@/server/errors/app-error";
import { decisionTrail } from "@/server/events/decision-trail";
import { ZNotificationId } from "./schemas";

/** One notification with its delivery attempts (oldest first), its attachments' summaries (not their content) and the decision that made it. */
export async function getNotification(id: unknown) {
  const notificationId = parseInput(ZNotificationId, id);
  const notification = await db().notification.findUnique({
    where: { id: notificationId },
    include: {
      attempts: { orderBy: { attemptNumber: "asc" } },
      attachments: { select: attachmentSummarySelect, orderBy: { id: "asc" } },
    },
  });
  if (!notification) throw new AppError("NOT_FOUND", `Notification ${notificationId} not found`);
  return {
    ...notification,
    attachments: notification.attachments.map((attachment) => ({ ...attachment, ...attachmentListing(attachment) })),
    decisions: await decisionTrail({ notificationId }),
  };
}
