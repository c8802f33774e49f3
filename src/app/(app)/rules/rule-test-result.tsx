import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { DescriptionList } from "@/components/ui/description-list";
import type { TRuleTestResult } from "@/server/rules/test-rule";
import { DecisionList } from "./decision-list";
import { MatchExplanation } from "./match-explanation";
import { SeverityBadge } from "./severity-badge";

/** The answer of "Run test": did the rule match and why, the final severity, the other rules, and the decisions. */
export function RuleTestResult({ result }: { result: TRuleTestResult }) {
  const tested = result.tested_rule;
  const others = result.matched_rules.filter((rule) => !(rule.id === tested.id && rule.name === tested.name));
  return (
    <div className="stack">
      <Alert tone={tested.matched ? "success" : "neutral"} title={tested.matched ? `“${tested.name}” matches this event` : `“${tested.name}” does not match this event`}>
        <p className="text-sm">Nothing is sent by a test.</p>
      </Alert>
      <section className="stack stack--sm" aria-label="Why">
        <h3 className="section-title">Why</h3>
        <MatchExplanation explanation={tested.explanation} />
      </section>
      <DescriptionList
        items={[
          { label: "Final severity", value: <SeverityBadge severity={result.severity} /> },
          {
            label: "Other rules that matched",
            value: others.length ? (
              <span className="cluster">
                {others.map((rule, index) =>
                  rule.id === null ? <span key={`new-${index}`}>{rule.name}</span> : <Link key={rule.id} href={`/rules/${rule.id}`}>{rule.name}</Link>,
                )}
              </span>
            ) : (
              "None"
            ),
          },
        ]}
      />
      <section className="stack stack--sm" aria-label="Decisions">
        <h3 className="section-title">Decisions</h3>
        <DecisionList decisions={result.decisions} />
      </section>
    </div>
  );
}
