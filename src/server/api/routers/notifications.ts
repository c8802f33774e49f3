import { z } from "zod";
import { cancelNotification } from "@/server/notifications/cancel-notification";
import { getNotification } from "@/server/notifications/get-notification";
import { listNotifications, listNotificationTypes } from "@/server/notifications/list-notifications";
import { ZListNotificationsQuery } from "@/server/notifications/schemas";
import { createTrpcRouter, operatorProcedure, protectedProcedure } from "../trpc";

export const notificationsRouter = createTrpcRouter({
  list: protectedProcedure.input(ZListNotificationsQuery).query(({ input }) => listNotifications(input)),
  types: protectedProcedure.query(() => listNotificationTypes()),
  byId: protectedProcedure.input(z.object({ id: z.number().int().positive() })).query(({ input }) => getNotification(input.id)),
  cancel: operatorProcedure
    .input(z.object({ id: z.number().int().positive() }))
    .mutation(({ input, ctx }) => cancelNotification({ id: input.id, cancelledBy: `user:${ctx.user.email}` })),
});
