import { z } from "zod";
import { ZEventDetail, ZEventListPage } from "@/server/events/event-resource";
import { EVENT_LIMITS, ZEventId, ZListEventsQuery } from "@/server/events/event-schema";
import { ZIdempotencyKey } from "@/server/notifications/schemas";
import type { TApiRoute } from "../api-route";
import { ZEventInputComponent as ZEventInput } from "../named-inputs";
import { EXAMPLE_EVENT_ID, EXAMPLE_LATER, EXAMPLE_TIME } from "../examples";

const tag = "Events";

/** One event, or a batch (parseEventRequest tells them apart by `events`). */
export const ZEventSubmission = z.union([ZEventInput, z.strictObject({ events: z.array(ZEventInput).min(1).max(EVENT_LIMITS.batch) })]);

export const ZEventAccepted = z.union([
  z.object({ id: z.string(), status: z.literal("received") }),
  z.object({ ids: z.array(z.string()).meta({ description: "In the order of the batch" }), status: z.literal("received") }),
]);

const event = {
  id: EXAMPLE_EVENT_ID,
  type: "job.failed",
  severity: "warning",
  source: "executor",
  title: "nightly-backup failed on db-01",
  message: "pg_dump exited with code 1",
  job: { name: "nightly-backup", run_id: "4711", status: "failed", host: "db-01", exit_code: 1 },
  labels: { env: "prod" },
  data: {},
  group_key: "job:executor:nightly-backup",
  recipients: [],
  occurred_at: EXAMPLE_TIME,
  received_at: EXAMPLE_TIME,
  status: "routed",
  routed_at: EXAMPLE_LATER,
  routing_error: null,
} as const;

export const eventRoutes: TApiRoute[] = [
  {
    method: "post",
    path: "/api/v1/events",
    tag,
    summary: "Report events",
    description:
      'One event, or `{"events": [...]}` with 1–1,000. Every item is validated before anything is stored; a 400 lists each problem with its index in `details`. Routing (rules, preferences, quiet hours) decides who is told. A batch of N costs N requests of the key\'s rate limit.',
    access: { scopes: ["events:write"] },
    params: { header: z.object({ "idempotency-key": ZIdempotencyKey.optional().meta({ description: "For a single event: the same as its idempotency_key" }) }) },
    body: {
      schema: ZEventSubmission,
      example: {
        type: "job.failed",
        severity: "warning",
        source: "executor",
        title: "nightly-backup failed on db-01",
        message: "pg_dump exited with code 1",
        job: { name: "nightly-backup", run_id: 4711, status: "failed", host: "db-01", exit_code: 1 },
        labels: { env: "prod" },
      },
    },
    response: { status: 202, description: "Stored; routing is queued", body: { schema: ZEventAccepted, example: { id: EXAMPLE_EVENT_ID, status: "received" } } },
    errors: [400, 413, 422, 429],
  },
  {
    method: "get",
    path: "/api/v1/events",
    tag,
    summary: "List events",
    description: "Newest first; `next_cursor` fetches the next page. `type=job.*` lists a family, `label=env:prod` one label.",
    access: { scopes: ["events:read", "notifications:read"] },
    params: { query: ZListEventsQuery },
    response: { status: 200, description: "One page", body: { schema: ZEventListPage, example: { data: [{ ...event, decision_counts: { notified: 2, deferred: 0, suppressed: 1, folded: 0 } }], next_cursor: null } } },
    errors: [400, 429],
  },
  {
    method: "get",
    path: "/api/v1/events/{id}",
    tag,
    summary: "Get an event",
    description: "The event, its routing status (`received` → `routed`) and its decisions: who, on which channel, notified / deferred / suppressed and why.",
    access: { scopes: ["events:read", "notifications:read"] },
    params: { path: z.object({ id: ZEventId }) },
    response: {
      status: 200,
      description: "The event",
      body: {
        schema: ZEventDetail,
        example: {
          ...event,
          decisions: [
            {
              recipient: "oncall@example.com",
              user_id: 3,
              channel: "email",
              outcome: "notified",
              reason: 'Rule "On-call failures" matched',
              rule_id: 1,
              rule_name: "On-call failures",
              notification_id: 4712,
              notification_status: "sent",
              deliver_after: null,
              decided_at: EXAMPLE_LATER,
            },
          ],
        },
      },
    },
    errors: [400, 404, 429],
  },
];
