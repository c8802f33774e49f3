import { z } from "zod";
import { CHANNEL_KINDS } from "./channel-kind";
import { ZE164PhoneNumber } from "@/server/channels/sms/e164";

/**
 * Bodies of POST /api/v1/notification/test/{slack,teams,webhook,sms}. A given
 * destination is tried as is, before anything is saved; an empty body tries
 * the saved one (the caller's personal channel, else the first enabled
 * organisation channel of that type); `channel_name` or `channel_id` picks an
 * organisation channel and `personal: true` the caller's own. Unknown keys are
 * refused so a typo does not silently test the saved destination instead.
 */
const pick = {
  channel_name: z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters").optional(),
  channel_id: z.number().int().positive().optional(),
  personal: z.boolean().optional(),
};

const ZUrl = z.string().trim().min(1, "must not be empty").max(2048, "must be at most 2,048 characters");

function atMostOne(fields: string[]) {
  return (body: Record<string, unknown>, context: z.RefinementCtx) => {
    const given = fields.filter((field) => body[field] !== undefined && body[field] !== false);
    if (given.length > 1) {
      context.addIssue({ code: "custom", path: [given[1] ?? "body"], message: `give only one of ${given.join(", ")}` });
    }
  };
}

const ZChatTest = z.strictObject({ webhook_url: ZUrl.optional(), ...pick }).superRefine(atMostOne(["webhook_url", "channel_name", "channel_id", "personal"]));

export const ZTestRequest = {
  slack: ZChatTest,
  teams: ZChatTest,
  webhook: z
    .strictObject({
      url: ZUrl.optional(),
      /** Signs the test like a saved endpoint's secret would, so the receiver's verification can be tried first. */
      secret: z
        .string()
        .trim()
        .regex(/^whsec_[A-Za-z0-9+/]{16,}={0,2}$/, "must be a Standard Webhooks secret: whsec_ followed by base64")
        .optional(),
      ...pick,
    })
    .superRefine(atMostOne(["url", "channel_name", "channel_id", "personal"]))
    .refine((body) => !body.secret || body.url, { path: ["secret"], message: "is only used with url (a saved endpoint signs with its own secret)" }),
  sms: z
    .strictObject({ to: ZE164PhoneNumber.optional(), ...pick })
    .superRefine(atMostOne(["channel_name", "channel_id", "personal"]))
    .superRefine(atMostOne(["to", "personal"])),
} as const;

export type TTestRequest = { [K in keyof typeof ZTestRequest]: z.output<(typeof ZTestRequest)[K]> };

/** tRPC's form of the same requests: the channel plus the REST body. */
export const ZTrpcTestInput = z.object({
  channel: z.enum(CHANNEL_KINDS),
  request: z.record(z.string(), z.unknown()).default({}),
});
