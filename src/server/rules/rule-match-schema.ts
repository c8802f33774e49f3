import picomatch from "picomatch/posix";
import { RE2JS, RE2JSSyntaxException } from "re2js";
import { z } from "zod";
import { EVENT_SEVERITIES } from "@/server/events/event-severity";
import { OPS_BY_KIND, opSuitsKind, parseFieldPath, RULE_FIELDS, RULE_OPS, type TRuleFieldKind, type TRuleOp } from "./rule-fields";

export { RULE_OPS, type TRuleOp } from "./rule-fields";

export const RULE_MATCH_LIMITS = { depth: 5, entries: 50, inValues: 100, glob: 200, regex: 500 } as const;

export type TRuleScalar = string | number | boolean;
export type TRuleValue = TRuleScalar | TRuleScalar[];
export type TRuleCondition = { field: string; op: TRuleOp; value?: TRuleValue };
export type TRuleGroup = { all: TRuleEntry[] } | { any: TRuleEntry[] };
export type TRuleEntry = TRuleCondition | TRuleGroup;
/** The top of a rule's match is always a group; `{"all": []}` matches every event. */
export type TRuleMatch = TRuleGroup;

/** What a caller may send: one object shape for conditions and groups, told apart by its keys. */
export type TRuleEntryInput = { all?: TRuleEntryInput[]; any?: TRuleEntryInput[]; field?: string; op?: TRuleOp; value?: TRuleValue };
export type TRuleMatchInput = { all?: TRuleEntryInput[]; any?: TRuleEntryInput[] };

// ---------------------------------------------------------------- patterns

export type TCompiledPattern = { ok: true; test: (text: string) => boolean } | { ok: false; message: string };

/** RE2 refuses these; naming them beats RE2's "invalid escape sequence". */
function unsupportedRegexSyntax(pattern: string): string | null {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    const next = pattern[i + 1] ?? "";
    if (char === "\\") {
      if (!inClass && /[1-9]/.test(next)) return `a backreference (\\${next})`;
      if (!inClass && next === "k" && pattern[i + 2] === "<") return "a named backreference (\\k<…>)";
      i++;
    } else if (inClass) {
      inClass = char !== "]";
    } else if (char === "[") {
      inClass = true;
      if (next === "^") i++;
      if (pattern[i + 1] === "]") i++;
    } else if (char === "(" && next === "?") {
      const after = pattern.slice(i + 2, i + 4);
      if (after.startsWith("=") || after.startsWith("!")) return "a lookahead ((?=…) or (?!…))";
      if (after === "<=" || after === "<!") return "a lookbehind ((?<=…) or (?<!…))";
      if (after === "P=") return "a named backreference ((?P=…))";
    }
  }
  return null;
}

/**
 * RE2 syntax (Go/RE2, not JavaScript): linear-time matching, so no pattern can stall
 * routing. Case-sensitive and unanchored; `(?i)`, `(?s)`, `(?m)` set flags inline.
 */
