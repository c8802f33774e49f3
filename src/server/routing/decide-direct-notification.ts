import { expiringCache } from "@/server/cache/expiring-cache";
import { db, type Priority } from "@/server/db/client";
import { prioritySeverity } from "@/server/events/severity-priority";
import type { TNewNotification } from "@/server/notifications/insert-notification";
import type { TDirectoryUser } from "./directory";
import { PREFERENCE_COLUMNS, toDirectoryUser } from "./load-directory";
import { decideUserChannel } from "./plan-deliveries";

export type TDirectDecision = Required<Pick<TNewNotification, "status" | "deliverAfter" | "recipientUserId" | "decision">>;

/**
 * A direct email to a known user follows that user's preferences: email
 * turned off suppresses it, quiet hours and do-not-disturb defer it. Null for
 * an address that belongs to no user (nothing to apply).
 */
export async function decideDirectEmail(email: string, priority: Priority, now = new Date()): Promise<TDirectDecision | null> {
  const user = await directoryUsers.get(email.toLowerCase(), loadUser);
  if (!user) return null;
  const made = decideUserChannel(user, "email", { because: "Direct notification to a known user", ruleId: null, severity: prioritySeverity(priority), now, smsProvider: false });
  return {
    status: made.outcome === "NOTIFIED" ? "PENDING" : made.outcome,
    deliverAfter: made.deliverAfter,
    recipientUserId: user.id,
    decision: { recipient: made.recipient, outcome: made.outcome, reason: made.reason, userId: user.id, ruleId: null, eventId: null },
  };
}

/**
 * The executor sends bursts to the same few addresses: a user's routing view
 * is kept 5 s. A change of preferences applies at once in the process that
 * saved it (forgetDirectUsers) and within 5 s in every other.
 */
const directoryUsers = expiringCache<TDirectoryUser | null>(5_000, 10_000);

export function forgetDirectUsers(): void {
  directoryUsers.clear();
}

async function loadUser(email: string): Promise<TDirectoryUser | null> {
  const user = await db().user.findUnique({ where: { email }, select: { id: true, email: true, role: true, preferences: { select: PREFERENCE_COLUMNS } } });
  return user ? toDirectoryUser(user.id, user.email, user.role, user.preferences) : null;
}
