import { Badge } from "@/components/ui/badge";
import type { TConditionExplanation, TGroupExplanation } from "@/server/rules/compile-match";
import { conditionText } from "./rule-summary";
import styles from "./rules.module.css";

function Verdict({ matched }: { matched: boolean }) {
  return (
    <Badge tone={matched ? "success" : "danger"}>
      <span aria-hidden="true">{matched ? "✓" : "✗"}</span>
      <span className="visually-hidden">{matched ? "Matched" : "Did not match"}</span>
    </Badge>
  );
}

function ConditionLine({ condition }: { condition: TConditionExplanation }) {
  return (
    <div className={styles.explainLine}>
      <Verdict matched={condition.matched} />
      <span className="mono">{conditionText(condition)}</span>
      <span className="text-sm text-muted">
        saw {condition.actual === null ? "nothing (the event has no such field)" : <span className="mono">{condition.actual}</span>}
      </span>
    </div>
  );
}

function GroupBlock({ group, top }: { group: TGroupExplanation; top: boolean }) {
  const mode = group.mode === "all" ? "All of" : "Any of";
  return (
    <div className="stack stack--sm">
      <div className={styles.explainLine}>
        <Verdict matched={group.matched} />
        <span>
          {top ? "The match" : "Group"}: {mode.toLowerCase()} these
        </span>
      </div>
      {group.entries.length === 0 ? (
        <p className="text-sm text-muted">{group.mode === "all" ? "No conditions: every event matches." : "No conditions: no event matches."}</p>
      ) : (
        <ul className={styles.tree}>
          {group.entries.map((entry, index) => (
            <li key={index}>{entry.type === "group" ? <GroupBlock group={entry} top={false} /> : <ConditionLine condition={entry} />}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Why the rule did or did not match: every group and condition with ✓ or ✗, and what each condition saw. */
export function MatchExplanation({ explanation }: { explanation: TGroupExplanation }) {
  return <GroupBlock group={explanation} top />;
}
