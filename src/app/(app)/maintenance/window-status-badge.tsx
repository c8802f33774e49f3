import { Badge } from "@/components/ui/badge";
import type { TMaintenanceWindowView } from "@/server/maintenance/maintenance-window-schema";

/** "Active now" is the state people look for: it pulses. */
export function WindowStatusBadge({ window }: { window: TMaintenanceWindowView }) {
  if (window.active_now) {
    return (
      <Badge tone="warning" dot pulse>
        Active now
      </Badge>
    );
  }
  if (window.status === "upcoming") return <Badge tone="info">Upcoming</Badge>;
  return <Badge tone="neutral">{window.ended_until ? "Ended early" : "Past"}</Badge>;
}
