import { zodFieldErrors } from "@/server/errors/app-error";
import { ZEscalationPolicyInput } from "@/server/incidents/escalation-policy-schema";
import { policyInputFrom, type TPolicyFormState } from "./policy-form-state";

/** Messages by the schema's own paths (`name`, `levels.1.delay_seconds`, `levels.0.targets.2.user`), one per path. */
export type TPolicyFormErrors = Record<string, string>;

/** Level 1's delay is the pause before a repeat: its errors show on that field. */
export const PAUSE_PATH = "levels.0.delay_seconds";
export const waitPath = (level: number) => `levels.${level}.delay_seconds`;
export const targetsPath = (level: number) => `levels.${level}.targets`;
export const targetPath = (level: number, target: number) => `levels.${level}.targets.${target}`;

/** The first message at `path` or below it (`levels.0.targets.1.user` for target 2 of level 1). */
export function errorUnder(errors: TPolicyFormErrors, path: string): string | undefined {
  return errors[path] ?? Object.entries(errors).find(([key]) => key.startsWith(`${path}.`))?.[1];
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Server (or schema) field errors as one message per path. */
export function formErrorsFrom(fieldErrors: Record<string, string[]> | null | undefined): TPolicyFormErrors {
  const errors: TPolicyFormErrors = {};
  for (const [path, messages] of Object.entries(fieldErrors ?? {})) errors[path] = capitalise(messages.join(", "));
  return errors;
}

const REQUIRED_TARGET: Record<string, string> = { user: "Choose a user", role: "Choose a role", channel_name: "Choose a channel", email: "Enter an email address" };

function waitProblem(wait: string): string | null {
  if (wait.trim() === "") return "Enter how long to wait";
  if (!Number.isFinite(Number(wait))) return "Enter a number";
  return null;
}

/** Plainer words for gaps the form sees itself (an empty picker, a wait that is not a number); the schema covers the rest. */
function localErrors(state: TPolicyFormState): TPolicyFormErrors {
  const errors: TPolicyFormErrors = {};
  state.levels.forEach((level, index) => {
    const wait = index === 0 ? (state.repeat > 0 ? waitProblem(state.pause) : null) : waitProblem(level.wait);
    if (wait) errors[waitPath(index)] = wait;
    level.targets.forEach((target, at) => {
      if (!target.value.trim()) errors[targetPath(index, at)] = REQUIRED_TARGET[target.type] ?? "Required";
    });
  });
  return errors;
}

/** Everything wrong with the form, checked with the server's own schema. */
export function validatePolicyForm(state: TPolicyFormState): TPolicyFormErrors {
  const parsed = ZEscalationPolicyInput.safeParse(policyInputFrom(state));
  const errors = parsed.success ? {} : formErrorsFrom(zodFieldErrors(parsed.error));
  const local = localErrors(state);
  // A local message replaces the schema's for the same field ("Choose a user" rather than "must be a user id or email").
  for (const path of Object.keys(local)) {
    for (const key of Object.keys(errors)) if (key === path || key.startsWith(`${path}.`)) delete errors[key];
  }
  return { ...errors, ...local };
}

const FIELD_NAMES: Record<string, string> = { name: "Name", description: "Description", repeat: "Repeat", levels: "Levels", [PAUSE_PATH]: "Pause before a repeat" };

/** The field an error belongs to, in the form's words: "Level 2 · wait", "Level 1 · target 3". */
export function fieldName(path: string): string {
  if (FIELD_NAMES[path]) return FIELD_NAMES[path];
  const level = /^levels\.(\d+)(?:\.(delay_seconds|targets)(?:\.(\d+))?)?/.exec(path);
  if (!level) return path;
  const [, index, part, target] = level;
  const name = `Level ${Number(index) + 1}`;
  if (part === "delay_seconds") return `${name} · wait`;
  if (part === "targets") return target === undefined ? `${name} · targets` : `${name} · target ${Number(target) + 1}`;
  return name;
}

/** One line per error, naming its field, for the summary above the form. */
export function errorSummary(errors: TPolicyFormErrors): string[] {
  return Object.entries(errors).map(([path, message]) => `${fieldName(path)}: ${message}`);
}
