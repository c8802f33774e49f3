import { z } from "zod";
import { getNotification } from "@/server/notifications/get-notification";
import { listNotifications, listNotificationTypes } from "@/server/notifications/list-notifications";
import { ZListNotificationsQuery } from "@/server/notifications/schemas";
import { createTrpcRouter, protectedProcedure } from "../trpc";

export const notificationsRouter = createTrpcRouter({
  list: protectedProcedure.input(ZListNotificationsQuery).query(({ input }) => listNotifications(input)),
  types: protectedProcedure.query(() => listNotificationTypes()),
  byId: protectedProcedure.input(z.object({ id: z.number().int().positive() })).query(({ input }) => getNotification(input.id)),
});