export function compileRuleRegex(pattern: string): TCompiledPattern {
  try {
    const regex = RE2JS.compile(pattern);
    return { ok: true, test: (text) => regex.test(text) };
  } catch (error) {
    const unsupported = unsupportedRegexSyntax(pattern);
    if (unsupported) {
      return { ok: false, message: `uses ${unsupported}, which RE2 does not support: RE2 matches in linear time, so it has no backreferences or lookaround` };
    }
    const reason = error instanceof RE2JSSyntaxException ? `${error.getDescription()}${error.getPattern() ? ` at \`${error.getPattern()}\`` : ""}` : String(error);
    return { ok: false, message: `does not compile as an RE2 regex: ${reason}` };
  }
}

const GLOB_CHARS = picomatch.constants.globChars(false);
// picomatch writes globs for file paths: these guards keep `*` off "." and ".." path segments
// and off empty names. Rule values are not paths, so they go; then `[^/]` (any char but a
// separator) becomes any char, and what is left is plain regex that RE2 can run.
const PATH_GUARDS = [GLOB_CHARS.NO_DOTS, GLOB_CHARS.NO_DOT_SLASH, GLOB_CHARS.NO_DOTS_SLASH, GLOB_CHARS.NO_DOT, GLOB_CHARS.ONE_CHAR];
const GLOB_OPTIONS: picomatch.PicomatchOptions = { dot: true, strictSlashes: true, strictBrackets: true, nonegate: true };

/**
 * picomatch syntax (`*`, `?`, `[a-z]`, `{a,b}`, `@(a|b)`…), case-sensitive, matched against the
 * whole value. `*` spans dots and slashes alike; a leading `!` negates the whole pattern.
 * picomatch's own RegExp backtracks (`*a*a*a*a*b` on a 2,000-character title had not
 * finished after 20 seconds), so its output runs on RE2 instead.
 */
export function compileRuleGlob(glob: string): TCompiledPattern {
  let negated = false;
  let body = glob;
  while (body.startsWith("!") && body[1] !== "(") {
    negated = !negated;
    body = body.slice(1);
  }
  if (!body) return { ok: false, message: "needs a pattern after !" };
  let source: string;
  try {
    source = picomatch.makeRe(body, GLOB_OPTIONS).source;
  } catch (error) {
    return { ok: false, message: `is not a valid glob: ${error instanceof Error ? error.message : String(error)}` };
  }
  for (const guard of PATH_GUARDS) source = source.split(guard).join("");
  source = source.split(GLOB_CHARS.QMARK).join(".");
  let regex: RE2JS;
  try {
    regex = RE2JS.compile(source, RE2JS.DOTALL);
  } catch (error) {
    // Negated extglobs are the one construct picomatch can only express as a lookahead.
    if (body.includes("!(")) return { ok: false, message: "uses !(…) inside the pattern, which cannot be matched safely; a leading ! negates the whole pattern" };
    return { ok: false, message: `cannot be matched safely: ${error instanceof Error ? error.message : String(error)}` };
  }
  // Like picomatch: the glob itself always matches literally, and an empty value never matches.
  const matches = (text: string) => text !== "" && (text === body || regex.test(text));
  return { ok: true, test: negated ? (text) => text !== "" && !matches(text) : matches };
}

// ---------------------------------------------------------------- conditions

type TIssue = { path: (string | number)[]; message: string };

const FIELD_LIST = `${RULE_FIELDS.map((field) => field.name).join(", ")}, labels.<key> or data.<path>`;
const SEVERITY_LIST = EVENT_SEVERITIES.join(", ");
const quote = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 59)}…` : text);

function fieldProblem(field: string): string {
  if (field.startsWith("labels.")) return `has an invalid label key ${quote(field.slice(7))}: use 1-100 letters, digits, _ . or -`;
  if (field.startsWith("data.")) return `has an invalid data path ${quote(field.slice(5))}: use up to 10 dot-separated segments of 1-100 letters, digits, _ or -`;
  return `unknown field ${quote(field)} (use one of ${FIELD_LIST})`;
}

const KIND_WORDS: Record<TRuleFieldKind, string> = { severity: "which compares by rank", string: "a text field", number: "a number field", data: "a data field" };

/** Why `value` does not fit one value of `field`'s kind, or null if it does. */
function scalarProblem(kind: TRuleFieldKind, value: unknown): string | null {
  if (kind === "severity") return typeof value === "string" && (EVENT_SEVERITIES as readonly string[]).includes(value) ? null : `must be a severity: one of ${SEVERITY_LIST}`;
  if (kind === "number") return typeof value === "number" ? null : "must be a number";
  if (kind === "string") return typeof value === "string" ? null : "must be a string";
  return ["string", "number", "boolean"].includes(typeof value) ? null : "must be a string, number or boolean";
}

