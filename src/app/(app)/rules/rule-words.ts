import type { TTone } from "@/components/ui/tone";
import { EVENT_SEVERITIES, type TEventSeverity } from "@/server/events/event-severity";
import { PREFERENCE_CHANNELS, type TPreferenceChannel } from "@/server/preferences/subscription";
import type { TRuleOp } from "@/server/rules/rule-fields";

/** Operator names in the editor's Operator select. */
export const OP_LABEL: Record<TRuleOp, string> = {
  equals: "equals",
  not_equals: "is not",
  in: "is one of",
  contains: "contains",
  glob: "matches glob",
  regex: "matches regex",
  gt: ">",
  gte: "≥",
  lt: "<",
  lte: "≤",
  exists: "exists",
};

/** Operators as they read inside a one-line summary ("severity ≥ warning"). */
export const OP_SYMBOL: Record<TRuleOp, string> = { ...OP_LABEL, equals: "=", not_equals: "≠", glob: "matches" };

export const SEVERITY_META: Record<TEventSeverity, { label: string; tone: TTone }> = {
  info: { label: "Info", tone: "info" },
  warning: { label: "Warning", tone: "warning" },
  critical: { label: "Critical", tone: "danger" },
};

export const SEVERITY_OPTIONS = EVENT_SEVERITIES.map((value) => ({ value, label: SEVERITY_META[value].label }));

export const CHANNEL_LABEL: Record<TPreferenceChannel, string> = { email: "Email", slack: "Slack", teams: "Teams", webhook: "Webhook", sms: "SMS" };

/** Lower case mid-sentence, but the product names keep their capitals. */
export const CHANNEL_WORD: Record<TPreferenceChannel, string> = { email: "email", slack: "Slack", teams: "Teams", webhook: "webhook", sms: "SMS" };

export const CHANNEL_OPTIONS = PREFERENCE_CHANNELS.map((value) => ({ value, label: CHANNEL_LABEL[value] }));

export const ROLES = ["ADMIN", "OPERATOR", "VIEWER"] as const;
export type TRole = (typeof ROLES)[number];

export const ROLE_OPTIONS = ROLES.map((value) => ({ value, label: `${value.charAt(0)}${value.slice(1).toLowerCase()}` }));

export const OUTCOME_META: Record<"notified" | "deferred" | "suppressed", { label: string; tone: TTone }> = {
  notified: { label: "Notified", tone: "success" },
  deferred: { label: "Deferred", tone: "info" },
  suppressed: { label: "Suppressed", tone: "neutral" },
};

export function isSeverity(value: string): value is TEventSeverity {
  return (EVENT_SEVERITIES as readonly string[]).includes(value);
}
