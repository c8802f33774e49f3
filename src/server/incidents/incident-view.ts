import type { Incident, IncidentTimelineEntry } from "@/server/db/client";

export function toIncidentView(incident: Incident) {
  return {
    id: incident.id,
    title: incident.title,
    severity: incident.severity.toLowerCase() as "info" | "warning" | "critical",
    status: incident.status.toLowerCase() as "triggered" | "acknowledged" | "resolved",
    policy_id: incident.policyId,
    policy_name: incident.policyName,
    event_id: incident.eventId,
    rule_id: incident.ruleId,
    incident_key: incident.incidentKey,
    level: incident.level,
    round: incident.round,
    event_count: incident.eventCount,
    triggered_at: incident.triggeredAt.toISOString(),
    next_escalation_at: incident.nextEscalationAt?.toISOString() ?? null,
    acknowledged_at: incident.acknowledgedAt?.toISOString() ?? null,
    acknowledged_by: incident.acknowledgedBy,
    acknowledged_via: incident.acknowledgedVia,
    resolved_at: incident.resolvedAt?.toISOString() ?? null,
    resolved_by: incident.resolvedBy,
    resolved_via: incident.resolvedVia,
  };
}
export type TIncidentView = ReturnType<typeof toIncidentView>;

export function toTimelineView(entry: IncidentTimelineEntry) {
  return { at: entry.at.toISOString(), kind: entry.kind, detail: entry.detail, actor: entry.actor, level: entry.level };
}
