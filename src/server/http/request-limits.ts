import { formatBytes } from "@/server/attachments/format-bytes";
import { AppError } from "@/server/errors/app-error";

/**
 * Every JSON request that carries no files: REST bodies, a notification's own
 * fields (its attachments have their own limits) and tRPC calls. The largest
 * input the field limits allow fits well within it.
 */
export const JSON_REQUEST_MAX_BYTES = 1024 * 1024;

/**
 * How deeply arrays and objects may nest in any JSON a client sends. Parsing
 * copes with more, but every recursive step after it (serialising, hashing,
 * storing) would run out of stack: 100,000 `[` are 100 KB.
 */
export const JSON_MAX_DEPTH = 32;

/** 413 naming the limit, before the rest of the body is read. */
export function requestTooLarge(maxBytes: number, what = "the limit for a JSON request"): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", `Request body is larger than ${formatBytes(maxBytes)}, ${what}`, {
    fieldErrors: { body: [`is larger than ${formatBytes(maxBytes)}`] },
  });
}

/** 400 naming the field whose JSON nests too deeply (`body` for the whole request). */
export function jsonTooDeep(field = "body", maxDepth = JSON_MAX_DEPTH): AppError {
  const what = field === "body" ? "Request body" : `Field "${field}"`;
  const rule = `nests arrays/objects deeper than ${maxDepth} levels (the JSON depth limit)`;
  return new AppError("BAD_REQUEST", `${what} ${rule}`, { fieldErrors: { [field]: [rule] } });
}
