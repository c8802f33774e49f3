import { Badge } from "@/components/ui/badge";
import { isSeverity, SEVERITY_META } from "./rule-words";

/** info, warning or critical; anything newer shows as a neutral badge. */
export function SeverityBadge({ severity }: { severity: string }) {
  const meta = isSeverity(severity) ? SEVERITY_META[severity] : { label: severity, tone: "neutral" as const };
  return (
    <Badge tone={meta.tone} dot>
      {meta.label}
    </Badge>
  );
}
