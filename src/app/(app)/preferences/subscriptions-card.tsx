"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardFooter, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Th, THead, Tr } from "@/components/ui/table";
import type { TPreferenceChannel } from "@/server/preferences/subscription";
import type { TPreferencesErrors } from "./preferences-errors";
import styles from "./preferences.module.css";
import { PATTERN_LIST_ID, rowControlId, SubscriptionRow } from "./subscription-row";
import { errorKeyOf, moveRow, newRowKey, shadowingOf, SUBSCRIPTION_FIELDS, type TSubscriptionField, type TSubscriptionRow } from "./subscription-rows";

const MAX_ROWS = 50;
const PATTERN_EXAMPLES = ["job.failed", "job.timeout", "job.*", "alert.*", "system.*", "*"];
const ADD_ID = "preferences-add-subscription";

export type TSubscriptionsCardProps = {
  rows: TSubscriptionRow[];
  errors: TPreferencesErrors;
  reachable: ReadonlySet<TPreferenceChannel>;
  /** `cleared`: the error keys the change makes stale. */
  onChange: (rows: TSubscriptionRow[], cleared: string[]) => void;
};

/** Ordered rules "events like this, this loud, go there": the first matching row decides. */
export function SubscriptionsCard({ rows, errors, reachable, onChange }: TSubscriptionsCardProps) {
  const [announcement, setAnnouncement] = useState("");
  // Moving, adding or removing a row re-renders the table; focus follows the row the user acted on.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  function update(index: number, patch: Partial<TSubscriptionRow>, field: TSubscriptionField) {
    const row = rows[index];
    if (!row) return;
    onChange(
      rows.map((other, at) => (at === index ? { ...other, ...patch } : other)),
      [errorKeyOf(row, field)],
    );
  }

  function move(index: number, direction: -1 | 1) {
    const row = rows[index];
    const next = moveRow(rows, index, direction);
    if (!row || next === rows) return;
    const target = index + direction;
    // At either end the pressed button is disabled, so focus moves to its twin.
    const atEnd = target === 0 || target === rows.length - 1;
    focusNext.current = rowControlId(row, atEnd ? (direction === -1 ? "down" : "up") : direction === -1 ? "up" : "down");
    setAnnouncement(`Moved ${row.pattern.trim() || "the subscription"} to position ${target + 1} of ${rows.length}.`);
    onChange(next, []);
  }

  function remove(index: number) {
    const row = rows[index];
    if (!row) return;
    const neighbour = rows[index + 1] ?? rows[index - 1];
    focusNext.current = neighbour ? rowControlId(neighbour, "remove") : ADD_ID;
    setAnnouncement(`Removed ${row.pattern.trim() || "the subscription"}.`);
    onChange(
      rows.filter((_, at) => at !== index),
      [`subscriptions.${row.key}.`, "subscriptions"],
    );
  }

  function add() {
    const row: TSubscriptionRow = { key: newRowKey(), pattern: "", min_severity: "info", channels: ["email"], delivery: "now", digest_at: "" };
    focusNext.current = rowControlId(row, "pattern");
    setAnnouncement(`Added subscription ${rows.length + 1}.`);
    onChange([...rows, row], ["subscriptions"]);
  }

  return (
    <Card>
      <CardHeader
        title="Subscriptions"
        description="Which events reach you where. The first matching row decides; events matching no row go to every channel you turned on."
      />
      <CardBody flush>
        {rows.length === 0 ? (
          <EmptyState title="No subscriptions" description="Every event addressed to you goes to every channel you turned on. Add a row to route some events differently." />
        ) : (
          <Table caption="Subscriptions, in the order they are checked" stack>
            <THead>
              <Tr>
                <Th>
                  <span className="visually-hidden">Order</span>
                </Th>
                <Th>Event type pattern</Th>
                <Th>Minimum severity</Th>
                <Th>Channels</Th>
                <Th>Delivery</Th>
                <Th>
                  <span className="visually-hidden">Actions</span>
                </Th>
              </Tr>
            </THead>
            <TBody>
              {rows.map((row, index) => (
                <SubscriptionRow
                  key={row.key}
                  row={row}
                  index={index}
                  count={rows.length}
                  errors={Object.fromEntries(SUBSCRIPTION_FIELDS.map((field) => [field, errors[errorKeyOf(row, field)]]))}
                  reachable={reachable}
                  shadowing={shadowingOf(rows, index)}
                  onChange={(patch, field) => update(index, patch, field)}
                  onMove={(direction) => move(index, direction)}
                  onRemove={() => remove(index)}
                />
              ))}
            </TBody>
          </Table>
        )}
        <datalist id={PATTERN_LIST_ID}>
          {PATTERN_EXAMPLES.map((pattern) => (
            <option key={pattern} value={pattern} />
          ))}
        </datalist>
      </CardBody>
      <CardFooter className={styles.footer}>
        <p className="text-sm text-muted">
          Patterns: <code className="mono">job.failed</code> one type, <code className="mono">job.*</code> every job event, <code className="mono">alert.*</code> every alert,{" "}
          <code className="mono">*</code> everything. Lowercase letters, digits and <code className="mono">. _ - * ? {"{ }"} ,</code>
        </p>
        {errors.subscriptions && <p className="field__error">{errors.subscriptions}</p>}
        <Button id={ADD_ID} onClick={add} disabled={rows.length >= MAX_ROWS} title={rows.length >= MAX_ROWS ? `At most ${MAX_ROWS} subscriptions` : undefined}>
          Add subscription
        </Button>
      </CardFooter>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </Card>
  );
}
