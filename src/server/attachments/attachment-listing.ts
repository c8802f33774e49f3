import { attachmentNote } from "./attachment-note";
import type { TAttachmentSummary } from "./attachment-summary";
import { formatBytes } from "./format-bytes";

/** How an attachment is shown to people, in the email and in the UI alike. */
export function attachmentListing(attachment: Pick<TAttachmentSummary, "filename" | "sizeBytes" | "originalSizeBytes" | "transform">) {
  return { filename: attachment.filename, size: formatBytes(attachment.sizeBytes), note: attachmentNote(attachment) ?? undefined };
}
