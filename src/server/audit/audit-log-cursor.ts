import { z } from "zod";
import { AppError } from "@/server/errors/app-error";

/** Where a page ended: the last entry's time and id (ties in time are broken by id, as the index orders them). */
export type TAuditLogCursor = { at: Date; id: number };

const ZCursorParts = z.tuple([z.number().int().nonnegative(), z.number().int().positive()]);

/**
 * Opaque to clients (base64url of [epoch ms, id]) so the order it encodes can
 * change without breaking the API; `at` is stored to the millisecond, so the
 * round trip is exact.
 */
export function encodeAuditLogCursor(cursor: TAuditLogCursor): string {
  return Buffer.from(JSON.stringify([cursor.at.getTime(), cursor.id])).toString("base64url");
}

export function decodeAuditLogCursor(cursor: string): TAuditLogCursor {
  const invalid = () => new AppError("BAD_REQUEST", "Invalid input: cursor: must be the next_cursor of a previous page", { fieldErrors: { cursor: ["must be the next_cursor of a previous page"] } });
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  const parsed = ZCursorParts.safeParse(parts);
  if (!parsed.success) throw invalid();
  return { at: new Date(parsed.data[0]), id: parsed.data[1] };
}
