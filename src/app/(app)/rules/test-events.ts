import { formatDateTime } from "@/components/format/format-date";
import type { TEventListPage } from "@/server/events/list-events";
import { defaultSeverity } from "@/server/events/event-severity";
import type { TEventInput } from "@/server/events/event-schema";
import { SAMPLE_EVENTS } from "@/server/rules/sample-events";

export type TStoredEvent = TEventListPage["data"][number];

/** The fields of an event worth reading before a test, from a sample or a stored event alike. */
export type TEventSummary = {
  type: string;
  severity: string;
  /** Set when the event gives none and its type's default applies. */
  severityIsDefault: boolean;
  source: string | null;
  title: string | null;
  message: string | null;
  job: { name?: string; status?: string; host?: string; step?: string; exit_code?: number } | null;
  labels: Record<string, string>;
  data: Record<string, unknown>;
  receivedAt: string | null;
};

/** What the Event select holds: `sample:2` or `event:<uuid>`. */
export type TTestEventChoice = { kind: "sample"; index: number } | { kind: "stored"; id: string };

export const choiceValue = (choice: TTestEventChoice) => (choice.kind === "sample" ? `sample:${choice.index}` : `event:${choice.id}`);

export function parseChoice(value: string): TTestEventChoice | null {
  if (value.startsWith("sample:")) {
    const index = Number(value.slice("sample:".length));
    return Number.isInteger(index) && SAMPLE_EVENTS[index] ? { kind: "sample", index } : null;
  }
  return value.startsWith("event:") ? { kind: "stored", id: value.slice("event:".length) } : null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined);

function jobOf(value: unknown): TEventSummary["job"] {
  if (!isRecord(value)) return null;
  const exitCode = value.exit_code;
  return { name: text(value.name), status: text(value.status), host: text(value.host), step: text(value.step), exit_code: typeof exitCode === "number" ? exitCode : undefined };
}

export function sampleSummary(event: TEventInput): TEventSummary {
  return {
    type: event.type,
    severity: event.severity ?? defaultSeverity(event.type),
    severityIsDefault: event.severity === undefined,
    source: event.source ?? null,
    title: event.title ?? null,
    message: event.message ?? null,
    job: jobOf(event.job),
    labels: event.labels ?? {},
    data: event.data ?? {},
    receivedAt: null,
  };
}

export function storedSummary(event: TStoredEvent): TEventSummary {
  return {
    type: event.type,
    severity: event.severity,
    severityIsDefault: false,
    source: event.source,
    title: event.title,
    message: event.message,
    job: jobOf(event.job),
    labels: isRecord(event.labels) ? (event.labels as Record<string, string>) : {},
    data: isRecord(event.data) ? event.data : {},
    receivedAt: event.received_at,
  };
}

export function storedEventLabel(event: TStoredEvent): string {
  const title = event.title.length > 60 ? `${event.title.slice(0, 59)}…` : event.title;
  return `${formatDateTime(event.received_at)} · ${event.type} · ${title}`;
}
