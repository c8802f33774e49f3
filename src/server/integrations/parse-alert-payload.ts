import type { z } from "zod";
import { AppError, type TErrorDetail } from "@/server/errors/app-error";
import { EVENT_LIMITS, ZEventInput, type TEventInput, type TParsedEvent } from "@/server/events/event-schema";

const MAX_LISTED = 50;

/**
 * The payload, or a 400 in the events endpoint's shape: each problem with the
 * alert's index and the path from the payload's root (`alerts.2.startsAt`),
 * so the sender's operator can tell which alert and field was wrong.
 */
export function parseAlertPayload<S extends z.ZodType>(schema: S, body: unknown, sender: string): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw invalidPayload(
    sender,
    result.error.issues.map((issue) => ({ index: alertIndexOf(issue.path), path: issue.path.join(".") || "body", message: issue.message })),
  );
}

/** What payload version says, as a warning stored on each event: unknown versions are read as the known one. */
export function versionWarnings(version: string | undefined, known: string, sender: string): string[] {
  if (version === known) return [];
  const said = version === undefined ? "names no payload version" : `sent payload version "${version}"`;
  return [`${sender} ${said}; it was read as version ${known}, the one this receiver knows.`];
}

/** Alerts beyond one request's worth of events are left out, and said so: refusing would make the sender retry for ever. */
export function withinBatch<T>(alerts: T[], sender: string, warnings: string[]): T[] {
  if (alerts.length <= EVENT_LIMITS.batch) return alerts;
  warnings.push(`${sender} sent ${alerts.length} alerts in one payload; only the first ${EVENT_LIMITS.batch} became events (set max_alerts to ${EVENT_LIMITS.batch}).`);
  return alerts.slice(0, EVENT_LIMITS.batch);
}

/** The mapped events, checked by the very schema POST /api/v1/events uses. */
export function toParsedEvents(inputs: TEventInput[], sender: string): TParsedEvent[] {
  const details: TErrorDetail[] = [];
  const events = inputs.map((input, index) => {
    const result = ZEventInput.safeParse(input);
    if (!result.success) for (const issue of result.error.issues) details.push({ index, path: `alerts.${index}`, message: `becomes an invalid event: ${issue.path.join(".")} ${issue.message}` });
    return result.data;
  });
  if (details.length) throw invalidPayload(sender, details);
  return events as TParsedEvent[];
}

function alertIndexOf(path: PropertyKey[]): number {
  return path[0] === "alerts" && typeof path[1] === "number" ? path[1] : 0;
}

function invalidPayload(sender: string, details: TErrorDetail[]): AppError {
  const listed = details.slice(0, MAX_LISTED);
  const summary = listed.slice(0, 3).map((detail) => `${detail.path}: ${detail.message}`).join("; ");
  const more = details.length > 3 ? ` (and ${details.length - 3} more)` : "";
  return new AppError("BAD_REQUEST", `Invalid ${sender} payload: ${summary}${more}. Nothing was stored.`, { details: listed });
}
