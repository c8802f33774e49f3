import type { TEscalationPolicyView } from "@/server/incidents/escalation-policies";
import type { TEscalationPolicyInput } from "@/server/incidents/escalation-policy-schema";
import { newRecipient, type TRecipientState } from "../rules/form-state";

/** The form asks for waits in a unit people think in; the API stores seconds. */
export const DELAY_UNITS = ["seconds", "minutes", "hours"] as const;
export type TDelayUnit = (typeof DELAY_UNITS)[number];
const UNIT_SECONDS: Record<TDelayUnit, number> = { seconds: 1, minutes: 60, hours: 3600 };

/** One level as edited: `wait` (as typed) is counted from the level before; level 1's is unused (it goes out with the event). */
export type TLevelState = { key: string; wait: string; unit: TDelayUnit; targets: TRecipientState[] };

export type TPolicyFormState = {
  name: string;
  description: string;
  levels: TLevelState[];
  /** How many more times the whole policy runs while nobody acknowledges (0–10). */
  repeat: number;
  /** Before each repeat: stored as level 1's delay_seconds, which means nothing else. */
  pause: string;
  pauseUnit: TDelayUnit;
};

/** The schema's own limit. */
export const MAX_LEVELS = 10;
export const MAX_REPEAT = 10;

let counter = 0;
/** React keys only: never rendered into ids. */
const newKey = () => `level${++counter}`;

export const newLevel = (): TLevelState => ({ key: newKey(), wait: "15", unit: "minutes", targets: [newRecipient()] });

export function emptyPolicyForm(): TPolicyFormState {
  return { name: "", description: "", levels: [newLevel()], repeat: 0, pause: "5", pauseUnit: "minutes" };
}

/** 900 → "15" minutes, 7200 → "2" hours, 45 → "45" seconds: the largest unit that divides it. */
export function splitSeconds(seconds: number): { wait: string; unit: TDelayUnit } {
  if (seconds > 0 && seconds % 3600 === 0) return { wait: String(seconds / 3600), unit: "hours" };
  if (seconds > 0 && seconds % 60 === 0) return { wait: String(seconds / 60), unit: "minutes" };
  return { wait: String(seconds), unit: "seconds" };
}

/** The typed wait in seconds; NaN when it is not a number, for the schema (and the form) to name. */
export function toSeconds(wait: string, unit: TDelayUnit): number {
  const text = wait.trim();
  if (text === "") return Number.NaN;
  // toFixed drops float noise (1.1 × 60 = 66.00000000000001) but keeps real fractions of a second for the schema to refuse.
  return Number((Number(text) * UNIT_SECONDS[unit]).toFixed(6));
}

/** As sent; the schema upper-cases roles and lower-cases emails itself. */
type TTargetInput = TEscalationPolicyInput["levels"][number]["targets"][number];

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

function recipientFrom(target: TEscalationPolicyView["levels"][number]["targets"][number]): TRecipientState {
  const recipient = newRecipient();
  if ("user" in target) return { ...recipient, type: "user", value: String(target.user) };
  if ("role" in target) return { ...recipient, type: "role", value: target.role };
  if ("channel_name" in target) return { ...recipient, type: "channel_name", value: target.channel_name };
  return { ...recipient, type: "email", value: target.email };
}

/** The form as the API's input; levels and targets keep their order, so error paths point back at the rows. */
export function policyInputFrom(state: TPolicyFormState): TEscalationPolicyInput {
  return {
    name: state.name,
    description: state.description.trim() ? state.description : null,
    levels: state.levels.map((level, index) => ({
      delay_seconds: index === 0 ? (state.repeat > 0 ? toSeconds(state.pause, state.pauseUnit) : 0) : toSeconds(level.wait, level.unit),
      targets: level.targets.map(targetFrom),
    })),
    repeat: state.repeat,
  };
}

export function policyFormFrom(policy: TEscalationPolicyView): TPolicyFormState {
  const pause = splitSeconds(policy.levels[0]?.delay_seconds || 300);
  return {
    name: policy.name,
    description: policy.description ?? "",
    levels: policy.levels.map((level) => ({ key: newKey(), ...splitSeconds(level.delay_seconds), targets: level.targets.map(recipientFrom) })),
    repeat: policy.repeat,
    pause: pause.wait,
    pauseUnit: pause.unit,
  };
}

/**
 * Moves level `index`'s recipients one place up or down. The waits stay
 * where they are: they are the policy's rhythm (at once, +5 min, +15 min),
 * and moving who is paged should not leave level 1 with a wait it ignores
 * while the level that leaves the top has none.
 */
export function moveLevel(state: TPolicyFormState, index: number, delta: -1 | 1): TPolicyFormState {
  const to = index + delta;
  const from = state.levels[index];
  const other = state.levels[to];
  if (!from || !other) return state;
  const levels = state.levels.map((level, at) => (at === index ? { ...level, targets: other.targets } : at === to ? { ...level, targets: from.targets } : level));
  return { ...state, levels };
}

/** Removes a level with its wait; the levels after it keep theirs. */
export function removeLevel(state: TPolicyFormState, index: number): TPolicyFormState {
  return { ...state, levels: state.levels.filter((_, at) => at !== index) };
}
