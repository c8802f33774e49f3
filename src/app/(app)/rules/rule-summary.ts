import type { TRuleActions } from "@/server/rules/rule-actions-schema";
import type { TRuleCondition, TRuleEntry, TRuleGroup, TRuleScalar } from "@/server/rules/rule-match-schema";
import { CHANNEL_WORD, OP_SYMBOL } from "./rule-words";

const quoted = (value: TRuleScalar) => (typeof value === "string" && (value === "" || /[\s,()]/.test(value)) ? `“${value}”` : String(value));

/** "job.exit_code > 0", "labels.env is missing". */
export function conditionText(condition: TRuleCondition): string {
  if (condition.op === "exists") return condition.value === false ? `${condition.field} is missing` : `${condition.field} exists`;
  const value = Array.isArray(condition.value) ? condition.value.map(quoted).join(", ") : condition.value === undefined ? "" : quoted(condition.value);
  return `${condition.field} ${OP_SYMBOL[condition.op]} ${value}`;
}

function entryText(entry: TRuleEntry, nested: boolean): string {
  if ("all" in entry || "any" in entry) {
    const text = groupText(entry);
    return nested ? `(${text})` : text;
  }
  return conditionText(entry);
}

function groupText(group: TRuleGroup): string {
  const [word, entries] = "any" in group ? [" or ", group.any] : [" and ", group.all];
  return entries.map((entry) => entryText(entry, entries.length > 1)).join(word);
}

/** "severity ≥ warning and type matches job.* and labels.env = prod"; an empty match is every event. */
export function summarizeMatch(match: TRuleGroup): string {
  if ("all" in match && match.all.length === 0) return "Every event";
  if ("any" in match && match.any.length === 0) return "No event";
  return groupText(match);
}

type TTarget = NonNullable<TRuleActions["notify"]>[number];
export type TUserLabel = (user: number | string) => string | undefined;

function targetText(target: TTarget, userLabel: TUserLabel): string {
  if ("user" in target) return `user ${userLabel(target.user) ?? target.user}`;
  if ("role" in target) return `role ${target.role}`;
  if ("channel_name" in target) return `channel ${target.channel_name}`;
  return target.email;
}

/** "notify role OPERATOR by email, SMS · stop"; `userLabel` turns a user id into a name when the list is loaded. */
export function summarizeActions(actions: TRuleActions, userLabel: TUserLabel = () => undefined): string {
  if (actions.suppress) return "suppress";
  const parts: string[] = [];
  if (actions.notify?.length) {
    const channels = actions.channels?.length ? ` by ${actions.channels.map((channel) => CHANNEL_WORD[channel]).join(", ")}` : "";
    parts.push(`notify ${actions.notify.map((target) => targetText(target, userLabel)).join(", ")}${channels}`);
  }
  if (actions.set_severity) parts.push(`set severity to ${actions.set_severity}`);
  if (actions.stop) parts.push("stop");
  return parts.join(" · ") || "nothing";
}
