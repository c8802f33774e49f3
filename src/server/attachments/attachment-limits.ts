import { env } from "@/env";

/** Byte limits on what is stored, i.e. after compression or truncation. */
export type TAttachmentLimits = { maxFileBytes: number; maxMessageBytes: number };

export function attachmentLimits(): TAttachmentLimits {
  const { ATTACHMENT_MAX_FILE_BYTES, ATTACHMENT_MAX_MESSAGE_BYTES } = env();
  return { maxFileBytes: ATTACHMENT_MAX_FILE_BYTES, maxMessageBytes: ATTACHMENT_MAX_MESSAGE_BYTES };
}

/**
 * The largest request body worth reading: base64 adds a third, multipart
 * framing and the notification's own fields a little more. Anything beyond
 * cannot fit the per-message limit, so it is refused before it fills memory.
 */
export function maxRequestBytes(limits: TAttachmentLimits): number {
  return Math.ceil(limits.maxMessageBytes * 1.4) + 1024 * 1024;
}
