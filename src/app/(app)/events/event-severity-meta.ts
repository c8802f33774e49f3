import type { TTone } from "@/components/ui/tone";
import { EVENT_SEVERITIES, type TEventSeverity } from "@/server/events/event-severity";

type TSeverityMeta = { label: string; tone: TTone };

export const eventSeverityMeta: Record<TEventSeverity, TSeverityMeta> = {
  info: { label: "Info", tone: "info" },
  warning: { label: "Warning", tone: "warning" },
  critical: { label: "Critical", tone: "danger" },
};

export const EVENT_SEVERITY_OPTIONS = EVENT_SEVERITIES.map((value) => ({ value, label: eventSeverityMeta[value].label }));

export function isEventSeverity(value: string): value is TEventSeverity {
  return (EVENT_SEVERITIES as readonly string[]).includes(value);
}
