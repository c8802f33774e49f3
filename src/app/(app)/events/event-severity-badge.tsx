import { Badge } from "@/components/ui/badge";
import { eventSeverityMeta, isEventSeverity } from "./event-severity-meta";

/** info, warning or critical; a severity added server-side later shows as a neutral badge. */
export function EventSeverityBadge({ severity }: { severity: string }) {
  const meta = isEventSeverity(severity) ? eventSeverityMeta[severity] : { label: severity, tone: "neutral" as const };
  return (
    <Badge tone={meta.tone} dot>
      {meta.label}
    </Badge>
  );
}
