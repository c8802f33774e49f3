import type { TAuditActorType } from "@/server/audit/audit-log-schema";
import type { TTone } from "@/components/ui/tone";

export const ACTOR_TYPE_LOOK: Record<TAuditActorType, { label: string; tone: TTone }> = {
  user: { label: "User", tone: "info" },
  api_key: { label: "API key", tone: "warning" },
  service: { label: "Service", tone: "neutral" },
};

/** "escalation_policy" → "escalation policy": target types and actions are API names, shown as words. */
export function humanize(name: string): string {
  return name.replaceAll("_", " ");
}
