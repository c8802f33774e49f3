import { EVENT_SEVERITIES, severityRank, type TEventSeverity } from "@/server/events/event-severity";
import type { TRoutableEvent } from "@/server/events/routable-event";
import { parseFieldPath, valueAt, type TRuleFieldKind } from "./rule-fields";
import { compileRuleGlob, compileRuleRegex, type TRuleCondition, type TRuleEntry, type TRuleGroup, type TRuleMatch, type TRuleOp, type TRuleValue } from "./rule-match-schema";

export type TEventPredicate = (event: TRoutableEvent) => boolean;

export type TConditionExplanation = { type: "condition"; field: string; op: TRuleOp; value?: TRuleValue; matched: boolean; actual: string | null };
export type TGroupExplanation = { type: "group"; mode: "all" | "any"; matched: boolean; entries: TEntryExplanation[] };
export type TEntryExplanation = TConditionExplanation | TGroupExplanation;
/** Mirrors the match: every group and condition with whether it matched, and what each condition saw. */
export type TMatchExplanation = TGroupExplanation;

type TCompiledCondition = { type: "condition"; condition: TRuleCondition; read: (event: TRoutableEvent) => unknown; test: (actual: unknown) => boolean };
type TCompiledGroup = { type: "group"; mode: "all" | "any"; entries: TCompiledNode[] };
type TCompiledNode = TCompiledCondition | TCompiledGroup;

const ACTUAL_MAX = 100;

function invalid(condition: TRuleCondition, reason: string): Error {
  return new Error(`routing rule condition ${condition.field} ${condition.op} is invalid (${reason}); parse rules with ZRuleMatch before compiling them`);
}

/** Numbers and booleans in `data` are matched as text by contains/glob/regex (`regex ^5` finds status 503). */
function textOf(actual: unknown): string | null {
  if (typeof actual === "string") return actual;
  return typeof actual === "number" || typeof actual === "boolean" ? String(actual) : null;
}

function isSeverity(value: unknown): value is TEventSeverity {
  return typeof value === "string" && (EVENT_SEVERITIES as readonly string[]).includes(value);
}

/** Severities compare by rank, everything else only as numbers; anything else is no match. */
function ordered(kind: TRuleFieldKind, actual: unknown, expected: TRuleValue | undefined, compare: (a: number, b: number) => boolean): boolean {
  if (kind === "severity") return isSeverity(actual) && isSeverity(expected) && compare(severityRank(actual), severityRank(expected));
  return typeof actual === "number" && typeof expected === "number" && compare(actual, expected);
}

function textTest(condition: TRuleCondition): (text: string) => boolean {
  const { op, value } = condition;
  if (typeof value !== "string") throw invalid(condition, "the value must be a string");
  if (op === "contains") {
    // Case-insensitive on purpose: operators type "disk full", events say "Disk Full".
    const needle = value.toLowerCase();
    return (text) => text.toLowerCase().includes(needle);
  }
  const compiled = op === "glob" ? compileRuleGlob(value) : compileRuleRegex(value);
  if (!compiled.ok) throw invalid(condition, compiled.message);
  return compiled.test;
}

/** The test for a present (not null, not undefined) value; patterns are compiled here, once. */
function presentTest(kind: TRuleFieldKind, condition: TRuleCondition): (actual: unknown) => boolean {
  const { op, value } = condition;
  switch (op) {
    case "equals":
      return (actual) => actual === value;
    case "not_equals":
      return (actual) => actual !== value;
    case "in": {
      if (!Array.isArray(value)) throw invalid(condition, "the value must be a list");
      const values = new Set<unknown>(value);
      return (actual) => values.has(actual);
    }
    case "contains":
    case "glob":
    case "regex": {
      const test = textTest(condition);
      return (actual) => {
        const text = textOf(actual);
        return text !== null && test(text);
      };
    }
    case "gt":
      return (actual) => ordered(kind, actual, value, (a, b) => a > b);
    case "gte":
      return (actual) => ordered(kind, actual, value, (a, b) => a >= b);
    case "lt":
      return (actual) => ordered(kind, actual, value, (a, b) => a < b);
    case "lte":
      return (actual) => ordered(kind, actual, value, (a, b) => a <= b);
    case "exists":
      return () => true;
  }
}

function compileCondition(condition: TRuleCondition): TCompiledCondition {
  const parsed = parseFieldPath(condition.field);
  if (!parsed) throw invalid(condition, "unknown field");
  const { path, kind } = parsed;
  const read = (event: TRoutableEvent) => valueAt(event, path);
  if (condition.op === "exists") {
    const wanted = condition.value !== false;
    return { type: "condition", condition, read, test: (actual) => (actual !== undefined && actual !== null && actual !== "") === wanted };
  }
  const present = presentTest(kind, condition);
  // An absent field equals nothing, so only not_equals holds for it.
  const whenMissing = condition.op === "not_equals";
  return { type: "condition", condition, read, test: (actual) => (actual === undefined || actual === null ? whenMissing : present(actual)) };
}

function compileGroup(group: TRuleGroup): TCompiledGroup {
  if ("all" in group) return { type: "group", mode: "all", entries: group.all.map(compileEntry) };
  return { type: "group", mode: "any", entries: group.any.map(compileEntry) };
}

function compileEntry(entry: TRuleEntry): TCompiledNode {
  return "all" in entry || "any" in entry ? compileGroup(entry) : compileCondition(entry);
}

function toPredicate(node: TCompiledNode): TEventPredicate {
  if (node.type === "condition") {
    const { read, test } = node;
    return (event) => test(read(event));
  }
  const predicates = node.entries.map(toPredicate);
  if (node.mode === "all") return (event) => predicates.every((predicate) => predicate(event));
  return (event) => predicates.some((predicate) => predicate(event));
}

/**
 * Compiles a validated match into a predicate. Regexes and globs are compiled here, once;
 * keep the result per rule version, since routing calls it for every event. Throws if the
 * match did not come through ZRuleMatch (unknown field, pattern that does not compile).
 */
export function compileMatch(match: TRuleMatch): TEventPredicate {
  return toPredicate(compileGroup(match));
}

function describeActual(actual: unknown): string | null {
  if (actual === undefined || actual === null) return null;
  let text: string;
  try {
    text = typeof actual === "string" ? actual : (JSON.stringify(actual) ?? String(actual));
  } catch {
    text = String(actual);
  }
  return text.length > ACTUAL_MAX ? `${text.slice(0, ACTUAL_MAX - 1)}…` : text;
}

function explainEntry(node: TCompiledNode, event: TRoutableEvent): TEntryExplanation {
  if (node.type === "group") return explainGroup(node, event);
  const actual = node.read(event);
  return { type: "condition", ...node.condition, matched: node.test(actual), actual: describeActual(actual) };
}

function explainGroup(node: TCompiledGroup, event: TRoutableEvent): TGroupExplanation {
  // Every entry is evaluated, not just up to the deciding one, so the UI can show each of them.
  const entries = node.entries.map((entry) => explainEntry(entry, event));
  const matched = node.mode === "all" ? entries.every((entry) => entry.matched) : entries.some((entry) => entry.matched);
  return { type: "group", mode: node.mode, matched, entries };
}

/** For "Test rule": why a match did or did not match `event`, node by node. */
export function explainMatch(match: TRuleMatch, event: TRoutableEvent): TMatchExplanation {
  return explainGroup(compileGroup(match), event);
}
