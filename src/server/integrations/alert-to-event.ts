import { createHash } from "node:crypto";
import { EVENT_LIMITS, type TEventInput } from "@/server/events/event-schema";
import type { TAlertOccurrence } from "@/server/events/alert-occurrence";
import type { TAlertmanagerAlert } from "./alert-payload-schema";
import { alertEventType, alertSeverity } from "./alert-event-type";

/** A link an alert carries: its runbook, the expression or rule that fired, a dashboard. */
export type TAlertLink = { name: string; url: string };

/** What one payload says about all its alerts. */
export type TAlertBatch = {
  source: "alertmanager" | "grafana";
  receiver?: string;
  groupKey?: string;
  externalURL?: string;
  commonAnnotations?: Record<string, string>;
  /** Said once per payload, stored on each of its events. */
  warnings: string[];
};

const TITLE_MAX = 200;
const MESSAGE_MAX = 10_000;
const LABEL_VALUE_MAX = 500;
const ANNOTATION_MAX = 1_000;
/** Annotations that become the title, the message and a link; the rest are kept under data.annotations. */
const MAPPED_ANNOTATIONS = new Set(["summary", "description", "message", "runbook_url"]);

/**
 * One alert as an event of POST /api/v1/events: type alert.<alertname>,
 * severity from its label, labels as labels, summary/description as title and
 * message (with its links listed under it), and in data.alert what routing
 * tracks it by (fingerprint, status, start; see alertOccurrenceOf).
 */
export function alertToEvent(alert: TAlertmanagerAlert, batch: TAlertBatch, extra: { links?: TAlertLink[]; data?: Record<string, unknown> } = {}): TEventInput {
  const annotations = { ...batch.commonAnnotations, ...alert.annotations };
  const alertname = alert.labels.alertname;
  const links = [
    ...linkIf("Runbook", annotations.runbook_url),
    ...linkIf("Source", alert.generatorURL),
    ...(extra.links ?? []),
  ];
  const occurrence: TAlertOccurrence & Record<string, unknown> = {
    fingerprint: alert.fingerprint ?? fingerprintOf(alert.labels),
    status: alert.status,
    starts_at: new Date(alert.startsAt).toISOString(),
    ...(alert.status === "resolved" && isSet(alert.endsAt) ? { ends_at: new Date(alert.endsAt).toISOString() } : {}),
    ...(batch.receiver ? { receiver: batch.receiver } : {}),
    ...(batch.groupKey ? { group_key: batch.groupKey } : {}),
    ...(batch.externalURL ? { external_url: batch.externalURL } : {}),
  };
  const rest = Object.fromEntries(Object.entries(annotations).filter(([name]) => !MAPPED_ANNOTATIONS.has(name)).map(([name, value]) => [name, value.slice(0, ANNOTATION_MAX)]));
  const resolvedAt = occurrence.ends_at as string | undefined;
  return {
    type: alertEventType(alertname),
    severity: alertSeverity(alert.labels),
    source: batch.source,
    title: titleOf(annotations.summary, alertname, alert.labels.instance),
    message: messageOf(annotations.description ?? annotations.message, links),
    labels: labelsOf(alert.labels),
    data: fitData({ alert: occurrence, links, annotations: rest, ...extra.data, ...(batch.warnings.length ? { warnings: batch.warnings } : {}) }),
    group_key: `alert:${occurrence.fingerprint}`,
    occurred_at: alert.status === "firing" ? occurrence.starts_at : (resolvedAt ?? undefined),
  };
}

/** Go's zero time (0001-01-01) is how both tools say "not ended". */
const isSet = (timestamp: string | undefined): timestamp is string => Boolean(timestamp) && new Date(timestamp as string).getUTCFullYear() > 1970;

export function linkIf(name: string, url: string | undefined): TAlertLink[] {
  return url && /^https?:\/\//i.test(url.trim()) ? [{ name, url: url.trim() }] : [];
}

function titleOf(summary: string | undefined, alertname: string | undefined, instance: string | undefined): string {
  const given = summary?.trim();
  const title = given || `${alertname?.trim() || "Unnamed alert"}${instance ? ` on ${instance}` : ""}`;
  return title.length > TITLE_MAX ? `${title.slice(0, TITLE_MAX - 1)}…` : title;
}

function messageOf(description: string | undefined, links: TAlertLink[]): string | undefined {
  const list = links.map((link) => `${link.name}: ${link.url}`).join("\n");
  const room = MESSAGE_MAX - list.length - 2;
  const text = description?.trim() ? (description.trim().length > room ? `${description.trim().slice(0, room - 1)}…` : description.trim()) : "";
  return [text, list].filter(Boolean).join("\n\n") || undefined;
}

/** Label names the event schema accepts (Grafana allows more than Prometheus), values cut, at most EVENT_LIMITS.labels. */
function labelsOf(labels: Record<string, string>): Record<string, string> {
  const entries = Object.entries(labels).map(([name, value]) => [name.replace(/[^A-Za-z0-9_./-]/g, "_").slice(0, 100) || "_", value.slice(0, LABEL_VALUE_MAX)] as const);
  // alertname and severity first: rules rely on them even when an alert has too many labels.
  entries.sort(([a], [b]) => Number(b === "alertname" || b === "severity") - Number(a === "alertname" || a === "severity"));
  return Object.fromEntries(entries.slice(0, EVENT_LIMITS.labels));
}

/** data stays within EVENT_LIMITS.dataBytes: the extra annotations and values go first, the alert itself never. */
function fitData(data: Record<string, unknown>): Record<string, unknown> {
  const fits = (candidate: Record<string, unknown>) => Buffer.byteLength(JSON.stringify(candidate)) <= EVENT_LIMITS.dataBytes;
  if (fits(data)) return data;
  const { annotations: _annotations, values: _values, ...lean } = data;
  const dropped = { ...lean, truncated: "annotations and values were dropped: they exceeded the event's data limit" };
  return fits(dropped) ? dropped : { alert: data.alert, truncated: "links and annotations were dropped: they exceeded the event's data limit" };
}

/** Alertmanager always sends one; an alert without (an older sender, a hand-made test) is known by its labels, as Alertmanager does. */
function fingerprintOf(labels: Record<string, string>): string {
  const sorted = Object.keys(labels).sort().map((name) => `${name}\u0000${labels[name]}`).join("\u0001");
  return createHash("sha256").update(sorted).digest("hex").slice(0, 16);
}
