import type { Event } from "@/server/db/client";
import type { TEventSeverity } from "@/server/events/event-severity";
import { eventFromRow } from "@/server/events/event-from-row";
import type { TNewNotification } from "@/server/notifications/insert-notification";
import { eventNotificationContent } from "./event-notification-content";
import type { TPlannedDecision } from "./plan-deliveries";

/** An event as routing decided to tell it: its row and the severity its rules left it with. */
export type TToldEvent = { event: Event; severity: TEventSeverity };

/** Every notification of one event says the same: built once per event, not once per recipient. */
const contents = new WeakMap<TToldEvent, ReturnType<typeof eventNotificationContent>>();

function contentOf(plan: TToldEvent) {
  let content = contents.get(plan);
  if (!content) contents.set(plan, (content = eventNotificationContent(plan.event.id, eventFromRow(plan.event), plan.severity)));
  return content;
}

export function toNotification(plan: TToldEvent, made: TPlannedDecision, delivery: NonNullable<TPlannedDecision["delivery"]>): TNewNotification {
  const { event } = plan;
  return {
    ...contentOf(plan),
    channel: delivery.channel,
    recipientEmail: delivery.recipientEmail,
    recipientUserId: delivery.recipientUserId,
    channelId: delivery.channelId,
    destinationKey: delivery.destinationKey,
    destinationEncrypted: null,
    apiKeyId: null,
    idempotencyKey: null,
    eventId: event.id,
    status: made.outcome === "DEFERRED" ? "DEFERRED" : "PENDING",
    deliverAfter: made.deliverAfter,
    templateKey: delivery.templateKey ?? null,
    digest: delivery.digest ?? null,
    decision: { recipient: made.recipient, outcome: made.outcome, reason: made.reason, userId: made.userId, ruleId: made.ruleId, eventId: event.id },
  };
}
