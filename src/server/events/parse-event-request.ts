import { z } from "zod";
import { AppError, type TErrorDetail } from "@/server/errors/app-error";
import { EVENT_LIMITS, ZEventInput, type TParsedEvent } from "./event-schema";

export type TEventRequest = { events: TParsedEvent[]; batch: boolean };

const ZBatch = z.strictObject({
  events: z.array(z.unknown(), "must be an array of events").min(1, "needs at least one event").max(EVENT_LIMITS.batch, `may hold at most ${EVENT_LIMITS.batch} events`),
});

/**
 * One event, or `{"events": [...]}`. Every item is validated before anything
 * is stored; the 400 lists each problem with the item's index and the path
 * inside it, so an executor can tell which of 1,000 events was wrong.
 * `Idempotency-Key` applies to a single event (as `idempotency_key`).
 */
export function parseEventRequest(body: unknown, idempotencyKeyHeader: string | null): TEventRequest {
  const isBatch = typeof body === "object" && body !== null && !Array.isArray(body) && "events" in body;
  if (!isBatch) {
    const withKey = idempotencyKeyHeader ? mergeHeaderKey(body, idempotencyKeyHeader) : body;
    return { events: [parseItems([withKey], (index) => index)[0] as TParsedEvent], batch: false };
  }
  if (idempotencyKeyHeader) {
    throw invalid([{ index: 0, path: "Idempotency-Key", message: "applies to a single event; give each event of a batch its own idempotency_key" }]);
  }
  const batch = ZBatch.safeParse(body);
  if (!batch.success) throw invalid(batch.error.issues.map((issue) => ({ index: 0, path: issue.path.join(".") || "body", message: issue.message })));
  return { events: parseItems(batch.data.events, (index) => index), batch: true };
}

function parseItems(items: unknown[], indexOf: (position: number) => number): TParsedEvent[] {
  const details: TErrorDetail[] = [];
  const events = items.map((item, position) => {
    const result = ZEventInput.safeParse(item);
    if (result.success) return result.data;
    for (const issue of result.error.issues) details.push({ index: indexOf(position), path: issue.path.join(".") || "event", message: issue.message });
    return null;
  });
  if (details.length) throw invalid(details);
  return events as TParsedEvent[];
}

function mergeHeaderKey(body: unknown, header: string): unknown {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return body;
  const given = (body as { idempotency_key?: unknown }).idempotency_key;
  if (given !== undefined && given !== header.trim()) {
    throw invalid([{ index: 0, path: "idempotency_key", message: "differs from the Idempotency-Key header; send one of them" }]);
  }
  return { ...body, idempotency_key: header.trim() };
}

const MAX_LISTED = 50;

function invalid(details: TErrorDetail[]): AppError {
  const listed = details.slice(0, MAX_LISTED);
  const summary = listed
    .slice(0, 3)
    .map((detail) => `events[${detail.index}].${detail.path}: ${detail.message}`)
    .join("; ");
  const more = details.length > 3 ? ` (and ${details.length - 3} more)` : "";
  return new AppError("BAD_REQUEST", `Invalid event: ${summary}${more}. Nothing was stored.`, { details: listed });
}
