import { z } from "zod";
import { ZClearableSecret, ZGracePeriodHours } from "./channel-input-schema";
import { ZE164PhoneNumber } from "@/server/channels/sms/e164";

/**
 * A user's own channels ("My channels"). Every field is optional: what is
 * omitted stays as saved. A blank URL or number keeps the saved one (the page
 * shows only its mask); null removes it and turns that channel off.
 */
export const ZSavePersonalChannels = z.strictObject({
  slack_enabled: z.boolean().optional(),
  slack_webhook_url: ZClearableSecret,
  teams_enabled: z.boolean().optional(),
  teams_webhook_url: ZClearableSecret,
  webhook_enabled: z.boolean().optional(),
  webhook_url: ZClearableSecret,
  sms_enabled: z.boolean().optional(),
  phone_number: z
    .string()
    .trim()
    .nullish()
    .transform((value) => (value === "" ? undefined : value))
    .pipe(ZE164PhoneNumber.nullish()),
});
export type TSavePersonalChannels = z.input<typeof ZSavePersonalChannels>;

export const ZRotatePersonalSecretInput = z.object({ grace_period_hours: ZGracePeriodHours });
