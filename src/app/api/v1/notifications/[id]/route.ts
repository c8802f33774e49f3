import { apiKeyRoute } from "@/server/api/rest";
import { cancelNotification } from "@/server/notifications/cancel-notification";
import { getNotification } from "@/server/notifications/get-notification";
import { toAttachmentResource, toDeliveryAttemptResource, toNotificationResource } from "@/server/notifications/notification-resource";

export const GET = apiKeyRoute<{ id: string }>("notifications:read", async ({ params }) => {
  const notification = await getNotification(params.id);
  return Response.json({
    ...toNotificationResource(notification),
    attachments: notification.attachments.map(toAttachmentResource),
    attempts: notification.attempts.map(toDeliveryAttemptResource),
    decisions: notification.decisions,
  });
});

export const DELETE = apiKeyRoute<{ id: string }>("notifications:write", async ({ params, apiKey }) => {
  const notification = await cancelNotification({ id: params.id, cancelledBy: `api_key:${apiKey.name}` });
  return Response.json(toNotificationResource(notification));
});
