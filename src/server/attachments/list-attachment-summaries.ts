import { db } from "@/server/db/client";
import { attachmentSummarySelect, type TAttachmentSummary } from "./attachment-summary";

/** The notification's attachments in the order they were sent, without their content. */
export async function listAttachmentSummaries(notificationId: number): Promise<TAttachmentSummary[]> {
  return db().notificationAttachment.findMany({ where: { notificationId }, select: attachmentSummarySelect, orderBy: { id: "asc" } });
}
