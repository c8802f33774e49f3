import { z } from "zod";
import { Role } from "@/server/db/client";
import { findOpenInvitation } from "./find-open-invitation";

/** What the invitation page shows before anything is chosen; opening it uses nothing up (mail scanners follow links). */
export const ZInvitationDescription = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), email: z.string(), name: z.string().nullable(), role: z.enum(Role), expires_at: z.iso.datetime() }),
  z.object({ ok: z.literal(false), problem: z.string() }),
]);

export async function describeInvitation(token: string): Promise<z.output<typeof ZInvitationDescription>> {
  const found = await findOpenInvitation(token);
  if ("problem" in found) return { ok: false, problem: found.problem };
  return { ok: true, email: found.email, name: found.name, role: found.role, expires_at: found.expiresAt.toISOString() };
}
