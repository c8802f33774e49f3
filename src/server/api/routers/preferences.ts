import { z } from "zod";
import { getPreferences } from "@/server/preferences/get-preferences";
import { ZPreferencesInput, ZPreferencesUserRef } from "@/server/preferences/preferences-schema";
import { savePreferences } from "@/server/preferences/save-preferences";
import { createTrpcRouter, protectedProcedure } from "../trpc";

/** Without `user`, the signed-in user's own; admins may name anyone (checked in the domain). */
const ZWhose = z.object({ user: ZPreferencesUserRef.optional() });

export const preferencesRouter = createTrpcRouter({
  get: protectedProcedure.input(ZWhose).query(({ input, ctx }) => getPreferences({ user: input.user ?? ctx.user.id, viewer: ctx.user })),
  save: protectedProcedure
    .input(ZWhose.extend({ input: ZPreferencesInput }))
    .mutation(({ input, ctx }) => savePreferences({ user: input.user ?? ctx.user.id, input: input.input, viewer: ctx.user })),
});
