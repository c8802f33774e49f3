import { z } from "zod";
import { toPageView } from "@/server/http/page-view";
import { clearCaughtEmails, getCaughtEmail, listCaughtEmails, ZCaughtEmailListQuery } from "@/server/mail-catcher/caught-emails";
import { toCaughtEmailListItem, toCaughtEmailView } from "@/server/mail-catcher/caught-email-view";
import { adminProcedure, createTrpcRouter } from "../trpc";

export const mailCatcherRouter = createTrpcRouter({
  list: adminProcedure.input(ZCaughtEmailListQuery).query(async ({ input }) => toPageView(await listCaughtEmails(input), toCaughtEmailListItem)),
  byId: adminProcedure.input(z.object({ id: z.number().int().positive() })).query(async ({ input }) => toCaughtEmailView(await getCaughtEmail(input.id))),
  clear: adminProcedure.output(z.object({ cleared: z.number().int() })).mutation(async () => ({ cleared: await clearCaughtEmails() })),
});
