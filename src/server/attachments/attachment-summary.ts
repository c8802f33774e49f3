import type { Prisma } from "@/server/db/client";

/** An attachment without its bytes: what the email lists and the UI shows. */
export type TAttachmentSummary = {
  filename: string;
  contentType: string;
  sizeBytes: number;
  originalSizeBytes: number;
  /** See TAttachmentTransform; null when stored as given. */
  transform: string | null;
};

/** Every column but `content`, so listing attachments never loads megabytes. */
export const attachmentSummarySelect = {
  id: true,
  filename: true,
  contentType: true,
  sizeBytes: true,
  originalSizeBytes: true,
  transform: true,
} satisfies Prisma.NotificationAttachmentSelect;
