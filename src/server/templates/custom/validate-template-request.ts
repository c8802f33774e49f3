import { z } from "zod";
import { parseInput } from "@/server/errors/app-error";
import { ZTemplateBodies } from "./template-input-schema";
import { validateTemplateBodies, type TTemplateValidation } from "./validate-template-input";

/** Body of POST /api/v1/templates/validate: a whole template, or just its bodies. */
export const ZValidateTemplateRequest = z.object({ bodies: ZTemplateBodies }).loose();

const ZTemplateIssue = z.object({ path: z.string(), line: z.number().int().optional(), column: z.number().int().optional(), message: z.string() });

/** The answer of POST /api/v1/templates/validate. */
export const ZTemplateValidationResult = z.object({ valid: z.boolean(), errors: z.array(ZTemplateIssue), warnings: z.array(ZTemplateIssue) });

/** The errors and warnings saving would report, without saving; the editor calls it as the author types. */
export async function validateTemplateRequest(input: unknown): Promise<TTemplateValidation & z.output<typeof ZTemplateValidationResult>> {
  const { bodies } = parseInput(ZValidateTemplateRequest, input);
  const result = await validateTemplateBodies(bodies);
  return { valid: result.errors.length === 0, ...result };
}
