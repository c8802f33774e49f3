import { db } from "@/server/db/client";
import type { TFieldErrors } from "@/server/errors/app-error";
import type { TAudienceTarget } from "./audience-target";

/**
 * Recipients that name no existing user or channel, as field errors under
 * `path` (e.g. "actions.notify" → "actions.notify.2.user"): a typo would
 * otherwise route nothing, silently.
 */
export async function audienceProblems(targets: TAudienceTarget[], path: string): Promise<TFieldErrors> {
  const ids = targets.flatMap((target) => ("user" in target && typeof target.user === "number" ? [target.user] : []));
  const emails = targets.flatMap((target) => ("user" in target && typeof target.user === "string" ? [target.user] : []));
  const names = targets.flatMap((target) => ("channel_name" in target ? [target.channel_name] : []));
  const [users, channels] = await Promise.all([
    ids.length || emails.length ? db().user.findMany({ where: { OR: [{ id: { in: ids } }, { email: { in: emails } }] }, select: { id: true, email: true } }) : [],
    names.length ? db().notificationChannel.findMany({ where: { name: { in: names } }, select: { name: true } }) : [],
  ]);
  const knownIds = new Set(users.map((user) => user.id));
  const knownEmails = new Set(users.map((user) => user.email));
  const knownChannels = new Set(channels.map((channel) => channel.name));
  const problems: TFieldErrors = {};
  targets.forEach((target, index) => {
    if ("user" in target && !(typeof target.user === "number" ? knownIds.has(target.user) : knownEmails.has(target.user))) {
      problems[`${path}.${index}.user`] = [`no user ${target.user}`];
    }
    if ("channel_name" in target && !knownChannels.has(target.channel_name)) problems[`${path}.${index}.channel_name`] = [`no channel named "${target.channel_name}"`];
  });
  return problems;
}
