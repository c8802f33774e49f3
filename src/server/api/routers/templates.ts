import { z } from "zod";
import { EMAIL_TEMPLATE_IDS } from "@/server/templates/template-id-for-type";
import { listTemplatePreviews, renderTemplatePreview } from "@/server/templates/template-previews";
import { createTrpcRouter, protectedProcedure } from "../trpc";

export const templatesRouter = createTrpcRouter({
  list: protectedProcedure.output(z.array(z.object({ id: z.enum(EMAIL_TEMPLATE_IDS), name: z.string() }))).query(() => listTemplatePreviews()),
  preview: protectedProcedure
    .input(z.object({ id: z.string().min(1) }))
    .output(z.object({ subject: z.string(), html: z.string(), text: z.string() }))
    .query(({ input }) => renderTemplatePreview(input.id)),
});
