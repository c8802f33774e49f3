import type { TEventSeverity } from "@/server/events/event-severity";
import type { TPreferenceChannel } from "@/server/preferences/subscription";
import { parseFieldPath, RULE_FIELDS, type TRuleFieldKind, type TRuleOp } from "@/server/rules/rule-fields";
import type { TRuleEntry, TRuleEntryInput, TRuleGroup, TRuleScalar, TRuleValue } from "@/server/rules/rule-match-schema";
import type { TRuleInput } from "@/server/rules/rule-schema";
import type { TRuleView } from "@/server/rules/rule-view";

/** The two prefixes that reveal a key input; the select holds the prefix, the input the rest. */
export const LABEL_FIELD = "labels.";
export const DATA_FIELD = "data.";

/** "missing" is `exists` with value false: the form offers it as an operator of its own. */
export type TFormOp = TRuleOp | "missing";
export type TValueType = "string" | "number" | "boolean";

export type TConditionState = {
  type: "condition";
  key: string;
  /** A RULE_FIELDS name, LABEL_FIELD or DATA_FIELD. */
  field: string;
  /** The label key or data path typed after a prefix. */
  fieldKey: string;
  op: TFormOp;
  /** As typed: a number as text, a severity, "true"/"false", or comma-separated for `in`. */
  value: string;
  /** How a data.* value is read; other fields take their kind's type. */
  valueType: TValueType;
};
export type TGroupState = { type: "group"; key: string; mode: "all" | "any"; entries: TEntryState[] };
export type TEntryState = TConditionState | TGroupState;

export type TRecipientType = "user" | "role" | "channel_name" | "email";
/** `value`: a user id (or a stored email) as text, a role, a channel name or an address. */
export type TRecipientState = { key: string; type: TRecipientType; value: string };

export type TActionsState = {
  recipients: TRecipientState[];
  channels: TPreferenceChannel[];
  suppress: boolean;
  setSeverity: TEventSeverity | "";
  stop: boolean;
  /** An escalation policy's id as text; "" for none. */
  escalationPolicy: string;
  /** Event fields to group by, comma-separated ("job.host, labels.env"); "" for no grouping. Times in seconds, as typed. */
  groupBy: string;
  groupWait: string;
  groupInterval: string;
  repeatInterval: string;
  /** A custom template's key chosen through the API; kept as it is, so saving the form never drops it. */
  template: string;
};

export type TRuleFormState = { name: string; description: string; enabled: boolean; match: TGroupState; actions: TActionsState };

let counter = 0;
/** React keys only: never rendered into ids, so server and client may count differently. */
export const newKey = () => `k${++counter}`;

export const newCondition = (): TConditionState => ({ type: "condition", key: newKey(), field: "type", fieldKey: "", op: "equals", value: "", valueType: "string" });
export const newGroup = (): TGroupState => ({ type: "group", key: newKey(), mode: "all", entries: [newCondition()] });
export const newRecipient = (): TRecipientState => ({ key: newKey(), type: "user", value: "" });

export function emptyRuleForm(): TRuleFormState {
  return {
    name: "",
    description: "",
    enabled: true,
    match: { type: "group", key: newKey(), mode: "all", entries: [] },
    actions: { recipients: [], channels: [], suppress: false, setSeverity: "", stop: false, escalationPolicy: "", groupBy: "", groupWait: "", groupInterval: "", repeatInterval: "", template: "" },
  };
}

const FIXED_KIND = new Map<string, TRuleFieldKind>(RULE_FIELDS.map((field) => [field.name, field.kind]));

export function conditionKind(condition: Pick<TConditionState, "field">): TRuleFieldKind {
  if (condition.field === DATA_FIELD) return "data";
  return FIXED_KIND.get(condition.field) ?? "string";
}

export function conditionFieldPath(condition: Pick<TConditionState, "field" | "fieldKey">): string {
  return condition.field === LABEL_FIELD || condition.field === DATA_FIELD ? `${condition.field}${condition.fieldKey.trim()}` : condition.field;
}

// ---------------------------------------------------------------- form -> input

function scalarFrom(kind: TRuleFieldKind, op: TRuleOp, text: string, valueType: TValueType): TRuleScalar {
  const ordered = op === "gt" || op === "gte" || op === "lt" || op === "lte";
  const numeric = kind === "number" || (kind === "data" && (ordered || valueType === "number"));
  if (numeric) return text !== "" && Number.isFinite(Number(text)) ? Number(text) : text;
  if (kind === "data" && valueType === "boolean" && (text === "true" || text === "false")) return text === "true";
  return text;
}

function valueFrom(condition: TConditionState, op: TRuleOp): TRuleValue | undefined {
  const kind = conditionKind(condition);
  if (op === "in") {
    return splitList(condition.value).map((item) => scalarFrom(kind, op, item, condition.valueType));
  }
  const text = op === "regex" ? condition.value : condition.value.trim();
  return text === "" ? undefined : scalarFrom(kind, op, text, condition.valueType);
}

