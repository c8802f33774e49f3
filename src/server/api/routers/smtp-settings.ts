import { getSmtpSettings } from "@/server/smtp/get-smtp-settings";
import { saveSmtpSettings } from "@/server/smtp/save-smtp-settings";
import { sendSmtpTestEmail } from "@/server/smtp/send-smtp-test-email";
import { SMTP_PRESETS } from "@/server/smtp/smtp-presets";
import { ZSmtpSendTestEmailInput, ZSmtpSettingsInput, ZSmtpTestConnectionInput } from "@/server/smtp/smtp-settings-schema";
import { testSmtpConnection } from "@/server/smtp/test-smtp-connection";
import { adminProcedure, createTrpcRouter } from "../trpc";

export const smtpSettingsRouter = createTrpcRouter({
  get: adminProcedure.query(() => getSmtpSettings()),
  save: adminProcedure.input(ZSmtpSettingsInput).mutation(({ input, ctx }) => saveSmtpSettings({ settings: input, updatedById: ctx.user.id })),
  testConnection: adminProcedure.input(ZSmtpTestConnectionInput).mutation(({ input }) => testSmtpConnection(input)),
  sendTestEmail: adminProcedure
    .input(ZSmtpSendTestEmailInput)
    .mutation(({ input, ctx }) => sendSmtpTestEmail({ ...input, sentBy: ctx.user.email })),
  presets: adminProcedure.query(() => SMTP_PRESETS),
});
