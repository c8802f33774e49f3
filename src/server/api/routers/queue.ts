import { z } from "zod";
import { toDeadLetterView } from "@/server/dead-letters/dead-letter-view";
import { discardDeadLetters } from "@/server/dead-letters/discard-dead-letters";
import { listDeadLetters } from "@/server/dead-letters/list-dead-letters";
import { requeueNotifications } from "@/server/dead-letters/requeue-notifications";
import { ZDeadLetterListQuery, ZNotificationIds } from "@/server/dead-letters/schemas";
import { setDeliveryPaused } from "@/server/delivery/worker-control";
import { getWorkerStatus } from "@/server/delivery/worker-status";
import { toPageView } from "@/server/http/page-view";
import { adminProcedure, createTrpcRouter, operatorProcedure, protectedProcedure } from "../trpc";

export const queueRouter = createTrpcRouter({
  status: protectedProcedure.query(() => getWorkerStatus()),
  setPaused: adminProcedure
    .input(z.object({ paused: z.boolean() }))
    .output(z.object({ paused: z.boolean() }))
    .mutation(({ input, ctx }) => setDeliveryPaused(input.paused, ctx.user.email)),
  deadLetters: adminProcedure.input(ZDeadLetterListQuery).query(async ({ input }) => toPageView(await listDeadLetters(input), toDeadLetterView)),
  requeue: operatorProcedure.input(ZNotificationIds).output(z.object({ requeued: z.number().int() })).mutation(({ input }) => requeueNotifications(input)),
  discard: adminProcedure
    .input(ZNotificationIds)
    .output(z.object({ discarded: z.number().int() }))
    .mutation(({ input, ctx }) => discardDeadLetters(input, ctx.user.email)),
});
