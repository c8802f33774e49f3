"use client";

import { useId } from "react";
import { Button } from "@/components/ui/button";
import type { TIncidentView } from "@/server/incidents/incident-view";
import styles from "./incidents.module.css";
import type { TIncidentActions } from "./use-incident-actions";

export type TIncidentActionsProps = {
  incident: TIncidentView;
  /** Undefined while the signed-in user's role loads. */
  canAct: boolean | undefined;
  actions: TIncidentActions;
};

/** Acknowledge (while triggered) and Resolve (while open); viewers see them switched off, with why. */
export function IncidentActions({ incident, canAct, actions }: TIncidentActionsProps) {
  const noteId = useId();
  if (incident.status === "resolved" || canAct === undefined) return null;
  const triggered = incident.status === "triggered";
  const describedBy = canAct ? undefined : noteId;
  return (
    <div className="stack stack--sm">
      <div className={styles.headerActions}>
        {triggered && (
          <Button variant="primary" disabled={!canAct} aria-describedby={describedBy} loading={actions.busy} onClick={() => actions.askAcknowledge(incident)}>
            Acknowledge
          </Button>
        )}
        <Button variant={triggered ? "secondary" : "primary"} disabled={!canAct} aria-describedby={describedBy} loading={actions.busy} onClick={() => actions.askResolve(incident)}>
          Resolve
        </Button>
      </div>
      {!canAct && (
        <p id={noteId} className={`${styles.actionsNote} text-sm text-muted`}>
          Only operators and admins can acknowledge or resolve incidents. You can still acknowledge with the link in a message the incident sent you.
        </p>
      )}
    </div>
  );
}
