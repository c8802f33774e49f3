import { z } from "zod";
import { decodeBase64Strict } from "./decode-base64-strict";

/** A bare file name: it becomes a MIME header, so no paths and no control characters. */
export const ZAttachmentFilename = z
  .string("is required")
  .trim()
  .min(1, "is required")
  .max(255, "must be at most 255 characters")
  .refine((name) => !/[/\\]/.test(name), "must be a file name without / or \\")
  .refine((name) => name !== "." && name !== "..", "must be a file name")
  .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), "must not contain control characters");

export const ZAttachmentContentType = z
  .string()
  .trim()
  .max(255, "must be at most 255 characters")
  .regex(/^[\w.+-]+\/[\w.+-]+(?:\s*;[^\r\n]*)?$/, 'must be a media type such as "text/plain"');

/** How to make a large file fit: compress it, keep only its last lines, or both (tail first). */
export const ZAttachmentOptions = z.object({
  compress: z.literal("gzip", 'must be "gzip"').optional(),
  tail_lines: z.number("must be a number").int("must be a whole number").min(1, "must be at least 1").max(10_000_000, "must be at most 10,000,000").optional(),
});

/** One attachment in a JSON body (`attachments: [...]` of POST /api/v1/notifications). */
export const ZAttachmentInput = ZAttachmentOptions.extend({
  filename: ZAttachmentFilename,
  /** Defaults from the file name's extension, else application/octet-stream. */
  content_type: ZAttachmentContentType.optional(),
  content_base64: z.string("is required").transform((text, context) => {
    const bytes = decodeBase64Strict(text);
    if (bytes) return bytes;
    context.addIssue({ code: "custom", message: "must be standard base64 (A-Z, a-z, 0-9, +, /, = padding)" });
    return z.NEVER;
  }),
});
export type TAttachmentInput = z.input<typeof ZAttachmentInput>;