export function splitList(text: string): string[] {
  return text
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

function conditionFrom(condition: TConditionState): TRuleEntryInput {
  const field = conditionFieldPath(condition);
  if (condition.op === "missing") return { field, op: "exists", value: false };
  if (condition.op === "exists") return { field, op: "exists" };
  const value = valueFrom(condition, condition.op);
  return value === undefined ? { field, op: condition.op } : { field, op: condition.op, value };
}

function entryFrom(entry: TEntryState): TRuleEntryInput {
  if (entry.type === "condition") return conditionFrom(entry);
  const entries = entry.entries.map(entryFrom);
  return entry.mode === "all" ? { all: entries } : { any: entries };
}

/** As sent; the schema upper-cases roles and lower-cases emails itself. */
type TTargetInput = { user: number | string } | { role: string } | { channel_name: string } | { email: string };

function targetFrom(recipient: TRecipientState): TTargetInput {
  const value = recipient.value.trim();
  switch (recipient.type) {
    case "user":
      return { user: /^[1-9][0-9]*$/.test(value) ? Number(value) : value };
    case "role":
      return { role: value };
    case "channel_name":
      return { channel_name: value };
    case "email":
      return { email: value };
  }
}

function actionsFrom(actions: TActionsState): TRuleInput["actions"] {
  // Suppress stands alone; the other settings stay in the form, switched off, for when it goes off again.
  if (actions.suppress) return { suppress: true };
  const notify = actions.recipients.map(targetFrom);
  const groupBy = splitList(actions.groupBy);
  // Keys left out rather than undefined, so the input reads like the rule the REST API documents.
  return {
    ...(notify.length ? { notify } : {}),
    ...(notify.length && actions.channels.length ? { channels: actions.channels } : {}),
    ...(actions.template ? { template: actions.template } : {}),
    ...(actions.escalationPolicy ? { escalation_policy: numberOrText(actions.escalationPolicy) as number } : {}),
    ...(groupBy.length ? { group_by: groupBy } : {}),
    ...(groupBy.length && actions.groupWait.trim() ? { group_wait: numberOrText(actions.groupWait) as number } : {}),
    ...(groupBy.length && actions.groupInterval.trim() ? { group_interval: numberOrText(actions.groupInterval) as number } : {}),
    ...(notify.length && actions.repeatInterval.trim() ? { repeat_interval: numberOrText(actions.repeatInterval) as number } : {}),
    ...(actions.setSeverity ? { set_severity: actions.setSeverity } : {}),
    ...(actions.stop ? { stop: true } : {}),
  };
}

/** A number where the text is one; otherwise the text, for the schema to name the field it must be a number. */
function numberOrText(text: string): number | string {
  const trimmed = text.trim();
  return trimmed !== "" && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
}

/** The form as the API's rule input; entries keep their order, so error paths point back at the rows. */
export function ruleInputFrom(state: TRuleFormState): TRuleInput {
  const entries = state.match.entries.map(entryFrom);
  return {
    name: state.name,
    description: state.description.trim() ? state.description : null,
    enabled: state.enabled,
    match: state.match.mode === "all" ? { all: entries } : { any: entries },
    actions: actionsFrom(state.actions),
  };
}

// ---------------------------------------------------------------- stored rule -> form

function valueTypeOf(value: TRuleValue | undefined): TValueType {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "number" ? "number" : typeof first === "boolean" ? "boolean" : "string";
}

function conditionState(entry: { field: string; op: TRuleOp; value?: TRuleValue }): TConditionState {
  const prefix = [LABEL_FIELD, DATA_FIELD].find((candidate) => entry.field.startsWith(candidate) && parseFieldPath(entry.field) !== null);
  const value = entry.value === undefined ? "" : Array.isArray(entry.value) ? entry.value.map(String).join(", ") : String(entry.value);
  return {
    type: "condition",
    key: newKey(),
    field: prefix ?? entry.field,
    fieldKey: prefix ? entry.field.slice(prefix.length) : "",
    op: entry.op === "exists" && entry.value === false ? "missing" : entry.op,
    value: entry.op === "exists" ? "" : value,
    valueType: valueTypeOf(entry.value),
  };
}

function groupState(group: TRuleGroup): TGroupState {
  const [mode, entries] = "any" in group ? (["any", group.any] as const) : (["all", group.all] as const);
  return { type: "group", key: newKey(), mode, entries: entries.map(entryState) };
}

function entryState(entry: TRuleEntry): TEntryState {
  return "all" in entry || "any" in entry ? groupState(entry) : conditionState(entry);
}

function recipientState(target: TTargetInput): TRecipientState {
  if ("user" in target) return { key: newKey(), type: "user", value: String(target.user) };
  if ("role" in target) return { key: newKey(), type: "role", value: target.role };
  if ("channel_name" in target) return { key: newKey(), type: "channel_name", value: target.channel_name };
  return { key: newKey(), type: "email", value: target.email };
}

export function ruleFormFrom(rule: TRuleView): TRuleFormState {
  const { actions } = rule;
  return {
    name: rule.name,
    description: rule.description ?? "",
    enabled: rule.enabled,
    match: groupState(rule.match),
    actions: {
      recipients: (actions.notify ?? []).map(recipientState),
      channels: actions.channels ?? [],
      suppress: actions.suppress === true,
      setSeverity: actions.set_severity ?? "",
      stop: actions.stop === true,
      escalationPolicy: actions.escalation_policy === undefined ? "" : String(actions.escalation_policy),
      groupBy: (actions.group_by ?? []).join(", "),
      groupWait: actions.group_wait === undefined ? "" : String(actions.group_wait),
      groupInterval: actions.group_interval === undefined ? "" : String(actions.group_interval),
      repeatInterval: actions.repeat_interval === undefined ? "" : String(actions.repeat_interval),
      template: actions.template ?? "",
    },
  };
}
