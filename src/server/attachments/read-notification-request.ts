import { z } from "zod";
import { parseJsonBody } from "@/server/http/parse-json-body";
import { AppError } from "@/server/errors/app-error";
import { parseAt } from "./attachment-field-errors";
import { ZAttachmentContentType, ZAttachmentFilename, ZAttachmentInput, ZAttachmentOptions } from "./attachment-input";
import { attachmentLimits, maxRequestBytes } from "./attachment-limits";
import { formatBytes } from "./format-bytes";
import type { TAttachmentUpload } from "./prepare-attachments";
import { readLimitedBody } from "./read-limited-body";

export type TNotificationRequest = { body: unknown; attachments: TAttachmentUpload[] };

/**
 * The body of POST /api/v1/notifications and its attachments, from either
 * form the executor may send:
 * - JSON: the notification, with files base64-encoded in `attachments`;
 * - multipart/form-data: the notification as JSON in a `payload` field and/or
 *   as individual fields (`metadata` as JSON), every file part an attachment,
 *   and optional `compress` / `tail_lines` fields applying to all files.
 * The body stays unvalidated (createNotification does that); the attachments
 * are checked here because only here is known where each one came from.
 */
export async function readNotificationRequest(request: Request): Promise<TNotificationRequest> {
  const limits = attachmentLimits();
  const maxBytes = maxRequestBytes(limits);
  const bytes = await readLimitedBody(
    request,
    maxBytes,
    () =>
      new AppError(
        "PAYLOAD_TOO_LARGE",
        `Request body is larger than ${formatBytes(maxBytes)}, more than attachments within the limit per message of ${formatBytes(limits.maxMessageBytes)} (ATTACHMENT_MAX_MESSAGE_BYTES) can need`,
      ),
  );
  const contentType = request.headers.get("content-type") ?? "";
  if (/^multipart\/form-data/i.test(contentType)) return readMultipart(bytes, contentType);
  return splitJsonAttachments(parseJsonBody(bytes.toString("utf8")));
}

function splitJsonAttachments(body: unknown): TNotificationRequest {
  if (!isObject(body) || body.attachments == null) return { body, attachments: [] };
  const { attachments, ...rest } = body;
  const inputs = parseAt(z.array(ZAttachmentInput, "must be an array"), attachments, ["attachments"]);
  return {
    body: rest,
    attachments: inputs.map((input, i) => ({
      field: `attachments[${i}]`,
      filename: input.filename,
      contentType: input.content_type,
      content: input.content_base64,
      compress: input.compress,
      tailLines: input.tail_lines,
    })),
  };
}

const ZFilePart = z.object({ filename: ZAttachmentFilename, content_type: ZAttachmentContentType.optional() });

async function readMultipart(bytes: Buffer<ArrayBuffer>, contentType: string): Promise<TNotificationRequest> {
  const form = await parseForm(bytes, contentType);
  const fields: Record<string, string> = {};
  const files: File[] = [];
  for (const [name, value] of form) {
    if (typeof value === "string") fields[name] = value;
    else files.push(value);
  }
  const { payload, compress, tail_lines, metadata, ...rest } = fields;
  const base = payload === undefined ? {} : parseJsonBody(payload, "payload");
  if (!isObject(base)) throw new AppError("BAD_REQUEST", "Field \"payload\" must be a JSON object", { fieldErrors: { payload: ["must be a JSON object"] } });
  const json = splitJsonAttachments({ ...base, ...rest, ...(metadata === undefined ? {} : { metadata: parseJsonBody(metadata, "metadata") }) });

  const options = parseAt(ZAttachmentOptions, { compress: compress || undefined, tail_lines: tail_lines ? Number(tail_lines) : undefined }, []);
  const uploads = await Promise.all(
    files.map(async (file, i): Promise<TAttachmentUpload> => {
      const index = json.attachments.length + i;
      // Clients label files they cannot identify application/octet-stream; the extension says more.
      const type = file.type === "application/octet-stream" ? undefined : file.type || undefined;
      const part = parseAt(ZFilePart, { filename: file.name, content_type: type }, ["attachments", index]);
      return {
        field: `attachments[${index}]`,
        filename: part.filename,
        contentType: part.content_type,
        content: Buffer.from(await file.arrayBuffer()),
        compress: options.compress,
        tailLines: options.tail_lines,
      };
    }),
  );
  return { body: json.body, attachments: [...json.attachments, ...uploads] };
}

async function parseForm(bytes: Buffer<ArrayBuffer>, contentType: string): Promise<FormData> {
  try {
    return await new Response(bytes, { headers: { "content-type": contentType } }).formData();
  } catch (error) {
    throw new AppError("BAD_REQUEST", `Request body is not valid multipart/form-data: ${(error as Error).message}`, {
      fieldErrors: { body: ["is not valid multipart/form-data"] },
    });
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
