import { apiKeyRoute } from "@/server/api/rest";
import { readNotificationRequest } from "@/server/attachments/read-notification-request";
import { createNotification } from "@/server/notifications/create-notification";
import { listNotifications } from "@/server/notifications/list-notifications";
import { toAttachmentResource, toNotificationResource } from "@/server/notifications/notification-resource";

export const POST = apiKeyRoute("notifications:write", async ({ request, apiKey }) => {
  const { body, attachments: uploads } = await readNotificationRequest(request);
  const { notification, created, attachments } = await createNotification({
    input: body,
    attachments: uploads,
    apiKeyId: apiKey.id,
    idempotencyKey: request.headers.get("idempotency-key"),
  });
  return Response.json({ ...toNotificationResource(notification), attachments: attachments.map(toAttachmentResource) }, {
    status: 202,
    headers: created ? {} : { "Idempotent-Replayed": "true" },
  });
});

export const GET = apiKeyRoute("notifications:read", async ({ request }) => {
  const params = Object.fromEntries([...new URL(request.url).searchParams].filter(([, value]) => value !== ""));
  const page = await listNotifications(params);
  return Response.json({
    data: page.items.map(toNotificationResource),
    page: page.page,
    page_size: page.pageSize,
    total: page.total,
    page_count: page.pageCount,
  });
});
