import { formatDateTime } from "@/components/format/format-date";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { TMaintenanceWindowDetail } from "@/server/maintenance/maintenance-window-schema";
import { CHANGE_ACTION_LABELS } from "./window-words";

/** Who created, changed, ended or deleted the window, newest first. */
export function ChangeHistory({ changes }: { changes: TMaintenanceWindowDetail["changes"] }) {
  return (
    <Table caption="Change history, newest first" stack>
      <THead>
        <Tr>
          <Th>When</Th>
          <Th>Who</Th>
          <Th>What</Th>
          <Th>Detail</Th>
        </Tr>
      </THead>
      <TBody>
        {changes.map((change) => (
          <Tr key={change.id}>
            <Td label="When" mono nowrap>
              {formatDateTime(change.at)}
            </Td>
            <Td label="Who">{change.actor}</Td>
            <Td label="What">{CHANGE_ACTION_LABELS[change.action]}</Td>
            <Td label="Detail">{change.detail}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
