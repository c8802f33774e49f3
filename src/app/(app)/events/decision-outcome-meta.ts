import type { TTone } from "@/components/ui/tone";
import type { TDecisionResource } from "@/server/events/event-resource";

export type TDecisionOutcome = TDecisionResource["outcome"];

export const DECISION_OUTCOMES: readonly TDecisionOutcome[] = ["notified", "deferred", "folded", "suppressed"];

export const decisionOutcomeMeta: Record<TDecisionOutcome, { label: string; tone: TTone }> = {
  notified: { label: "Notified", tone: "success" },
  deferred: { label: "Deferred", tone: "info" },
  folded: { label: "Folded", tone: "warning" },
  suppressed: { label: "Suppressed", tone: "neutral" },
};
