import { env } from "@/env";
import { AppError } from "@/server/errors/app-error";

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

/** Files per notification: each is a MIME part of every email attempt and a row to load with it. */
export const ATTACHMENT_MAX_FILES = 20;

/** 400 when a request carries more files than ATTACHMENT_MAX_FILES, before any is decoded. */
export function refuseTooManyAttachments(count: number): void {
  if (count <= ATTACHMENT_MAX_FILES) return;
  throw new AppError("BAD_REQUEST", `attachments: a notification may carry at most ${ATTACHMENT_MAX_FILES} attachments; this one has ${count}`, {
    fieldErrors: { attachments: [`must hold at most ${ATTACHMENT_MAX_FILES} files`] },
  });
}
