import { formatDateTime, formatRelative } from "@/components/format/format-date";
import { RowLink, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { TIncidentView } from "@/server/incidents/incident-view";
import { EventSeverityBadge } from "../events/event-severity-badge";
import { IncidentStatusBadge } from "./incident-status-badge";
import { byText, jobText, levelText } from "./incident-words";
import styles from "./incidents.module.css";

/** Times as "3 minutes ago", the exact time on hover (and for screen readers, in the title). */
function When({ at }: { at: string }) {
  return (
    <time dateTime={at} title={formatDateTime(at)}>
      {formatRelative(at)}
    </time>
  );
}

/** One page of incidents, open ones first; each row opens the incident and its timeline. */
export function IncidentTable({ incidents }: { incidents: TIncidentView[] }) {
  return (
    <Table caption="Incidents, open first, newest first" stack>
      <THead>
        <Tr>
          <Th>Incident</Th>
          <Th>Status</Th>
          <Th>Severity</Th>
          <Th>Opened</Th>
          <Th>Level</Th>
          <Th>Acknowledged</Th>
        </Tr>
      </THead>
      <TBody>
        {incidents.map((incident) => (
          <Tr key={incident.id}>
            <Td label="Incident">
              <RowLink href={`/incidents/${incident.id}`} className={styles.title}>
                {incident.title}
              </RowLink>
              <p className={`${styles.job} text-sm text-muted`}>
                #{incident.id} · {jobText(incident.incident_key)}
                {incident.event_count > 1 && ` · ${incident.event_count} events`}
              </p>
            </Td>
            <Td label="Status">
              <IncidentStatusBadge status={incident.status} />
            </Td>
            <Td label="Severity">
              <EventSeverityBadge severity={incident.severity} />
            </Td>
            <Td label="Opened" nowrap>
              <When at={incident.triggered_at} />
            </Td>
            <Td label="Level" nowrap>
              {levelText(incident)}
              {incident.next_escalation_at && (
                <span className="text-sm text-muted">
                  {" "}
                  · next <When at={incident.next_escalation_at} />
                </span>
              )}
            </Td>
            <Td label="Acknowledged">
              {incident.acknowledged_at ? (
                <div className={styles.closedBy}>
                  <span>{byText(incident.acknowledged_by, incident.acknowledged_via)}</span>
                  <span className="text-sm text-muted">
                    <When at={incident.acknowledged_at} />
                  </span>
                </div>
              ) : (
                <span className="text-muted">{incident.status === "resolved" ? "Not acknowledged" : "Not yet"}</span>
              )}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
