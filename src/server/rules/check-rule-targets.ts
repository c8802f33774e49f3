import { db } from "@/server/db/client";
import { AppError, type TFieldErrors } from "@/server/errors/app-error";
import type { TRuleActions } from "./rule-actions-schema";

/**
 * A rule may only name users and channels that exist: a typo would otherwise
 * route nothing, silently. Errors name the exact entry (actions.notify.2.user).
 */
export async function checkRuleTargets(actions: TRuleActions): Promise<void> {
  const notify = actions.notify ?? [];
  const ids = notify.flatMap((target) => ("user" in target && typeof target.user === "number" ? [target.user] : []));
  const emails = notify.flatMap((target) => ("user" in target && typeof target.user === "string" ? [target.user] : []));
  const names = notify.flatMap((target) => ("channel_name" in target ? [target.channel_name] : []));
  const [users, channels, template] = await Promise.all([
    ids.length || emails.length ? db().user.findMany({ where: { OR: [{ id: { in: ids } }, { email: { in: emails } }] }, select: { id: true, email: true } }) : [],
    names.length ? db().notificationChannel.findMany({ where: { name: { in: names } }, select: { name: true } }) : [],
    actions.template ? db().messageTemplate.findUnique({ where: { key: actions.template }, select: { key: true } }) : null,
  ]);
  const knownIds = new Set(users.map((user) => user.id));
  const knownEmails = new Set(users.map((user) => user.email));
  const knownChannels = new Set(channels.map((channel) => channel.name));
  const fieldErrors: TFieldErrors = {};
  notify.forEach((target, index) => {
    if ("user" in target && !(typeof target.user === "number" ? knownIds.has(target.user) : knownEmails.has(target.user))) {
      fieldErrors[`actions.notify.${index}.user`] = [`no user ${target.user}`];
    }
    if ("channel_name" in target && !knownChannels.has(target.channel_name)) {
      fieldErrors[`actions.notify.${index}.channel_name`] = [`no channel named "${target.channel_name}"`];
    }
  });
  if (actions.template && !template) fieldErrors["actions.template"] = [`no template "${actions.template}" (create it under Templates)`];
  const problems = Object.entries(fieldErrors);
  if (problems.length) {
    throw new AppError("BAD_REQUEST", `Invalid rule: ${problems.map(([field, [message]]) => `${field}: ${message}`).join("; ")}`, { fieldErrors });
  }
}
