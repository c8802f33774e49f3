import { TEMPLATE_CHANNELS } from "./template-fields";

export type TFieldErrors = Record<string, string[]>;

export const fieldErrorsOf = (error: unknown): TFieldErrors | null =>
  (error as { data?: { fieldErrors?: TFieldErrors | null } | null } | null)?.data?.fieldErrors ?? null;

const CHANNEL_PATH = new RegExp(`^(${TEMPLATE_CHANNELS.join("|")})(\\.|$)`);

/**
 * The preview parses its bodies on their own, so zod names "email.subject" where saving names
 * "bodies.email.subject": one form of path for the editors to look up.
 */
export function normalizedFieldErrors(errors: TFieldErrors | null): TFieldErrors | null {
  if (!errors) return null;
  return Object.fromEntries(Object.entries(errors).map(([path, messages]) => [CHANNEL_PATH.test(path) ? `bodies.${path}` : path, messages]));
}

/** The first message at `path` or below it (`event_types.2`), for the plain fields. */
export function errorUnder(errors: TFieldErrors | null, path: string): string | undefined {
  if (!errors) return undefined;
  const entry = Object.entries(errors).find(([key]) => key === path || key.startsWith(`${path}.`));
  return entry ? capitalise(entry[1].join(", ")) : undefined;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The errors without the paths `matches` picks (the fields just edited); the same object when none go. */
export function withoutPaths(errors: TFieldErrors | null, matches: (path: string) => boolean): TFieldErrors | null {
  if (!errors || !Object.keys(errors).some(matches)) return errors;
  return Object.fromEntries(Object.entries(errors).filter(([path]) => !matches(path)));
}
