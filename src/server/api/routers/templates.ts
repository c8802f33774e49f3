import { z } from "zod";
import { currentBrand, saveBranding, toBrandingView, ZBrandingInput } from "@/server/templates/custom/branding";
import { listCustomVariables, saveCustomVariables, ZCustomVariables } from "@/server/templates/custom/custom-variables";
import { previewTemplate, ZPreviewTemplateRequest } from "@/server/templates/custom/preview-template";
import { restoreTemplateVersion, ZTemplateVersionNumber } from "@/server/templates/custom/restore-template-version";
import { createTemplate, updateTemplate } from "@/server/templates/custom/save-template";
import { previewRecipient, sendTemplateTest } from "@/server/templates/custom/send-template-test";
import { ZTemplateInput, ZTemplateKey } from "@/server/templates/custom/template-input-schema";
import { deleteTemplate, getTemplate, listTemplates, listTemplateVersions } from "@/server/templates/custom/template-queries";
import { templateVersionDiff } from "@/server/templates/custom/template-version-diff";
import { validateTemplateRequest, ZValidateTemplateRequest } from "@/server/templates/custom/validate-template-request";
import { EMAIL_TEMPLATE_IDS } from "@/server/templates/template-id-for-type";
import { listTemplatePreviews, renderTemplatePreview } from "@/server/templates/template-previews";
import { adminProcedure, createTrpcRouter, protectedProcedure } from "../trpc";

const ZByKey = z.object({ key: ZTemplateKey });
const actorOf = (user: { email: string }) => `user:${user.email}`;

/** The built-in templates of today, as a gallery (what is sent when no custom template applies). */
const builtInRouter = createTrpcRouter({
  list: protectedProcedure.output(z.array(z.object({ id: z.enum(EMAIL_TEMPLATE_IDS), name: z.string() }))).query(() => listTemplatePreviews()),
  preview: protectedProcedure
    .input(z.object({ id: z.string().min(1) }))
    .output(z.object({ subject: z.string(), html: z.string(), text: z.string() }))
    .query(({ input }) => renderTemplatePreview(input.id)),
});

export const templatesRouter = createTrpcRouter({
  builtIn: builtInRouter,
  list: protectedProcedure.query(() => listTemplates()),
  byKey: protectedProcedure.input(ZByKey).query(({ input }) => getTemplate(input.key)),
  versions: protectedProcedure.input(ZByKey).query(({ input }) => listTemplateVersions(input.key)),
  diff: protectedProcedure.input(ZByKey.extend({ version: ZTemplateVersionNumber })).query(({ input }) => templateVersionDiff(input)),
  validate: protectedProcedure.input(ZValidateTemplateRequest).mutation(({ input }) => validateTemplateRequest(input)),
  /** Rendered for the signed-in user as the recipient (their name, address and zone), unless the input names one. */
  preview: protectedProcedure.input(ZPreviewTemplateRequest).mutation(async ({ input, ctx }) => previewTemplate({ ...input, recipient: input.recipient ?? (await previewRecipient(ctx.user)) })),
  create: adminProcedure.input(ZTemplateInput).mutation(({ input, ctx }) => createTemplate({ input, actor: actorOf(ctx.user) })),
  /** The key is the template's name in URLs and rules; it does not change. */
  update: adminProcedure
    .input(ZTemplateInput)
    .mutation(({ input: { key, ...template }, ctx }) => updateTemplate({ key, input: template, actor: actorOf(ctx.user) })),
  delete: adminProcedure.input(ZByKey).output(z.void()).mutation(({ input }) => deleteTemplate(input.key)),
  restore: adminProcedure
    .input(ZByKey.extend({ version: ZTemplateVersionNumber }))
    .mutation(({ input, ctx }) => restoreTemplateVersion({ key: input.key, version: input.version, actor: actorOf(ctx.user) })),
  sendTest: adminProcedure.input(ZPreviewTemplateRequest).mutation(({ input, ctx }) => sendTemplateTest({ input, user: ctx.user })),
  variables: createTrpcRouter({
    list: protectedProcedure.query(() => listCustomVariables()),
    save: adminProcedure.input(z.object({ variables: ZCustomVariables })).mutation(({ input }) => saveCustomVariables(input.variables)),
  }),
  branding: createTrpcRouter({
    get: protectedProcedure.query(async () => toBrandingView(await currentBrand())),
    save: adminProcedure.input(ZBrandingInput).mutation(({ input, ctx }) => saveBranding({ input, actor: actorOf(ctx.user) })),
  }),
});
