import type { TSessionUser } from "@/server/auth/roles";
import { db } from "@/server/db/client";
import { preferencesUser } from "./preferences-user";
import { toPreferencesView, type TPreferencesView } from "./preferences-view";

export async function getPreferences(options: { user: unknown; viewer?: TSessionUser }): Promise<TPreferencesView> {
  const user = await preferencesUser(options.user, options.viewer);
  const preferences = await db().userNotificationPreferences.findUnique({ where: { userId: user.id } });
  return toPreferencesView(user, preferences);
}
