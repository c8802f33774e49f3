"use client";

import Link from "next/link";
import { formatDateTime, formatRelative } from "@/components/format/format-date";
import { Badge } from "@/components/ui/badge";
import { CodeBlock } from "@/components/ui/code-block";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { TIntegrationDeliveryView } from "@/server/integrations/integration-deliveries";
import styles from "./integrations.module.css";
import { alertsText, prettyPayload } from "./delivery-words";

/** The newest payloads first: accepted or rejected (with the reason the sender got), alerts, events, and the payload itself. */
export function DeliveriesTable({ name, deliveries }: { name: string; deliveries: TIntegrationDeliveryView[] }) {
  if (deliveries.length === 0) {
    return <EmptyState title={`Nothing received from ${name} yet`} description="Paste the configuration above into the sender, or send a sample alert; each payload then shows here with what became of it." />;
  }
  return (
    <Table caption={`Payloads received from ${name}, newest first`} stack>
      <THead>
        <Tr>
          <Th>Received</Th>
          <Th>Status</Th>
          <Th>Alerts</Th>
          <Th>Events</Th>
          <Th>Sent by</Th>
          <Th>Payload</Th>
        </Tr>
      </THead>
      <TBody>
        {deliveries.map((delivery) => (
          <Tr key={delivery.id}>
            <Td label="Received" className="text-sm">
              <time dateTime={delivery.received_at} title={formatDateTime(delivery.received_at)}>
                {formatRelative(delivery.received_at)}
              </time>
            </Td>
            <Td label="Status">
              <Badge tone={delivery.status === "accepted" ? (delivery.warnings.length ? "warning" : "success") : "danger"} dot>
                {delivery.status === "accepted" ? "Accepted" : "Rejected"}
              </Badge>
              {delivery.error && <p className={`${styles.note} text-sm`}>{delivery.error}</p>}
              {delivery.warnings.map((warning) => (
                <p key={warning} className={`${styles.note} text-sm text-muted`}>
                  {warning}
                </p>
              ))}
            </Td>
            <Td label="Alerts" className="text-sm">
              {alertsText(delivery)}
            </Td>
            <Td label="Events" className="text-sm">
              {delivery.event_ids.length === 0 ? (
                <span className="text-muted">—</span>
              ) : (
                <ul className={styles.events}>
                  {[...new Set(delivery.event_ids)].slice(0, 5).map((id) => (
                    <li key={id}>
                      <Link href={`/events/${id}`}>{id.slice(-8)}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </Td>
            <Td label="Sent by" className="text-sm">
              {delivery.sent_by}
            </Td>
            <Td label="Payload">
              <details>
                <summary className="text-sm">Show{delivery.payload_cut ? " (cut)" : ""}</summary>
                <CodeBlock label={`Payload #${delivery.id}`} copyable maxHeight={320}>
                  {prettyPayload(delivery.payload)}
                </CodeBlock>
              </details>
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
