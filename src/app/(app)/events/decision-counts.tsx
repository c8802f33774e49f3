import { Badge } from "@/components/ui/badge";
import { DECISION_OUTCOMES, decisionOutcomeMeta, type TDecisionOutcome } from "./decision-outcome-meta";

/** "3 notified · 1 deferred · 2 suppressed" as small badges; outcomes with none are left out. */
export function DecisionCounts({ counts }: { counts: Record<TDecisionOutcome, number> }) {
  const present = DECISION_OUTCOMES.filter((outcome) => counts[outcome] > 0);
  if (present.length === 0) {
    return (
      <span className="text-muted">
        —<span className="visually-hidden">No decisions</span>
      </span>
    );
  }
  return (
    <span className="cluster">
      {present.map((outcome) => (
        <Badge key={outcome} tone={decisionOutcomeMeta[outcome].tone}>
          {counts[outcome]} {outcome}
        </Badge>
      ))}
    </span>
  );
}
