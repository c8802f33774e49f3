import { apiKeyRoute } from "@/server/api/rest";
import { submitNotification } from "@/server/api/submit-responses";
import { listNotifications } from "@/server/notifications/list-notifications";
import { toNotificationListResource, type TNotificationListPage } from "@/server/notifications/notification-resource";

export const POST = apiKeyRoute("notifications:write", ({ request, apiKey }) => submitNotification(request, apiKey.id));

export const GET = apiKeyRoute("notifications:read", async ({ request }) => {
  const params = Object.fromEntries([...new URL(request.url).searchParams].filter(([, value]) => value !== ""));
  const page = await listNotifications(params);
  return Response.json({
    data: page.items.map(toNotificationListResource),
    page: page.page,
    page_size: page.pageSize,
    total: page.total,
    page_count: page.pageCount,
  } satisfies TNotificationListPage);
});
