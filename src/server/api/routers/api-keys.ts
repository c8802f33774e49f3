import { z } from "zod";
import { createApiKey, listApiKeys, revokeApiKey, ZCreateApiKey } from "@/server/auth/api-keys";
import { adminProcedure, createTrpcRouter } from "../trpc";

export const apiKeysRouter = createTrpcRouter({
  list: adminProcedure.query(() => listApiKeys()),
  create: adminProcedure
    .input(ZCreateApiKey.omit({ createdById: true }))
    .mutation(({ input, ctx }) => createApiKey({ ...input, createdById: ctx.user.id })),
  revoke: adminProcedure.input(z.object({ name: z.string().min(1) })).mutation(({ input }) => revokeApiKey(input.name)),
});
