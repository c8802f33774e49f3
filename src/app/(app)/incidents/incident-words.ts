import type { TTone } from "@/components/ui/tone";
import type { TIncidentView } from "@/server/incidents/incident-view";

// An incident's view in the page's words, shared by the list and the detail page.

export type TIncidentStatus = TIncidentView["status"];

/** "Triggered" is the state that pages people: it pulses until someone acknowledges. */
export const INCIDENT_STATUS_META: Record<TIncidentStatus, { label: string; tone: TTone; description: string; active?: boolean }> = {
  triggered: { label: "Triggered", tone: "danger", description: "Nobody has acknowledged it yet: its levels keep escalating", active: true },
  acknowledged: { label: "Acknowledged", tone: "warning", description: "Someone is on it: escalation stopped" },
  resolved: { label: "Resolved", tone: "success", description: "Closed by hand or because the job recovered" },
};

export function isIncidentStatus(value: string): value is TIncidentStatus {
  return Object.hasOwn(INCIDENT_STATUS_META, value);
}

/** "Level 2", "Level 1 · repeat 2": the last level notified, and which run of the policy. */
export function levelText(incident: Pick<TIncidentView, "level" | "round">): string {
  if (incident.level === 0) return "No level notified yet";
  return `Level ${incident.level}${incident.round > 0 ? ` · repeat ${incident.round}` : ""}`;
}

/** "ana@example.com via email link": who closed it and how, as the server recorded it. */
export function byText(actor: string | null, via: string | null): string | null {
  if (!actor) return null;
  return via ? `${actor} via ${via}` : actor;
}

/** "executor:nightly-backup" reads as "executor · nightly-backup"; a group key is shown as it is. */
export function jobText(incidentKey: string): string {
  const colon = incidentKey.indexOf(":");
  return colon > 0 ? `${incidentKey.slice(0, colon)} · ${incidentKey.slice(colon + 1)}` : incidentKey;
}

/** Timeline kinds the server writes (incident_timeline.kind); anything newer keeps its own name. */
const KIND_META: Record<string, { label: string; tone: TTone }> = {
  triggered: { label: "Triggered", tone: "danger" },
  level_notified: { label: "Level notified", tone: "info" },
  repeated: { label: "Repeated", tone: "info" },
  event_added: { label: "Another event", tone: "neutral" },
  acknowledged: { label: "Acknowledged", tone: "warning" },
  resolved: { label: "Resolved", tone: "success" },
  exhausted: { label: "Escalation ended", tone: "neutral" },
};

export function timelineKindMeta(kind: string): { label: string; tone: TTone } {
  return KIND_META[kind] ?? { label: kind.charAt(0).toUpperCase() + kind.slice(1).replaceAll("_", " "), tone: "neutral" };
}

/** "Level 2" for a level reached, "Repeated · level 1" for the start of a repeat, the kind's label otherwise. */
export function timelineEntryLabel(entry: { kind: string; level: number | null }): string {
  if (entry.kind === "level_notified" && entry.level) return `Level ${entry.level}`;
  const { label } = timelineKindMeta(entry.kind);
  return entry.level ? `${label} · level ${entry.level}` : label;
}
