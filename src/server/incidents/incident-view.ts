import { z } from "zod";
import { lowerCaseEnum, toLowerCase } from "@/server/api/lower-case-enum";
import { Channel, EventSeverity, IncidentStatus, NotificationStatus, type Incident, type IncidentTimelineEntry } from "@/server/db/client";

/** An incident as REST, tRPC and the Incidents page see it. */
export const ZIncidentView = z.object({
  id: z.number().int(),
  title: z.string(),
  severity: lowerCaseEnum(EventSeverity),
  status: lowerCaseEnum(IncidentStatus),
  policy_id: z.number().int().nullable(),
  policy_name: z.string(),
  event_id: z.string().nullable(),
  rule_id: z.number().int().nullable(),
  incident_key: z.string(),
  level: z.number().int().meta({ description: "The escalation level reached (0 before the first fired)" }),
  round: z.number().int().meta({ description: "Repeats of the whole policy so far" }),
  event_count: z.number().int(),
  triggered_at: z.string(),
  next_escalation_at: z.string().nullable(),
  acknowledged_at: z.string().nullable(),
  acknowledged_by: z.string().nullable(),
  acknowledged_via: z.string().nullable(),
  resolved_at: z.string().nullable(),
  resolved_by: z.string().nullable(),
  resolved_via: z.string().nullable(),
});
export type TIncidentView = z.output<typeof ZIncidentView>;

export function toIncidentView(incident: Incident): TIncidentView {
  return {
    id: incident.id,
    title: incident.title,
    severity: toLowerCase(incident.severity),
    status: toLowerCase(incident.status),
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

export const ZTimelineEntryView = z.object({
  at: z.string(),
  kind: z.string().meta({ description: "triggered, level_notified, event_added, acknowledged, resolved, repeated or exhausted" }),
  detail: z.string(),
  actor: z.string().nullable(),
  level: z.number().int().nullable(),
});
export type TTimelineEntryView = z.output<typeof ZTimelineEntryView>;

export function toTimelineView(entry: IncidentTimelineEntry): TTimelineEntryView {
  return { at: entry.at.toISOString(), kind: entry.kind, detail: entry.detail, actor: entry.actor, level: entry.level };
}

/** GET /api/v1/incidents/:id: the incident, its timeline and the notifications of each level. */
export const ZIncidentDetail = ZIncidentView.extend({
  timeline: z.array(ZTimelineEntryView),
  notifications: z.array(
    z.object({
      id: z.number().int(),
      channel: lowerCaseEnum(Channel),
      recipient_email: z.string().nullable(),
      status: lowerCaseEnum(NotificationStatus),
      subject: z.string(),
      created_at: z.string(),
      sent_at: z.string().nullable(),
    }),
  ),
});
export type TIncidentDetail = z.output<typeof ZIncidentDetail>;

/** A page of GET /api/v1/incidents: open incidents first. */
export const ZIncidentListPage = z.object({
  data: z.array(ZIncidentView),
  next_cursor: z.number().int().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last" }),
});
export type TIncidentListPage = z.output<typeof ZIncidentListPage>;
