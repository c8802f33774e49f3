import { z } from "zod";
import { ZChannelId, ZChannelInput, ZRotateChannelSecretInput, ZUpdateChannelInput } from "@/server/destinations/channel-input-schema";
import { createChannel } from "@/server/destinations/create-channel";
import { deleteChannel } from "@/server/destinations/delete-channel";
import { getPersonalChannels } from "@/server/destinations/get-personal-channels";
import { listChannels } from "@/server/destinations/list-channels";
import { ZRotatePersonalSecretInput, ZSavePersonalChannels } from "@/server/destinations/personal-channels-schema";
import { reenableDestination } from "@/server/destinations/reenable-destination";
import { rotateChannelSecret } from "@/server/destinations/rotate-channel-secret";
import { rotatePersonalWebhookSecret } from "@/server/destinations/rotate-personal-webhook-secret";
import { savePersonalChannels } from "@/server/destinations/save-personal-channels";
import { testAllChannels } from "@/server/destinations/test-all-channels";
import { testChannel } from "@/server/destinations/test-channel";
import { ZTrpcTestInput } from "@/server/destinations/test-request-schema";
import { updateChannel } from "@/server/destinations/update-channel";
import { adminProcedure, createTrpcRouter, protectedProcedure } from "../trpc";

/** Each user's own channels: every signed-in user, viewers included, edits their own. */
const personalRouter = createTrpcRouter({
  get: protectedProcedure.query(({ ctx }) => getPersonalChannels(ctx.user.id)),
  save: protectedProcedure.input(ZSavePersonalChannels).mutation(({ input, ctx }) => savePersonalChannels({ userId: ctx.user.id, input })),
  rotateSecret: protectedProcedure
    .input(ZRotatePersonalSecretInput)
    .mutation(({ input, ctx }) => rotatePersonalWebhookSecret({ userId: ctx.user.id, grace_period_hours: input.grace_period_hours })),
});

export const channelsRouter = createTrpcRouter({
  list: adminProcedure.query(() => listChannels()),
  create: adminProcedure.input(ZChannelInput).mutation(({ input }) => createChannel(input)),
  update: adminProcedure.input(ZUpdateChannelInput).mutation(({ input }) => updateChannel(input)),
  delete: adminProcedure.input(ZChannelId).output(z.void()).mutation(({ input }) => deleteChannel(input.id)),
  rotateSecret: adminProcedure.input(ZRotateChannelSecretInput).mutation(({ input }) => rotateChannelSecret(input)),
  /** Admins re-enable any destination, other users their own (checked in the domain). */
  reenable: protectedProcedure
    .input(z.object({ destination_key: z.string().min(1) }))
    .mutation(({ input, ctx }) => reenableDestination(input.destination_key, ctx.user)),
  personal: personalRouter,
  /** Organisation channels need OPERATOR; given destinations and one's own channels anyone (checked in the domain). */
  test: protectedProcedure.input(ZTrpcTestInput).mutation(({ input, ctx }) => testChannel({ channel: input.channel, body: input.request, user: ctx.user })),
  testAll: protectedProcedure.mutation(({ ctx }) => testAllChannels({ user: ctx.user })),
});
