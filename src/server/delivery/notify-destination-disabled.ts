import type { DestinationState } from "@/server/db/client";
import { db } from "@/server/db/client";
import { createNotification } from "@/server/notifications/create-notification";

/**
 * Tells the destination's owner and every admin, by email (another channel
 * than the one that broke), that the breaker disabled it and how to re-enable it.
 */
export async function notifyDestinationDisabled(state: DestinationState): Promise<void> {
  const [admins, owner] = await Promise.all([
    db().user.findMany({ where: { role: "ADMIN", deactivatedAt: null }, select: { email: true } }),
    state.ownerUserId ? db().user.findUnique({ where: { id: state.ownerUserId }, select: { email: true } }) : null,
  ]);
  const recipients = new Set([owner?.email, ...admins.map((admin) => admin.email)].filter((email): email is string => Boolean(email)));
  const where = state.ownerUserId ? "My channels" : "Channels";
  for (const recipient of recipients) {
    await createNotification({
      input: {
        recipient_email: recipient,
        subject: `${state.label} was disabled after failing`,
        body: `OpsConductor Notify stopped sending to ${state.label}.\n\nReason: ${state.disabledReason}\n\nNotifications for it fail at once until it is fixed and re-enabled on the ${where} page (one click).`,
        notification_type: "system_event",
        priority: "high",
        metadata: { event: "destination_disabled", source: "OpsConductor Notify", severity: "warning", details: { destination: state.label, reason: state.disabledReason ?? "" } },
      },
    });
  }
}
