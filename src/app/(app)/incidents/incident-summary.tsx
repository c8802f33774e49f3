import Link from "next/link";
import type { ReactNode } from "react";
import { formatDateTime, formatRelative } from "@/components/format/format-date";
import { DescriptionList } from "@/components/ui/description-list";
import type { TIncidentView } from "@/server/incidents/incident-view";
import { EventSeverityBadge } from "../events/event-severity-badge";
import { IncidentStatusBadge } from "./incident-status-badge";
import { byText, INCIDENT_STATUS_META, isIncidentStatus, jobText, levelText } from "./incident-words";

/** "12 May 2026, 10:04:10 (3 minutes ago)": exact, and how long ago. */
function at(value: string | null): ReactNode {
  if (!value) return null;
  return (
    <>
      <time dateTime={value}>{formatDateTime(value)}</time> <span className="text-muted">({formatRelative(value)})</span>
    </>
  );
}

function closed(actor: string | null, via: string | null, when: string | null): ReactNode {
  if (!when) return null;
  return (
    <>
      {byText(actor, via)}, {at(when)}
    </>
  );
}

function nextEscalation(incident: TIncidentView): ReactNode {
  if (incident.next_escalation_at) return at(incident.next_escalation_at);
  return incident.status === "triggered" ? "None: every level was notified" : "None: escalation stopped";
}

/** Where the incident stands, what opened it and who closed it; links for admins lead to the policy and the rule. */
export function IncidentSummary({ incident, isAdmin }: { incident: TIncidentView; isAdmin: boolean }) {
  const policy = incident.policy_id ? (
    isAdmin ? <Link href={`/escalation-policies/${incident.policy_id}/edit`}>{incident.policy_name}</Link> : incident.policy_name
  ) : (
    `${incident.policy_name} (deleted)`
  );
  const rule = incident.rule_id && (isAdmin ? <Link href={`/rules/${incident.rule_id}`}>Rule #{incident.rule_id}</Link> : `Rule #${incident.rule_id}`);
  const event = incident.event_id && (
    <>
      <Link href={`/events/${incident.event_id}`}>The event that opened it</Link>
      {incident.event_count > 1 && <span className="text-muted"> · {incident.event_count - 1} more joined it (see the timeline)</span>}
    </>
  );
  return (
    <DescriptionList
      columns={2}
      items={[
        {
          label: "Status",
          value: (
            <>
              <IncidentStatusBadge status={incident.status} />{" "}
              {isIncidentStatus(incident.status) && <span className="text-sm text-muted">{INCIDENT_STATUS_META[incident.status].description}</span>}
            </>
          ),
        },
        { label: "Severity", value: <EventSeverityBadge severity={incident.severity} /> },
        { label: "Opened", value: at(incident.triggered_at) },
        { label: "Job", value: jobText(incident.incident_key), mono: true },
        { label: "Escalation policy", value: policy },
        { label: "Level reached", value: levelText(incident) },
        { label: "Next escalation", value: nextEscalation(incident) },
        { label: "Events", value: event },
        { label: "Rule", value: rule },
        { label: "Acknowledged", value: closed(incident.acknowledged_by, incident.acknowledged_via, incident.acknowledged_at) },
        { label: "Resolved", value: closed(incident.resolved_by, incident.resolved_via, incident.resolved_at) },
      ]}
    />
  );
}
