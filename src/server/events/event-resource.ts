import type { Event, RoutingDecision } from "@/server/db/client";

export type TDecisionWithNotification = RoutingDecision & { notification: { status: string } | null; ruleName: string | null };

/** The REST and UI representation of an event: snake_case, lower-case enums, no dedupe internals. */
export function toEventResource(event: Event) {
  return {
    id: event.id,
    type: event.type,
    severity: event.severity.toLowerCase(),
    source: event.source,
    title: event.title,
    message: event.message,
    job: event.job,
    labels: event.labels as Record<string, string>,
    data: event.data as Record<string, unknown>,
    group_key: event.groupKey,
    recipients: event.recipients as unknown[],
    occurred_at: event.occurredAt.toISOString(),
    received_at: event.receivedAt.toISOString(),
    status: event.status.toLowerCase(),
    routed_at: event.routedAt?.toISOString() ?? null,
    routing_error: event.routingError,
  };
}
export type TEventResource = ReturnType<typeof toEventResource>;

/** One entry of the decision trail: who, on which channel, what happened and why. */
export function toDecisionResource(decision: TDecisionWithNotification) {
  return {
    recipient: decision.recipient,
    user_id: decision.userId,
    channel: decision.channel?.toLowerCase() ?? null,
    outcome: decision.outcome.toLowerCase() as "notified" | "deferred" | "suppressed",
    reason: decision.reason,
    rule_id: decision.ruleId,
    rule_name: decision.ruleName,
    notification_id: decision.notificationId,
    notification_status: decision.notification?.status.toLowerCase() ?? null,
    deliver_after: decision.deliverAfter?.toISOString() ?? null,
    decided_at: decision.createdAt.toISOString(),
  };
}
export type TDecisionResource = ReturnType<typeof toDecisionResource>;
