import { formatDateTime, formatRelative } from "@/components/format/format-date";
import { RowLink, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { TEventListPage } from "@/server/events/list-events";
import { DecisionCounts } from "./decision-counts";
import { EventSeverityBadge } from "./event-severity-badge";
import { EventStatusBadge } from "./event-status-badge";

/** One page of events; each row opens the event and its decision trail. */
export function EventTable({ events }: { events: TEventListPage["data"] }) {
  return (
    <Table caption="Events" stack>
      <THead>
        <Tr>
          <Th>Title</Th>
          <Th>Severity</Th>
          <Th>Type</Th>
          <Th>Source</Th>
          <Th>Status</Th>
          <Th>Decisions</Th>
          <Th>Received</Th>
        </Tr>
      </THead>
      <TBody>
        {events.map((event) => (
          <Tr key={event.id}>
            <Td label="Title">
              <RowLink href={`/events/${event.id}`}>{event.title}</RowLink>
            </Td>
            <Td label="Severity">
              <EventSeverityBadge severity={event.severity} />
            </Td>
            <Td label="Type" mono>
              {event.type}
            </Td>
            <Td label="Source">{event.source ?? <span className="text-muted">—</span>}</Td>
            <Td label="Status">
              <EventStatusBadge status={event.status} />
            </Td>
            <Td label="Decisions">
              <DecisionCounts counts={event.decision_counts} />
            </Td>
            <Td label="Received" nowrap title={formatDateTime(event.received_at)}>
              {formatRelative(event.received_at)}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
