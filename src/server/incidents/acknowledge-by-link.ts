import type { TAuditActor } from "@/server/audit/audit-context";
import { db, Prisma } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";
import { readAckToken } from "./ack-link";
import { acknowledgeLocked } from "./close-incident";
import { toIncidentView } from "./incident-view";

/** What the acknowledge page shows before the button is pressed (a GET never acknowledges: mail scanners follow links). */
export async function describeAckLink(token: string) {
  const read = readAckToken(token);
  if ("problem" in read) return { ok: false as const, problem: read.problem };
  const notification = await db().notification.findUnique({ where: { id: read.notificationId }, include: { incident: true } });
  if (!notification?.incident) return { ok: false as const, problem: "This link belongs to no incident." };
  const used = await db().incidentAckUse.findUnique({ where: { notificationId: notification.id } });
  return { ok: true as const, incident: toIncidentView(notification.incident), recipient: recipientOf(notification), used: Boolean(used) };
}

/**
 * Acknowledges through a message's link, without signing in: the link is
 * signed, expires, and works once; the acknowledgement names the person (or
 * channel) the message was sent to, and the channel it came through.
 */
export async function acknowledgeByLink(token: string, now = new Date()) {
  const read = readAckToken(token, now.getTime());
  if ("problem" in read) throw new AppError("BAD_REQUEST", read.problem);
  const notification = await db().notification.findUnique({ where: { id: read.notificationId } });
  if (!notification?.incidentId) throw new AppError("NOT_FOUND", "This link belongs to no incident.");
  const incidentId = notification.incidentId;
  try {
    return await db().$transaction(async (tx) => {
      await tx.incidentAckUse.create({ data: { notificationId: notification.id, incidentId, usedAt: now } });
      const actor = recipientOf(notification);
      const via = `${notification.channel.toLowerCase()} link`;
      const auditActor: TAuditActor = notification.recipientUserId ? { type: "user", id: notification.recipientUserId, label: actor } : { type: "service", label: `${actor} (${via})` };
      return toIncidentView(await acknowledgeLocked(tx, incidentId, { actor, via, auditActor }, now));
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("CONFLICT", "This acknowledge link was already used.");
    throw error;
  }
}

function recipientOf(notification: { recipientEmail: string | null; channel: string; channelId: number | null }): string {
  return notification.recipientEmail ?? (notification.channelId ? `${notification.channel.toLowerCase()} channel #${notification.channelId}` : `a ${notification.channel.toLowerCase()} recipient`);
}