function patternProblem(op: "glob" | "regex", value: unknown): string | null {
  const max = RULE_MATCH_LIMITS[op];
  if (typeof value !== "string" || value === "") return `must be a non-empty ${op === "glob" ? "glob pattern" : "regex"} string`;
  if (value.length > max) return `must be at most ${max} characters`;
  const compiled = op === "glob" ? compileRuleGlob(value) : compileRuleRegex(value);
  return compiled.ok ? null : compiled.message;
}

function valueIssue(kind: TRuleFieldKind, condition: TRuleCondition): TIssue | null {
  const { op, value, field } = condition;
  const at = (message: string | null, path: (string | number)[] = ["value"]) => (message ? { path, message } : null);
  if (op === "exists") return at(value === undefined || typeof value === "boolean" ? null : "must be true or false (or left out, meaning true)");
  if (value === undefined) return at(`is required for ${op}`);
  switch (op) {
    case "equals":
    case "not_equals":
      return at(scalarProblem(kind, value));
    case "in": {
      if (!Array.isArray(value)) return at(`must be a list of values for ${op}`);
      if (value.length === 0) return at("must list at least one value");
      if (value.length > RULE_MATCH_LIMITS.inValues) return at(`may list at most ${RULE_MATCH_LIMITS.inValues} values`);
      for (const [index, item] of value.entries()) {
        const problem = scalarProblem(kind, item);
        if (problem) return at(problem, ["value", index]);
      }
      return null;
    }
    case "contains":
      return at(typeof value === "string" && value !== "" ? null : "must be a non-empty string");
    case "glob":
    case "regex":
      return at(patternProblem(op, value));
    case "gt":
    case "gte":
    case "lt":
    case "lte":
      return at(kind === "severity" ? scalarProblem(kind, value) : typeof value === "number" ? null : `must be a number: ${field} ${op} compares numbers`);
  }
}

function conditionIssue(condition: TRuleCondition): TIssue | null {
  const parsed = parseFieldPath(condition.field);
  if (!parsed) return { path: ["field"], message: fieldProblem(condition.field) };
  if (!opSuitsKind(condition.op, parsed.kind)) {
    return { path: ["op"], message: `${condition.op} does not apply to ${condition.field}, ${KIND_WORDS[parsed.kind]} (use one of ${OPS_BY_KIND[parsed.kind].join(", ")})` };
  }
  return valueIssue(parsed.kind, condition);
}

const objectError = (shape: string, keys: string) => (issue: z.core.$ZodRawIssue) =>
  issue.code === "unrecognized_keys" ? `has unknown key ${issue.keys.map(quote).join(", ")} (${keys})` : issue.code === "invalid_type" ? shape : undefined;

function report(context: z.RefinementCtx, issue: TIssue | null) {
  if (issue) context.addIssue({ code: "custom", path: issue.path, message: issue.message });
}

const OP_LIST = RULE_OPS.join(", ");
const ZOp = z.enum(RULE_OPS, {
  error: (issue) => (issue.input === undefined ? `is required: one of ${OP_LIST}` : typeof issue.input === "string" ? `unknown op ${quote(issue.input)} (use one of ${OP_LIST})` : `must be one of ${OP_LIST}`),
});
const ZScalar = z.union([z.string(), z.number(), z.boolean()]);
const ZValue = z.union([ZScalar, z.array(ZScalar)], "must be a string, number, boolean or a list of them");
const ZField = z.string("must be a field name such as severity, job.name or labels.env");

/** One condition, `{"field": "job.exit_code", "op": "gt", "value": 0}`; the rule editor checks a row with it. */
export const ZRuleCondition = z
  .strictObject({ field: ZField, op: ZOp, value: ZValue.optional() }, { error: objectError('must be a condition {"field", "op", "value"}', "a condition has field, op and value") })
  .superRefine((condition, context) => report(context, conditionIssue(condition)));

// ---------------------------------------------------------------- groups

const ENTRY_HINT = 'must be a condition {"field", "op", "value"} or a group {"all": […]} or {"any": […]}';
const MATCH_HINT = 'a match is {"all": […]} or {"any": […]}';
const GROUP_KEYS = ["all", "any"] as const;

