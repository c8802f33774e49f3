import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { AppError } from "@/server/errors/app-error";
import { refuseTooManyAttachments, type TAttachmentLimits } from "./attachment-limits";
import { formatTransform, type TAttachmentTransform } from "./attachment-transform";
import { contentTypeForFilename } from "./content-type-for-filename";
import { formatBytes } from "./format-bytes";
import { tailLines } from "./tail-lines";

const gzipAsync = promisify(gzip);

/** A validated file from the request, before it is fitted to the limits. */
export type TAttachmentUpload = {
  /** Where it sits in the request, for error messages: "attachments[0]". */
  field: string;
  filename: string;
  contentType?: string;
  content: Buffer<ArrayBuffer>;
  compress?: "gzip";
  tailLines?: number;
};

/** What is stored with the notification and sent, unchanged, on every attempt. */
export type TPreparedAttachment = {
  filename: string;
  contentType: string;
  content: Buffer<ArrayBuffer>;
  sizeBytes: number;
  originalSizeBytes: number;
  transform: TAttachmentTransform | null;
};

/**
 * Applies each upload's tail and gzip steps and checks the stored bytes
 * against the limits, naming the limit and its setting in the 413.
 */
export async function prepareAttachments(uploads: TAttachmentUpload[], limits: TAttachmentLimits): Promise<TPreparedAttachment[]> {
  // The request readers refuse this before decoding; here it holds for every caller.
  refuseTooManyAttachments(uploads.length);
  const prepared: TPreparedAttachment[] = [];
  for (const upload of uploads) {
    const attachment = await prepareAttachment(upload);
    if (attachment.sizeBytes > limits.maxFileBytes) {
      const after = attachment.transform ? " after compression/truncation" : "";
      const hint = attachment.transform ? "" : '; send it gzip-compressed (compress: "gzip") or only its last lines (tail_lines)';
      throw new AppError(
        "PAYLOAD_TOO_LARGE",
        `Attachment "${upload.filename}" is ${formatBytes(attachment.sizeBytes)}${after}; the limit per file is ${formatBytes(limits.maxFileBytes)} (ATTACHMENT_MAX_FILE_BYTES)${hint}`,
        { fieldErrors: { [upload.field]: [`is larger than ${formatBytes(limits.maxFileBytes)}`] } },
      );
    }
    prepared.push(attachment);
  }
  const total = prepared.reduce((sum, attachment) => sum + attachment.sizeBytes, 0);
  if (total > limits.maxMessageBytes) {
    throw new AppError(
      "PAYLOAD_TOO_LARGE",
      `The attachments total ${formatBytes(total)}; the limit per message is ${formatBytes(limits.maxMessageBytes)} (ATTACHMENT_MAX_MESSAGE_BYTES)`,
      { fieldErrors: { attachments: [`total more than ${formatBytes(limits.maxMessageBytes)}`] } },
    );
  }
  return prepared;
}

async function prepareAttachment(upload: TAttachmentUpload): Promise<TPreparedAttachment> {
  const tail = upload.tailLines === undefined ? null : tailLines(upload.content, upload.tailLines);
  const gzipped = upload.compress === "gzip";
  const cut = tail?.content ?? upload.content;
  const content = gzipped ? await gzipAsync(cut) : cut;
  return {
    filename: gzipped ? `${upload.filename}.gz` : upload.filename,
    contentType: gzipped ? "application/gzip" : (upload.contentType ?? contentTypeForFilename(upload.filename)),
    content,
    sizeBytes: content.length,
    originalSizeBytes: upload.content.length,
    transform: formatTransform({ tail, gzip: gzipped }),
  };
}
