"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { SelectField } from "@/components/ui/select-field";
import type { TRuleInput } from "@/server/rules/rule-schema";
import { SAMPLE_EVENTS } from "@/server/rules/sample-events";
import type { TRuleTestResult } from "@/server/rules/test-rule";
import { useTRPC } from "@/trpc/react";
import { EventFieldsList } from "./event-fields-list";
import { RuleTestResult } from "./rule-test-result";
import styles from "./rules.module.css";
import { choiceValue, parseChoice, sampleSummary, storedEventLabel, storedSummary, type TTestEventChoice } from "./test-events";

type TFieldErrors = Record<string, string[]>;

export type TRuleTestPanelProps = {
  /** The saved rule being edited: the test puts the edits in its place among the others. */
  ruleId: number | null;
  /** The form as a rule input, or null after marking its problems. */
  getRule: () => TRuleInput | null;
  /** Changes whenever the form does, so an old result can say it is out of date. */
  ruleSignature: string;
  /** Field errors of the rule the server found (paths under "rule."). */
  onRuleErrors: (fieldErrors: TFieldErrors) => void;
};

const fieldErrorsOf = (error: unknown) => (error as { data?: { fieldErrors?: TFieldErrors | null } | null }).data?.fieldErrors ?? null;

/** "Test against a sample event": the current form, a sample or a recent real event, and what routing would decide. Sends nothing. */
export function RuleTestPanel({ ruleId, getRule, ruleSignature, onRuleErrors }: TRuleTestPanelProps) {
  const trpc = useTRPC();
  const events = useQuery(trpc.events.list.queryOptions({ limit: 10 }));
  const test = useMutation(trpc.rules.test.mutationOptions());
  const [choice, setChoice] = useState<TTestEventChoice>({ kind: "sample", index: 0 });
  const [problem, setProblem] = useState<string | null>(null);
  const [last, setLast] = useState<{ result: TRuleTestResult; signature: string; event: string } | null>(null);

  const stored = choice.kind === "stored" ? events.data?.data.find((event) => event.id === choice.id) : undefined;
  const sample = choice.kind === "sample" ? SAMPLE_EVENTS[choice.index] : undefined;
  const summary = sample ? sampleSummary(sample.event) : stored ? storedSummary(stored) : null;
  const stale = last !== null && (last.signature !== ruleSignature || last.event !== choiceValue(choice));

  function run() {
    setProblem(null);
    const rule = getRule();
    if (!rule) return setProblem("Fix the rule's problems marked above, then run the test again.");
    const event = sample ? { event: sample.event } : choice.kind === "stored" ? { event_id: choice.id } : null;
    if (!event) return setProblem("Choose an event to test against.");
    const signature = ruleSignature;
    const picked = choiceValue(choice);
    test.mutate(
      { ...event, rule, rule_id: ruleId ?? undefined },
      {
        onSuccess: (result) => setLast({ result, signature, event: picked }),
        onError: (error) => {
          const fieldErrors = fieldErrorsOf(error);
          if (fieldErrors && Object.keys(fieldErrors).some((path) => path.startsWith("rule."))) {
            onRuleErrors(fieldErrors);
            setProblem("The server found problems in the rule: they are marked above.");
          } else setProblem(trpcErrorMessage(error));
        },
      },
    );
  }

  const recent = events.data?.data ?? [];
  const eventsHint = events.isPending
    ? "Loading the last real events…"
    : events.isError
      ? `Could not load the last real events: ${trpcErrorMessage(events.error)}`
      : recent.length === 0
        ? "No real events received yet: pick a sample."
        : "Samples, or one of the last 10 events received.";

  return (
    <Card aria-labelledby="rule-test-title">
      <CardHeader title={<span id="rule-test-title">Test against a sample event</span>} description="Runs the rule as it is in the form now, in its place among the other enabled rules. Nothing is sent by a test." />
      <CardBody>
        <div className="stack">
          <div className={styles.testControls}>
            <SelectField
              label="Event"
              className={styles.eventField}
              value={choiceValue(choice)}
              hint={eventsHint}
              onChange={(event) => {
                const next = parseChoice(event.target.value);
                if (next) setChoice(next);
              }}
            >
              <optgroup label="Sample events">
                {SAMPLE_EVENTS.map((item, index) => (
                  <option key={item.label} value={choiceValue({ kind: "sample", index })}>
                    {item.label}
                  </option>
                ))}
              </optgroup>
              {recent.length > 0 && (
                <optgroup label="Last real events">
                  {recent.map((item) => (
                    <option key={item.id} value={choiceValue({ kind: "stored", id: item.id })}>
                      {storedEventLabel(item)}
                    </option>
                  ))}
                </optgroup>
              )}
            </SelectField>
            <div className={styles.testButtons}>
              <Button onClick={run} loading={test.isPending}>
                Run test
              </Button>
              {events.isError && (
                <Button variant="ghost" onClick={() => events.refetch()} loading={events.isFetching}>
                  Retry loading events
                </Button>
              )}
            </div>
          </div>
          {summary && (
            <section aria-label="The event tested">
              <EventFieldsList event={summary} />
            </section>
          )}
          {problem && <Alert tone="danger">{problem}</Alert>}
          <p className="visually-hidden" aria-live="polite">
            {test.isPending ? "Running the test…" : last ? `Test finished: the rule ${last.result.tested_rule.matched ? "matches" : "does not match"}; ${last.result.decisions.length} decisions.` : ""}
          </p>
          {last && (
            <div className="stack" aria-busy={test.isPending || undefined}>
              {stale && <p className="text-sm text-muted">The rule or the event changed since this test ran: run it again to see the effect.</p>}
              <RuleTestResult result={last.result} />
            </div>
          )}
        </div>
      </CardBody>
    </Card>
  );
}
