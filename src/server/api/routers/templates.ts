import { z } from "zod";
import { listTemplatePreviews, renderTemplatePreview } from "@/server/templates/template-previews";
import { createTrpcRouter, protectedProcedure } from "../trpc";

export const templatesRouter = createTrpcRouter({
  list: protectedProcedure.query(() => listTemplatePreviews()),
  preview: protectedProcedure.input(z.object({ id: z.string().min(1) })).query(({ input }) => renderTemplatePreview(input.id)),
});
