import { Badge } from "@/components/ui/badge";
import { INCIDENT_STATUS_META, isIncidentStatus } from "./incident-words";

/** Triggered, acknowledged or resolved, with its meaning on hover; a status added server-side later shows as a neutral badge. */
export function IncidentStatusBadge({ status }: { status: string }) {
  const meta = isIncidentStatus(status) ? INCIDENT_STATUS_META[status] : { label: status, tone: "neutral" as const, description: status, active: false };
  return (
    <Badge tone={meta.tone} dot pulse={meta.active} title={meta.description}>
      {meta.label}
    </Badge>
  );
}
