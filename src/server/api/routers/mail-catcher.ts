import { z } from "zod";
import { clearCaughtEmails, getCaughtEmail, listCaughtEmails, ZCaughtEmailListQuery } from "@/server/mail-catcher/caught-emails";
import { adminProcedure, createTrpcRouter } from "../trpc";

export const mailCatcherRouter = createTrpcRouter({
  list: adminProcedure.input(ZCaughtEmailListQuery).query(({ input }) => listCaughtEmails(input)),
  byId: adminProcedure.input(z.object({ id: z.number().int().positive() })).query(({ input }) => getCaughtEmail(input.id)),
  clear: adminProcedure.mutation(() => clearCaughtEmails()),
});
