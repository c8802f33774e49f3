import { z } from "zod";
import { toPageView } from "@/server/http/page-view";
import { cancelNotification } from "@/server/notifications/cancel-notification";
import { getNotification } from "@/server/notifications/get-notification";
import { listNotifications, listNotificationTypes } from "@/server/notifications/list-notifications";
import { toNotificationDetailView, toNotificationListItem, toNotificationView } from "@/server/notifications/notification-view";
import { ZListNotificationsQuery } from "@/server/notifications/schemas";
import { createTrpcRouter, operatorProcedure, protectedProcedure } from "../trpc";

export const notificationsRouter = createTrpcRouter({
  list: protectedProcedure.input(ZListNotificationsQuery).query(async ({ input }) => toPageView(await listNotifications(input), toNotificationListItem)),
  types: protectedProcedure.output(z.array(z.string())).query(() => listNotificationTypes()),
  byId: protectedProcedure.input(z.object({ id: z.number().int().positive() })).query(async ({ input }) => toNotificationDetailView(await getNotification(input.id))),
  cancel: operatorProcedure
    .input(z.object({ id: z.number().int().positive() }))
    .mutation(async ({ input, ctx }) => toNotificationView(await cancelNotification({ id: input.id, cancelledBy: `user:${ctx.user.email}` }))),
});
