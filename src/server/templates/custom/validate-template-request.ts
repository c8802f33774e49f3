import { z } from "zod";
import { parseInput } from "@/server/errors/app-error";
import { ZTemplateBodies } from "./template-input-schema";
import { validateTemplateBodies, type TTemplateValidation } from "./validate-template-input";

/** Body of POST /api/v1/templates/validate: a whole template, or just its bodies. */
export const ZValidateTemplateRequest = z.object({ bodies: ZTemplateBodies }).loose();

/** The errors and warnings saving would report, without saving; the editor calls it as the author types. */
export async function validateTemplateRequest(input: unknown): Promise<TTemplateValidation & { valid: boolean }> {
  const { bodies } = parseInput(ZValidateTemplateRequest, input);
  const result = await validateTemplateBodies(bodies);
  return { valid: result.errors.length === 0, ...result };
}
