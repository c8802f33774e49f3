"use client";

import { formatDateTime, formatRelative } from "@/components/format/format-date";
import { Badge } from "@/components/ui/badge";
import { Checkbox } from "@/components/ui/checkbox";
import { RowLink, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";

export type TDeadLetterRow = {
  id: number;
  notification_id: number;
  error_type: string;
  error_message: string;
  retry_count: number;
  /** When it entered the dead-letter queue. */
  created_at: string;
  notification: { subject: string; recipient_email: string | null; channel: string };
};

export type TDeadLetterTableProps = {
  items: readonly TDeadLetterRow[];
  /** Notification ids. */
  selected: ReadonlySet<number>;
  onSelectedChange: (selected: ReadonlySet<number>) => void;
};

export function DeadLetterTable({ items, selected, onSelectedChange }: TDeadLetterTableProps) {
  const selectedCount = items.filter((item) => selected.has(item.notification_id)).length;
  const allSelected = selectedCount === items.length;

  function toggle(id: number, on: boolean) {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onSelectedChange(next);
  }

  return (
    <Table caption="Dead letters" stack className="dlq-table">
      <THead>
        <Tr>
          <Th className="dlq-table__select">
            <Checkbox
              label={<span className="visually-hidden">Select all on this page</span>}
              checked={allSelected}
              // indeterminate exists only as a DOM property, not an attribute.
              ref={(input) => {
                if (input) input.indeterminate = selectedCount > 0 && !allSelected;
              }}
              onChange={(event) => onSelectedChange(new Set(event.target.checked ? items.map((item) => item.notification_id) : []))}
            />
          </Th>
          <Th>Subject</Th>
          <Th>Recipient</Th>
          <Th>Error</Th>
          <Th numeric>Retries</Th>
          <Th>Dead since</Th>
        </Tr>
      </THead>
      <TBody>
        {items.map((item) => (
          <Tr key={item.id} data-selected={selected.has(item.notification_id) || undefined}>
            <Td className="dlq-table__select">
              <Checkbox
                label={<span className="visually-hidden">Select “{item.notification.subject}”</span>}
                checked={selected.has(item.notification_id)}
                onChange={(event) => toggle(item.notification_id, event.target.checked)}
              />
            </Td>
            <Td label="Subject">
              <RowLink href={`/notifications/${item.notification_id}`}>{item.notification.subject}</RowLink>
            </Td>
            <Td label="Recipient">{item.notification.recipient_email ?? "—"}</Td>
            <Td label="Error">
              <span className="dlq-table__error">
                <Badge tone="danger">{item.error_type.replaceAll("_", " ")}</Badge>
                <span className="truncate text-sm text-muted" title={item.error_message}>
                  {item.error_message}
                </span>
              </span>
            </Td>
            <Td label="Retries" numeric>
              {item.retry_count}
            </Td>
            <Td label="Dead since" nowrap title={formatDateTime(item.created_at)}>
              {formatRelative(item.created_at)}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
