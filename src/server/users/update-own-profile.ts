import { recordAudit } from "@/server/audit/record-audit";
import type { TSessionUser } from "@/server/auth/roles";
import { db } from "@/server/db/client";
import { parseInput } from "@/server/errors/app-error";
import { savePreferences } from "@/server/preferences/save-preferences";
import { getAccount, type TAccountView } from "./get-account";
import { ZUpdateProfile, type TUpdateProfile } from "./user-schemas";

/**
 * Changes the signed-in user's name, and their time zone — which lives in
 * their notification preferences (quiet hours, digests and dates in emails
 * read it there), so it is saved through them rather than copied here.
 */
export async function updateOwnProfile(options: { user: TSessionUser; input: TUpdateProfile | unknown }): Promise<TAccountView> {
  const { name, timezone } = parseInput(ZUpdateProfile, options.input);
  const { user } = options;
  if (name !== undefined && name !== user.name) {
    await db().$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { name } });
      await recordAudit(tx, { action: "user.profile_changed", target: { type: "user", id: user.id, label: user.email }, before: { name: user.name }, after: { name } });
    });
  }
  if (timezone !== undefined) await savePreferences({ user: user.id, input: { timezone }, viewer: user });
  return getAccount(user.id);
}
