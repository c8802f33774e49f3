import { z } from "zod";
import { ZNotificationCreated } from "@/server/notifications/notification-resource";
import type { TApiRoute } from "../api-route";
import { EXAMPLE_EVENT_ID } from "../examples";
import { ZEventAccepted, ZEventSubmission } from "./events";
import { ZNotificationSubmission } from "./notifications";

export const internalRoutes: TApiRoute[] = [
  {
    method: "post",
    path: "/internal/notifications",
    tag: "Service to service",
    summary: "Submit a notification or events (service token)",
    description: 'For other OpsConductor services: the body of POST /api/v1/notifications, or of POST /api/v1/events (it has a `"type"` or `"events"`), answered alike.',
    access: "service-token",
    body: { schema: z.union([ZEventSubmission, ZNotificationSubmission]), example: { type: "job.succeeded", source: "scheduler", title: "nightly-backup finished", job: { name: "nightly-backup", run_id: 4711, status: "success" } } },
    response: {
      status: 202,
      description: "Accepted: the notification (as POST /api/v1/notifications answers) or the event ids",
      body: {
        schema: z.union([ZEventAccepted, ZNotificationCreated]),
        example: { id: EXAMPLE_EVENT_ID, status: "received" },
      },
    },
    errors: [400, 404, 413, 422],
  },
];