function entriesIssue(key: "all" | "any", entries: readonly unknown[], topLevel: boolean): TIssue | null {
  if (entries.length > 0) return null;
  if (key === "any") return { path: [key], message: 'needs at least one entry (an empty "any" matches nothing)' };
  return topLevel ? null : { path: [key], message: 'needs at least one entry (only the whole match may be {"all": []}, which matches every event)' };
}

/** A node as zod hands it over: groups and conditions share one object shape until told apart. */
type TNode = { all?: TRuleEntry[]; any?: TRuleEntry[]; field?: string; op?: TRuleOp; value?: TRuleValue };

function groupIssue(node: Pick<TNode, "all" | "any">, topLevel: boolean): TIssue | null {
  const keys = GROUP_KEYS.filter((key) => node[key] !== undefined);
  if (keys.length === 2) return { path: [], message: 'has both "all" and "any": a group has one of them' };
  const [key] = keys;
  if (!key) return { path: [], message: topLevel ? `needs "all" or "any": ${MATCH_HINT}` : ENTRY_HINT };
  return entriesIssue(key, node[key] ?? [], topLevel);
}

function entryIssue(node: TNode): TIssue | null {
  const isGroup = node.all !== undefined || node.any !== undefined;
  const conditionKey = (["field", "op", "value"] as const).find((key) => node[key] !== undefined);
  if (isGroup && conditionKey) return { path: [conditionKey], message: 'belongs in a condition inside the group: a group holds only "all" or "any"' };
  if (isGroup) return groupIssue(node, false);
  if (node.field === undefined && node.op === undefined) return { path: [], message: ENTRY_HINT };
  if (node.field === undefined) return { path: ["field"], message: "is required: the field the condition tests, such as severity or job.name" };
  if (node.op === undefined) return { path: ["op"], message: `is required: one of ${OP_LIST}` };
  return conditionIssue({ field: node.field, op: node.op, value: node.value });
}

function toEntry(node: TNode): TRuleEntry {
  if (node.all) return { all: node.all };
  if (node.any) return { any: node.any };
  // entryIssue has made sure a condition has both; the fallbacks only satisfy the types.
  const condition: TRuleCondition = { field: node.field ?? "", op: node.op ?? "exists" };
  return node.value === undefined ? condition : { ...condition, value: node.value };
}

/**
 * Entries of a group at `level` (the whole match is level 1). The levels are built out
 * rather than recursed through z.lazy, so the depth limit lands on the exact group that
 * breaks it and a hostile, deeply nested body is refused without walking all of it.
 */
function entryAt(level: number): z.ZodType<TRuleEntry, TRuleEntryInput> {
  const tooDeep = z.never(`is nested too deep: groups nest at most ${RULE_MATCH_LIMITS.depth} levels`);
  const entries = level <= RULE_MATCH_LIMITS.depth ? entryList(level + 1) : tooDeep;
  return z
    .strictObject({ all: entries.optional(), any: entries.optional(), field: ZField.optional(), op: ZOp.optional(), value: ZValue.optional() }, { error: objectError(ENTRY_HINT, "a condition has field, op and value; a group has all or any") })
    .superRefine((node, context) => report(context, entryIssue(node)))
    .transform(toEntry);
}

function entryList(level: number) {
  return z.array(entryAt(level), "must be a list of conditions and groups").max(RULE_MATCH_LIMITS.entries, `may hold at most ${RULE_MATCH_LIMITS.entries} entries`);
}

const topEntries = entryList(2);

/** `{"all": [...]}` or `{"any": [...]}` of conditions and nested groups. */
export const ZRuleMatch: z.ZodType<TRuleMatch, TRuleMatchInput> = z
  .strictObject({ all: topEntries.optional(), any: topEntries.optional() }, { error: objectError('must be {"all": […]} or {"any": […]}', MATCH_HINT) })
  .superRefine((node, context) => report(context, groupIssue(node, true)))
  .transform((node): TRuleMatch => (node.any ? { any: node.any } : { all: node.all ?? [] }));
