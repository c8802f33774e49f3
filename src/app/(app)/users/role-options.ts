import { roleLabels } from "@/components/user-menu";

/** The three roles as the role pickers offer them, with what each may do. */
export const roleOptions = [
  { value: "VIEWER", label: `${roleLabels.VIEWER} — sees everything, changes nothing` },
  { value: "OPERATOR", label: `${roleLabels.OPERATOR} — acts on notifications, incidents and the queue` },
  { value: "ADMIN", label: `${roleLabels.ADMIN} — changes everything, users included` },
] as const;

export type TRoleValue = (typeof roleOptions)[number]["value"];

/** A form's field errors from a failed tRPC call ("email" → "is already taken"). */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const fields = (error as { data?: { fieldErrors?: Record<string, string[]> | null } } | null)?.data?.fieldErrors ?? {};
  return Object.fromEntries(Object.entries(fields).map(([field, messages]) => [field, messages.join(", ")]));
}
