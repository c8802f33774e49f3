import { z } from "zod";
import { findOpenPasswordReset } from "./find-open-password-reset";

/** What the reset page shows before a password is chosen; opening it uses nothing up. */
export const ZPasswordResetDescription = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), email: z.string(), expires_at: z.iso.datetime() }),
  z.object({ ok: z.literal(false), problem: z.string() }),
]);

export async function describePasswordReset(token: string): Promise<z.output<typeof ZPasswordResetDescription>> {
  const found = await findOpenPasswordReset(token);
  if ("problem" in found) return { ok: false, problem: found.problem };
  return { ok: true, email: found.user.email, expires_at: found.expiresAt.toISOString() };
}
