import { z } from "zod";
import { AppError } from "@/server/errors/app-error";
import { parseJsonBody } from "@/server/http/parse-json-body";
import { readLimitedBody } from "@/server/http/read-limited-body";
import { JSON_REQUEST_MAX_BYTES } from "@/server/http/request-limits";
import { parseAt } from "./attachment-field-errors";
import { ZAttachmentContentType, ZAttachmentFilename, ZAttachmentInput, ZAttachmentOptions } from "./attachment-input";
import { attachmentLimits, maxRequestBytes, refuseTooManyAttachments } from "./attachment-limits";
import { formatBytes } from "./format-bytes";
import type { TAttachmentUpload } from "./prepare-attachments";

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
 *
 * Limits, all before anything is decoded or stored: the whole body at most
 * what attachments within ATTACHMENT_MAX_MESSAGE_BYTES can need as sent
 * (base64 or file parts); the notification without its attachments at most
 * JSON_REQUEST_MAX_BYTES (413); at most ATTACHMENT_MAX_FILES files and JSON at
 * most JSON_MAX_DEPTH deep (400).
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
  const body = parseJsonBody(bytes.toString("utf8"));
  refuseLargeNotification(body, bytes.length, 0);
  return splitJsonAttachments(body);
}

/**
 * 413 when the notification without its attachments passes
 * JSON_REQUEST_MAX_BYTES. Without files the request's size says it; with
 * them, the fields are measured as JSON (only when the request is that large).
 */
function refuseLargeNotification(body: unknown, requestBytes: number, fileParts: number): void {
  if (requestBytes <= JSON_REQUEST_MAX_BYTES) return;
  const files = fileParts + (isObject(body) && Array.isArray(body.attachments) ? body.attachments.length : 0);
  const fieldBytes = files === 0 ? requestBytes : Buffer.byteLength(JSON.stringify(isObject(body) ? { ...body, attachments: undefined } : body));
  if (fieldBytes <= JSON_REQUEST_MAX_BYTES) return;
  const what = files === 0 ? "Request body" : "The notification without its attachments";
  throw new AppError(
    "PAYLOAD_TOO_LARGE",
    `${what} is ${fieldBytes.toLocaleString("en")} bytes, more than the limit of ${formatBytes(JSON_REQUEST_MAX_BYTES)} (${JSON_REQUEST_MAX_BYTES.toLocaleString("en")} bytes) for a notification without its attachments; send large logs as attachments`,
    { fieldErrors: { body: [`is larger than ${formatBytes(JSON_REQUEST_MAX_BYTES)} without attachments`] } },
  );
}

function splitJsonAttachments(body: unknown): TNotificationRequest {
  if (!isObject(body) || body.attachments == null) return { body, attachments: [] };
  const { attachments, ...rest } = body;
  if (Array.isArray(attachments)) refuseTooManyAttachments(attachments.length);
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
  const merged: Record<string, unknown> = { ...base, ...rest, ...(metadata === undefined ? {} : { metadata: parseJsonBody(metadata, "metadata") }) };
  refuseTooManyAttachments((Array.isArray(merged.attachments) ? merged.attachments.length : 0) + files.length);
  refuseLargeNotification(merged, bytes.length, files.length);
  const json = splitJsonAttachments(merged);

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
