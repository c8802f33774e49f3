import { z } from "zod";

/** One problem of one item of a batch (see TErrorDetail). */
export const ZErrorDetail = z.object({
  index: z.number().int(),
  path: z.string(),
  message: z.string(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
});

/** The body of every REST error: 400 names each bad field in `fields` (batches and templates list `details`). */
export const ZErrorBody = z.object({
  error: z.object({
    code: z.string().meta({ description: "The lower-case AppError code: bad_request, unauthorized, forbidden, not_found, conflict, payload_too_large, unprocessable, service_unavailable or internal" }),
    message: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional().meta({ description: "Field path → what is wrong with it" }),
    request_id: z.string().optional().meta({ description: "Only on 500: the id the server logged the error under" }),
  }),
  details: z.array(ZErrorDetail).optional(),
});
export type TErrorBody = z.output<typeof ZErrorBody>;

/** A 429: which limit refused and when to come back (also in the Retry-After header). */
export const ZRateLimitErrorBody = z.object({
  error: z.object({ code: z.literal("too_many_requests"), message: z.string(), limit: z.string(), retry_after_seconds: z.number().int() }),
});
export type TRateLimitErrorBody = z.output<typeof ZRateLimitErrorBody>;
