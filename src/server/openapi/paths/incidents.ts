import { z } from "zod";
import { ZIncidentId } from "@/server/incidents/close-incident";
import { ZListIncidentsQuery } from "@/server/incidents/incident-queries";
import { ZIncidentDetail, ZIncidentListPage, ZIncidentView } from "@/server/incidents/incident-view";
import type { TApiRoute } from "../api-route";
import { EXAMPLE_EVENT_ID, EXAMPLE_LATER, EXAMPLE_TIME } from "../examples";

const tag = "Incidents";
const ZIdParams = z.object({ id: ZIncidentId });

const incident = {
  id: 12,
  title: "nightly-backup failed on db-01",
  severity: "critical",
  status: "triggered",
  policy_id: 1,
  policy_name: "Database on-call",
  event_id: EXAMPLE_EVENT_ID,
  rule_id: 1,
  incident_key: "job:executor:nightly-backup",
  level: 1,
  round: 0,
  event_count: 1,
  triggered_at: EXAMPLE_TIME,
  next_escalation_at: "2026-12-01T09:45:00.000Z",
  acknowledged_at: null,
  acknowledged_by: null,
  acknowledged_via: null,
  resolved_at: null,
  resolved_by: null,
  resolved_via: null,
} as const;
const acknowledged = { ...incident, status: "acknowledged", next_escalation_at: null, acknowledged_at: EXAMPLE_LATER, acknowledged_by: "API key deploy", acknowledged_via: "the API" } as const;

export const incidentRoutes: TApiRoute[] = [
  {
    method: "get",
    path: "/api/v1/incidents",
    tag,
    summary: "List incidents",
    description: "Open incidents first (newest first), then closed ones; `next_cursor` fetches the next page.",
    access: { scopes: ["notifications:read"] },
    params: { query: ZListIncidentsQuery },
    response: { status: 200, description: "One page", body: { schema: ZIncidentListPage, example: { data: [incident], next_cursor: null } } },
    errors: [400, 429],
  },
  {
    method: "get",
    path: "/api/v1/incidents/{id}",
    tag,
    summary: "Get an incident",
    description: "With its timeline and the notifications each level sent.",
    access: { scopes: ["notifications:read"] },
    params: { path: ZIdParams },
    response: {
      status: 200,
      description: "The incident",
      body: {
        schema: ZIncidentDetail,
        example: {
          ...incident,
          timeline: [{ at: EXAMPLE_TIME, kind: "triggered", detail: "Rule \"On-call failures\" escalated with Database on-call", actor: null, level: null }],
          notifications: [{ id: 4712, channel: "email", recipient_email: "oncall@example.com", status: "sent", subject: "[critical] nightly-backup failed on db-01", created_at: EXAMPLE_TIME, sent_at: EXAMPLE_LATER }],
        },
      },
    },
    errors: [400, 404, 429],
  },
  {
    method: "post",
    path: "/api/v1/incidents/{id}/acknowledge",
    tag,
    summary: "Acknowledge an incident",
    description: "Stops its escalation; the API key is recorded as who acknowledged. 409 when it is already resolved.",
    access: { scopes: ["notifications:write"] },
    params: { path: ZIdParams },
    response: { status: 200, description: "The acknowledged incident", body: { schema: ZIncidentView, example: acknowledged } },
    errors: [400, 404, 409, 429],
  },
  {
    method: "post",
    path: "/api/v1/incidents/{id}/resolve",
    tag,
    summary: "Resolve an incident",
    description: "Closes it and stops its escalation.",
    access: { scopes: ["notifications:write"] },
    params: { path: ZIdParams },
    response: {
      status: 200,
      description: "The resolved incident",
      body: { schema: ZIncidentView, example: { ...acknowledged, status: "resolved", resolved_at: "2026-12-01T10:02:00.000Z", resolved_by: "API key deploy", resolved_via: "the API" } },
    },
    errors: [400, 404, 429],
  },
];
