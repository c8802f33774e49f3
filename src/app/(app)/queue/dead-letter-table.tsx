"use client";

import { formatDateTime, formatRelative } from "@/components/format/format-date";
import { Badge } from "@/components/ui/badge";
import { Checkbox } from "@/components/ui/checkbox";
import { RowLink, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";

export type TDeadLetterRow = {
  id: number;
  notificationId: number;
  errorType: string;
  errorMessage: string;
  retryCount: number;
  createdAt: Date;
  notification: { subject: string; recipientEmail: string | null; channel: string };
};

export type TDeadLetterTableProps = {
  items: readonly TDeadLetterRow[];
  /** Notification ids. */
  selected: ReadonlySet<number>;
  onSelectedChange: (selected: ReadonlySet<number>) => void;
};

export function DeadLetterTable({ items, selected, onSelectedChange }: TDeadLetterTableProps) {
  const selectedCount = items.filter((item) => selected.has(item.notificationId)).length;
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
              onChange={(event) => onSelectedChange(new Set(event.target.checked ? items.map((item) => item.notificationId) : []))}
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
          <Tr key={item.id} data-selected={selected.has(item.notificationId) || undefined}>
            <Td className="dlq-table__select">
              <Checkbox
                label={<span className="visually-hidden">Select “{item.notification.subject}”</span>}
                checked={selected.has(item.notificationId)}
                onChange={(event) => toggle(item.notificationId, event.target.checked)}
              />
            </Td>
            <Td label="Subject">
              <RowLink href={`/notifications/${item.notificationId}`}>{item.notification.subject}</RowLink>
            </Td>
            <Td label="Recipient">{item.notification.recipientEmail ?? "—"}</Td>
            <Td label="Error">
              <span className="dlq-table__error">
                <Badge tone="danger">{item.errorType.replaceAll("_", " ")}</Badge>
                <span className="truncate text-sm text-muted" title={item.errorMessage}>
                  {item.errorMessage}
                </span>
              </span>
            </Td>
            <Td label="Retries" numeric>
              {item.retryCount}
            </Td>
            <Td label="Dead since" nowrap title={formatDateTime(item.createdAt)}>
              {formatRelative(item.createdAt)}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
