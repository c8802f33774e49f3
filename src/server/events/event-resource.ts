import { z } from "zod";
import { lowerCaseEnum, toLowerCase } from "@/server/api/lower-case-enum";
import { Channel, EventSeverity, EventStatus, DecisionOutcome, type Event, type RoutingDecision } from "@/server/db/client";
import { ZAudienceTargetView } from "./audience-target";

export type TDecisionWithNotification = RoutingDecision & { notification: { status: string } | null; ruleName: string | null };

/** The REST and UI representation of an event: snake_case, lower-case enums, no dedupe internals. */
export const ZEventResource = z.object({
  id: z.string().meta({ description: "UUIDv7: time-ordered, the cursor of the list" }),
  type: z.string(),
  severity: lowerCaseEnum(EventSeverity),
  source: z.string().nullable(),
  title: z.string(),
  message: z.string().nullable(),
  job: z.record(z.string(), z.unknown()).nullable().meta({ description: "The job run it reports on, as sent" }),
  labels: z.record(z.string(), z.string()),
  data: z.record(z.string(), z.unknown()),
  group_key: z.string(),
  recipients: z.array(ZAudienceTargetView),
  occurred_at: z.string(),
  received_at: z.string(),
  status: lowerCaseEnum(EventStatus).meta({ description: "received → routed (or failed, with routing_error)" }),
  routed_at: z.string().nullable(),
  routing_error: z.string().nullable(),
});
export type TEventResource = z.output<typeof ZEventResource>;

export function toEventResource(event: Event): TEventResource {
  return {
    id: event.id,
    type: event.type,
    severity: toLowerCase(event.severity),
    source: event.source,
    title: event.title,
    message: event.message,
    job: event.job as Record<string, unknown> | null,
    labels: event.labels as Record<string, string>,
    data: event.data as Record<string, unknown>,
    group_key: event.groupKey,
    recipients: event.recipients as TEventResource["recipients"],
    occurred_at: event.occurredAt.toISOString(),
    received_at: event.receivedAt.toISOString(),
    status: toLowerCase(event.status),
    routed_at: event.routedAt?.toISOString() ?? null,
    routing_error: event.routingError,
  };
}

/** One entry of the decision trail: who, on which channel, what happened and why. */
export const ZDecisionResource = z.object({
  recipient: z.string(),
  user_id: z.number().int().nullable(),
  channel: lowerCaseEnum(Channel).nullable(),
  outcome: lowerCaseEnum(DecisionOutcome),
  reason: z.string(),
  rule_id: z.number().int().nullable(),
  rule_name: z.string().nullable(),
  notification_id: z.number().int().nullable(),
  notification_status: z.string().nullable(),
  deliver_after: z.string().nullable(),
  decided_at: z.string(),
});
export type TDecisionResource = z.output<typeof ZDecisionResource>;

export function toDecisionResource(decision: TDecisionWithNotification): TDecisionResource {
  return {
    recipient: decision.recipient,
    user_id: decision.userId,
    channel: decision.channel ? toLowerCase(decision.channel) : null,
    outcome: toLowerCase(decision.outcome),
    reason: decision.reason,
    rule_id: decision.ruleId,
    rule_name: decision.ruleName,
    notification_id: decision.notificationId,
    notification_status: decision.notification?.status.toLowerCase() ?? null,
    deliver_after: decision.deliverAfter?.toISOString() ?? null,
    decided_at: decision.createdAt.toISOString(),
  };
}

/** GET /api/v1/events/:id: the event and its decision trail. */
export const ZEventDetail = ZEventResource.extend({ decisions: z.array(ZDecisionResource) });
export type TEventDetail = TEventResource & { decisions: TDecisionResource[] };

/** A page of GET /api/v1/events. */
export const ZEventListPage = z.object({
  data: z.array(
    ZEventResource.extend({
      decision_counts: z.object({ notified: z.number().int(), deferred: z.number().int(), suppressed: z.number().int(), folded: z.number().int().meta({ description: "Held by noise control (rate limit, flood, maintenance, digest) for one summary" }) }),
    }),
  ),
  next_cursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last" }),
});
export type TEventListPage = z.output<typeof ZEventListPage>;
