import { db, type Prisma, type Role, type UserNotificationPreferences } from "@/server/db/client";
import type { TAudienceTarget } from "@/server/events/audience-target";
import { loadChannelDestination } from "@/server/destinations/load-destination";
import { ZSubscriptions } from "@/server/preferences/subscription";
import { buildDirectory, type TDirectory, type TDirectoryChannel, type TDirectoryUser } from "./directory";

export const PREFERENCE_COLUMNS = {
  emailEnabled: true,
  slackEnabled: true,
  slackWebhookUrl: true,
  teamsEnabled: true,
  teamsWebhookUrl: true,
  webhookEnabled: true,
  customWebhookUrl: true,
  smsEnabled: true,
  phoneNumber: true,
  quietHoursStart: true,
  quietHoursEnd: true,
  quietHoursDays: true,
  timezone: true,
  criticalBypassesQuietHours: true,
  dndUntil: true,
  subscriptions: true,
} satisfies Prisma.UserNotificationPreferencesSelect;

type TPreferenceColumns = Pick<UserNotificationPreferences, keyof typeof PREFERENCE_COLUMNS>;

/**
 * Reads the users and channels that `targets` name — by id, email or role —
 * in two queries. Destinations are only checked for presence here; they are
 * decrypted at send time.
 */
export async function loadDirectory(targets: TAudienceTarget[]): Promise<TDirectory> {
  const ids = new Set<number>();
  const emails = new Set<string>();
  const roles = new Set<Role>();
  const channelNames = new Set<string>();
  for (const target of targets) {
    if ("user" in target) {
      if (typeof target.user === "number") ids.add(target.user);
      else emails.add(target.user);
    } else if ("email" in target) emails.add(target.email);
    else if ("role" in target) roles.add(target.role);
    else channelNames.add(target.channel_name);
  }
  const or: Prisma.UserWhereInput[] = [];
  if (ids.size) or.push({ id: { in: [...ids] } });
  if (emails.size) or.push({ email: { in: [...emails] } });
  if (roles.size) or.push({ role: { in: [...roles] } });
  const [users, channels, smsChannels] = await Promise.all([
    // Deactivated users too (one query): routed to never, but a trail that names one says so.
    or.length ? db().user.findMany({ where: { OR: or }, select: { id: true, email: true, role: true, deactivatedAt: true, preferences: { select: PREFERENCE_COLUMNS } } }) : [],
    channelNames.size ? db().notificationChannel.findMany({ where: { name: { in: [...channelNames] } }, select: { id: true, name: true, type: true, enabled: true } }) : [],
    db().notificationChannel.count({ where: { type: "SMS", enabled: true } }),
  ]);
  const directoryChannels = await Promise.all(
    channels.map(async (channel): Promise<TDirectoryChannel> => ({
      ...channel,
      // Rare: an SMS channel reached as a whole needs a default number.
      hasDefaultNumber: channel.type === "SMS" ? Boolean(await loadChannelDestination(channel.id).catch(() => null)) : false,
    })),
  );
  return buildDirectory(
    users.filter((user) => !user.deactivatedAt).map((user) => toDirectoryUser(user.id, user.email, user.role, user.preferences)),
    directoryChannels,
    smsChannels > 0,
    users.filter((user) => user.deactivatedAt),
  );
}

/** A user's routing view from their preferences row; a user who never saved any gets email only, no quiet hours. */
export function toDirectoryUser(id: number, email: string, role: Role, preferences: TPreferenceColumns | null): TDirectoryUser {
  const subscriptions = ZSubscriptions.safeParse(preferences?.subscriptions ?? []);
  return {
    id,
    email: email.toLowerCase(),
    role,
    channels: {
      email: { enabled: preferences?.emailEnabled ?? true, hasDestination: true },
      slack: { enabled: preferences?.slackEnabled ?? false, hasDestination: Boolean(preferences?.slackWebhookUrl) },
      teams: { enabled: preferences?.teamsEnabled ?? false, hasDestination: Boolean(preferences?.teamsWebhookUrl) },
      webhook: { enabled: preferences?.webhookEnabled ?? false, hasDestination: Boolean(preferences?.customWebhookUrl) },
      sms: { enabled: preferences?.smsEnabled ?? false, hasDestination: Boolean(preferences?.phoneNumber) },
    },
    hold: {
      quietHoursStart: preferences?.quietHoursStart ?? null,
      quietHoursEnd: preferences?.quietHoursEnd ?? null,
      quietHoursDays: preferences?.quietHoursDays?.length ? preferences.quietHoursDays : [1, 2, 3, 4, 5, 6, 7],
      timezone: preferences?.timezone ?? "UTC",
      dndUntil: preferences?.dndUntil ?? null,
      criticalBypassesQuietHours: preferences?.criticalBypassesQuietHours ?? true,
    },
    subscriptions: subscriptions.success ? subscriptions.data : [],
  };
}
