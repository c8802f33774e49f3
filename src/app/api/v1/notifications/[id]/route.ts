import { apiKeyRoute } from "@/server/api/rest";
import { getNotification } from "@/server/notifications/get-notification";
import { toAttachmentResource, toDeliveryAttemptResource, toNotificationResource } from "@/server/notifications/notification-resource";

export const GET = apiKeyRoute<{ id: string }>("notifications:read", async ({ params }) => {
  const notification = await getNotification(params.id);
  return Response.json({
    ...toNotificationResource(notification),
    attachments: notification.attachments.map(toAttachmentResource),
    attempts: notification.attempts.map(toDeliveryAttemptResource),
  });
});
