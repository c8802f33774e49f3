"use client";

import { formatDateTime } from "@/components/format/format-date";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { TDestinationHealth } from "@/server/destinations/destination-health";
import styles from "./channels.module.css";

export type TDestinationStateProps = {
  enabled: boolean;
  health: TDestinationHealth | null;
  /** Who the button is for, in its accessible name ("Re-enable ops-alerts"). */
  name: string;
  onReenable: (destinationKey: string) => void;
  reenabling: boolean;
};

/** Switched on or off by its owner, disabled by the breaker (with the reason and a one-click re-enable), or failing. */
export function DestinationState({ enabled, health, name, onReenable, reenabling }: TDestinationStateProps) {
  if (health?.disabled) {
    return (
      <div>
        <Badge tone="danger" dot>
          Disabled by breaker
        </Badge>
        <p className={`${styles.reason} text-sm`}>
          {health.disabled_reason ?? "Failed repeatedly"}
          <span className="text-muted"> · {formatDateTime(health.disabled_at)}</span>
        </p>
        <Button size="sm" variant="secondary" aria-label={`Re-enable ${name}`} loading={reenabling} onClick={() => onReenable(health.destination_key)}>
          Re-enable
        </Button>
      </div>
    );
  }
  if (!enabled) return <Badge tone="neutral">Switched off</Badge>;
  if (health && health.consecutive_failures > 0) {
    return (
      <Badge tone="warning" dot title="Recent sends failed; the breaker disables a destination that keeps failing">
        Failing ({health.consecutive_failures})
      </Badge>
    );
  }
  return (
    <Badge tone="success" dot>
      Enabled
    </Badge>
  );
}
