"use client";

import Link from "next/link";
import { Button, ButtonLink } from "@/components/ui/button";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { TMaintenanceWindowView } from "@/server/maintenance/maintenance-window-schema";
import styles from "./maintenance.module.css";
import { WindowStatusBadge } from "./window-status-badge";
import { criticalText, occurrenceText, scheduleText, scopeText } from "./window-words";

export type TMaintenanceTableProps = {
  windows: TMaintenanceWindowView[];
  canWrite: boolean;
  onEnd: (window: TMaintenanceWindowView) => void;
  onDelete: (window: TMaintenanceWindowView) => void;
};

/** Active windows first; each with its schedule and occurrence in its own zone, what it covers and what happens to critical events. */
export function MaintenanceTable({ windows, canWrite, onEnd, onDelete }: TMaintenanceTableProps) {
  return (
    <Table caption="Maintenance windows, active first" stack>
      <THead>
        <Tr>
          <Th>Window</Th>
          <Th>Status</Th>
          <Th>Schedule</Th>
          <Th>Covers</Th>
          <Th>Critical events</Th>
          {canWrite && (
            <Th>
              <span className="visually-hidden">Actions</span>
            </Th>
          )}
        </Tr>
      </THead>
      <TBody>
        {windows.map((window) => (
          <Tr key={window.id}>
            <Td label="Window">
              <Link href={`/maintenance/${window.id}`} className={styles.name}>
                {window.name}
              </Link>
              {window.description && <p className={`${styles.description} text-sm text-muted`}>{window.description}</p>}
            </Td>
            <Td label="Status">
              <div className={styles.status}>
                <WindowStatusBadge window={window} />
                <span className="text-sm text-muted">{occurrenceText(window)}</span>
              </div>
            </Td>
            <Td label="Schedule" className={styles.summary}>
              {scheduleText(window)}
            </Td>
            <Td label="Covers" className={styles.summary}>
              {scopeText(window)}
            </Td>
            <Td label="Critical events" className={styles.summary}>
              {criticalText(window)}
            </Td>
            {canWrite && (
              <Td>
                <div className={styles.rowActions}>
                  {window.active_now && (
                    <Button size="sm" aria-label={`End ${window.name} now`} onClick={() => onEnd(window)}>
                      End now
                    </Button>
                  )}
                  <ButtonLink href={`/maintenance/${window.id}/edit`} size="sm" variant="secondary" aria-label={`Edit ${window.name}`}>
                    Edit
                  </ButtonLink>
                  <Button size="sm" variant="ghost" aria-label={`Delete ${window.name}`} onClick={() => onDelete(window)}>
                    Delete
                  </Button>
                </div>
              </Td>
            )}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
