import { Badge } from "@/components/ui/badge";
import type { TTone } from "@/components/ui/tone";

type TEventStatusMeta = { label: string; tone: TTone; description: string; active?: boolean };

const EVENT_STATUS: Record<string, TEventStatusMeta | undefined> = {
  received: { label: "Received", tone: "info", description: "Stored; routing runs within a second or two", active: true },
  routed: { label: "Routed", tone: "success", description: "Routing decided who is told" },
  failed: { label: "Routing failed", tone: "danger", description: "Routing itself failed; nobody was notified" },
};

export function EventStatusBadge({ status }: { status: string }) {
  const meta = EVENT_STATUS[status] ?? { label: status, tone: "neutral", description: status };
  return (
    <Badge tone={meta.tone} dot pulse={meta.active} title={meta.description}>
      {meta.label}
    </Badge>
  );
}
