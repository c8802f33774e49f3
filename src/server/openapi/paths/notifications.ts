import { z } from "zod";
import { ZAttachmentInput } from "@/server/attachments/attachment-input";
import { ZNotificationCreated, ZNotificationDetail, ZNotificationListPage, ZNotificationResource } from "@/server/notifications/notification-resource";
import { ZCreateNotificationRequest, ZIdempotencyKey, ZListNotificationsQuery, ZNotificationId } from "@/server/notifications/schemas";
import type { TApiRoute } from "../api-route";
import { EXAMPLE_LATER, EXAMPLE_TIME } from "../examples";

const tag = "Notifications";

/** The JSON body: the notification, plus files base64-encoded (readNotificationRequest splits them off before ZCreateNotificationRequest parses the rest). */
export const ZNotificationSubmission = z.intersection(ZCreateNotificationRequest, z.object({ attachments: z.array(ZAttachmentInput).optional() }));

const notification = {
  id: 4711,
  recipient_email: "oncall@example.com",
  channel: "email",
  subject: "Backup of db-01 finished",
  notification_type: "job_completed",
  priority: "normal",
  status: "pending",
  job_run_id: "4711",
  sent_at: null,
  error_message: null,
  retry_count: 0,
  provider_message_id: null,
  event_id: null,
  deliver_after: null,
  cancelled_at: null,
  created_at: EXAMPLE_TIME,
  updated_at: EXAMPLE_TIME,
} as const;
const full = { ...notification, body: "The nightly backup completed in 4 min 12 s.", metadata: { job_name: "nightly-backup", host: "db-01", status: "success" } };
const sent = { ...full, status: "sent", sent_at: EXAMPLE_LATER, provider_message_id: "<4711.1764581400@notify.example.com>", updated_at: EXAMPLE_LATER } as const;

const ZIdParams = z.object({ id: ZNotificationId });

export const notificationRoutes: TApiRoute[] = [
  {
    method: "post",
    path: "/api/v1/notifications",
    tag,
    summary: "Create a notification",
    description:
      "Stores the notification and queues its delivery in one transaction; 202 with the notification. A repeated `Idempotency-Key` answers the first result (header `Idempotent-Replayed: true`). " +
      'Files travel base64-encoded in `attachments`, or as `multipart/form-data` with the notification as JSON in a `payload` field and each file as a part. Other channels: `"channel"` with `"destination"`, `"channel_name"` or the `"recipient_email"` of a user with a personal channel.',
    access: { scopes: ["notifications:write"] },
    params: { header: z.object({ "idempotency-key": ZIdempotencyKey.optional().meta({ description: "Replays answer the first result instead of creating another" }) }) },
    body: {
      schema: ZNotificationSubmission,
      example: {
        recipient_email: "oncall@example.com",
        subject: "Backup of db-01 finished",
        body: "The nightly backup completed in 4 min 12 s.",
        notification_type: "job_completed",
        job_run_id: 4711,
        priority: "normal",
        metadata: { job_name: "nightly-backup", host: "db-01", status: "success" },
        attachments: [{ filename: "backup.log", content_base64: "YmFja3VwIGNvbXBsZXRlZAo=", compress: "gzip" }],
      },
    },
    response: {
      status: 202,
      description: "Accepted: stored and queued",
      body: { schema: ZNotificationCreated, example: { ...full, attachments: [{ filename: "backup.log.gz", content_type: "application/gzip", size_bytes: 37, original_size_bytes: 17, transform: "gzip" }] } },
    },
    errors: [400, 413, 422, 429],
  },
  {
    method: "get",
    path: "/api/v1/notifications",
    tag,
    summary: "List notifications",
    description: "Newest first. Items carry `body_preview` (the body's first 200 characters) instead of `body` and `metadata`.",
    access: { scopes: ["notifications:read"] },
    params: { query: ZListNotificationsQuery },
    response: {
      status: 200,
      description: "One page",
      body: { schema: ZNotificationListPage, example: { data: [{ ...notification, body_preview: "The nightly backup completed in 4 min 12 s." }], page: 1, page_size: 25, total: 1, page_count: 1 } },
    },
    errors: [400, 429],
  },
  {
    method: "get",
    path: "/api/v1/notifications/{id}",
    tag,
    summary: "Get a notification",
    description: "With its attachments (not their content), every delivery attempt with the receiver's reply, and the routing decisions that made it.",
    access: { scopes: ["notifications:read"] },
    params: { path: ZIdParams },
    response: {
      status: 200,
      description: "The notification",
      body: {
        schema: ZNotificationDetail,
        example: {
          ...sent,
          attachments: [],
          attempts: [{ attempt_number: 1, started_at: EXAMPLE_TIME, finished_at: EXAMPLE_LATER, outcome: "delivered", response: "250 2.0.0 Ok: queued as 4F2A81C0", duration_ms: 212 }],
          decisions: [],
        },
      },
    },
    errors: [400, 404, 429],
  },
  {
    method: "delete",
    path: "/api/v1/notifications/{id}",
    tag,
    summary: "Cancel a notification",
    description: "Cancels one not sent yet (pending, retrying, deferred): its job is removed, its status becomes `cancelled` with who and when. 409 when it is sent, being sent or dead.",
    access: { scopes: ["notifications:write"] },
    params: { path: ZIdParams },
    response: { status: 200, description: "The cancelled notification", body: { schema: ZNotificationResource, example: { ...full, status: "cancelled", cancelled_at: EXAMPLE_LATER, updated_at: EXAMPLE_LATER } } },
    errors: [400, 404, 409, 429],
  },
];
