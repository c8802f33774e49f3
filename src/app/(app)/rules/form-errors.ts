import { zodFieldErrors } from "@/server/errors/app-error";
import { ZRuleInput } from "@/server/rules/rule-schema";
import { conditionKind, DATA_FIELD, LABEL_FIELD, ruleInputFrom, splitList, type TConditionState, type TGroupState, type TRuleFormState } from "./form-state";

/** Messages by the schema's own paths (`match.all.1.value`, `actions.notify.0.user`), one per path. */
export type TFormErrors = Record<string, string>;

/** The path of entry `index` of the group at `groupPath`: the same path zod reports. */
export const entryPath = (groupPath: string, group: Pick<TGroupState, "mode">, index: number) => `${groupPath}.${group.mode}.${index}`;

/** "3" at the top, "3.1" inside group 3: unique names for conditions and groups. */
export const entryNumber = (parent: string, index: number) => (parent ? `${parent}.${index + 1}` : String(index + 1));

export function errorAt(errors: TFormErrors, path: string): string | undefined {
  return errors[path];
}

/** The first message at `path` or below it (`value.2` for one item of a list). */
export function errorUnder(errors: TFormErrors, path: string): string | undefined {
  return errors[path] ?? Object.entries(errors).find(([key]) => key.startsWith(`${path}.`))?.[1];
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Server field errors to form errors; `prefix` drops the "rule." of rules.test's paths. Others are left out. */
export function formErrorsFrom(fieldErrors: Record<string, string[]> | null | undefined, prefix = ""): TFormErrors {
  const errors: TFormErrors = {};
  for (const [path, messages] of Object.entries(fieldErrors ?? {})) {
    if (prefix && !path.startsWith(prefix)) continue;
    errors[path.slice(prefix.length)] = capitalise(messages.join(", "));
  }
  return errors;
}

const REQUIRED_TEXT: Record<string, string> = { user: "Choose a user", role: "Choose a role", channel_name: "Choose a channel", email: "Enter an email address" };

function conditionErrors(condition: TConditionState, path: string, errors: TFormErrors) {
  if ((condition.field === LABEL_FIELD || condition.field === DATA_FIELD) && !condition.fieldKey.trim()) {
    errors[`${path}.field`] = condition.field === LABEL_FIELD ? "Enter the label's key" : "Enter the path inside data";
  }
  if (condition.op === "exists" || condition.op === "missing") return;
  const kind = conditionKind(condition);
  if (condition.op === "in" ? splitList(condition.value).length === 0 : condition.value.trim() === "") {
    errors[`${path}.value`] = kind === "severity" ? "Choose a severity" : condition.op === "in" ? "Enter at least one value" : "Enter a value";
  } else if (kind === "data" && condition.valueType === "number" && splitList(condition.value).some((item) => !Number.isFinite(Number(item)))) {
    errors[`${path}.value`] = condition.op === "in" ? "Enter numbers only" : "Enter a number";
  } else if (kind === "data" && condition.valueType === "boolean" && splitList(condition.value).some((item) => item !== "true" && item !== "false")) {
    errors[`${path}.value`] = "Enter true or false";
  }
}

function groupErrors(group: TGroupState, path: string, errors: TFormErrors) {
  group.entries.forEach((entry, index) => {
    const at = entryPath(path, group, index);
    if (entry.type === "group") groupErrors(entry, at, errors);
    else conditionErrors(entry, at, errors);
  });
}

/** Plainer words for gaps the form can see itself; the schema's messages cover everything else. */
function localErrors(state: TRuleFormState): TFormErrors {
  const errors: TFormErrors = {};
  groupErrors(state.match, "match", errors);
  if (!state.actions.suppress) {
    state.actions.recipients.forEach((recipient, index) => {
      if (!recipient.value.trim()) errors[`actions.notify.${index}`] = REQUIRED_TEXT[recipient.type] ?? "Required";
    });
  }
  return errors;
}

/** Everything wrong with the form, checked with the server's own schema. */
export function validateRuleForm(state: TRuleFormState): TFormErrors {
  const parsed = ZRuleInput.safeParse(ruleInputFrom(state));
  const errors = parsed.success ? {} : formErrorsFrom(zodFieldErrors(parsed.error));
  const local = localErrors(state);
  // A local message replaces the schema's for the same row part (say, "unknown field" for an empty key).
  for (const path of Object.keys(local)) {
    for (const key of Object.keys(errors)) if (key === path || key.startsWith(`${path}.`)) delete errors[key];
  }
  return { ...errors, ...local };
}

// ---------------------------------------------------------------- summary

function entryLabels(group: TGroupState, path: string, number: string, labels: Map<string, string>) {
  group.entries.forEach((entry, index) => {
    const at = entryPath(path, group, index);
    const child = entryNumber(number, index);
    labels.set(at, `${entry.type === "group" ? "Group" : "Condition"} ${child}`);
    if (entry.type === "group") entryLabels(entry, at, child, labels);
  });
}

const PART_WORD: Record<string, string> = { field: "field", op: "operator", value: "value", user: "user", role: "role", channel_name: "channel", email: "email address" };

/** One line per error, naming the row it belongs to ("Condition 2 · value: Must be a number"). */
export function errorSummary(errors: TFormErrors, state: TRuleFormState): string[] {
  const labels = new Map<string, string>([
    ["name", "Name"],
    ["description", "Description"],
    ["enabled", "Enabled"],
    ["match", "Conditions"],
    ["actions", "Actions"],
    ["actions.notify", "Recipients"],
    ["actions.channels", "Channels"],
    ["actions.suppress", "Suppress"],
    ["actions.set_severity", "Set severity"],
    ["actions.stop", "Stop"],
  ]);
  entryLabels(state.match, "match", "", labels);
  state.actions.recipients.forEach((_, index) => labels.set(`actions.notify.${index}`, `Recipient ${index + 1}`));
  return Object.entries(errors).map(([path, message]) => {
    const prefix = [...labels.keys()].filter((key) => path === key || path.startsWith(`${key}.`)).sort((a, b) => b.length - a.length)[0];
    if (!prefix) return `${path}: ${message}`;
    const part = PART_WORD[path.slice(prefix.length + 1).split(".")[0] ?? ""];
    return `${labels.get(prefix)}${part ? ` · ${part}` : ""}: ${message}`;
  });
}
