import type { TWindowData } from "./maintenance-window-data";
import { describeCriticalPolicy, describeSchedule, describeScope, formatInZone } from "./maintenance-window-words";

// The change log's `detail`: what happened, in words a person reads in the history.

const scheduleOf = (data: TWindowData) => describeSchedule(data);
const scopeOf = (data: TWindowData) => describeScope(data);
const quoted = (text: string | null) => (text ? `"${text}"` : "none");

export function describeCreated(data: TWindowData): string {
  return `Created "${data.name}": ${scheduleOf(data)}; covers ${scopeOf(data)}; ${describeCriticalPolicy(data.critical)}.`;
}

/** "schedule Mon–Fri 01:00–03:00 (UTC) → …; name "A" → "B"", or null when nothing changed. */
export function describeChanges(before: TWindowData, after: TWindowData): string | null {
  const parts: string[] = [];
  const compare = (label: string, was: string, now: string) => was !== now && parts.push(`${label} ${was} → ${now}`);
  compare("name", quoted(before.name), quoted(after.name));
  compare("description", quoted(before.description), quoted(after.description));
  compare("schedule", scheduleOf(before), scheduleOf(after));
  compare("scope", scopeOf(before), scopeOf(after));
  if (before.critical !== after.critical) parts.push(describeCriticalPolicy(after.critical).replace(/^critical/, "now critical"));
  return parts.length ? `Changed ${parts.join("; ")}.` : null;
}

export function describeEnded(occurrenceEnd: Date, zone: string, now: Date): string {
  return `Ended early at ${formatInZone(now, zone)} (${zone}); this occurrence was due to end at ${formatInZone(occurrenceEnd, zone)}.`;
}

export function describeDeleted(data: TWindowData, wasActive: boolean): string {
  return `Deleted "${data.name}" (${scheduleOf(data)})${wasActive ? " while it was active: what it held is released now" : ""}.`;
}
