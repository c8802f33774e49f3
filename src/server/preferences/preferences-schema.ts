import { z } from "zod";
import { ZE164PhoneNumber } from "@/server/channels/sms/e164";
import { ZClearableSecret } from "@/server/destinations/channel-input-schema";
import { ZClock } from "@/server/time/wall-clock";
import { isValidTimeZone } from "./quiet-hours";
import { ZSubscriptions } from "./subscription";


/**
 * Body of POST /api/v1/notification/preferences/:user_id and of the
 * preferences form: the seed's field names plus quiet-hours days, DND and
 * subscriptions. Everything is optional — what is omitted stays as saved.
 * Secrets (webhook URLs, the SMS number) are written here but never read
 * back whole: blank or omitted keeps the saved one, null removes it.
 */
export const ZPreferencesInput = z
  .strictObject({
    email_enabled: z.boolean().optional(),
    slack_enabled: z.boolean().optional(),
    teams_enabled: z.boolean().optional(),
    webhook_enabled: z.boolean().optional(),
    sms_enabled: z.boolean().optional(),
    slack_webhook_url: ZClearableSecret,
    teams_webhook_url: ZClearableSecret,
    custom_webhook_url: ZClearableSecret,
    sms_number: z
      .string()
      .trim()
      .nullish()
      .transform((value) => (value === "" ? undefined : value))
      .pipe(ZE164PhoneNumber.nullish()),
    quiet_hours_start: ZClock.nullish(),
    quiet_hours_end: ZClock.nullish(),
    quiet_hours_days: z
      .array(z.number().int().min(1, "days are 1 (Monday) to 7 (Sunday)").max(7, "days are 1 (Monday) to 7 (Sunday)"))
      .min(1, "needs at least one day (1 = Monday … 7 = Sunday)")
      .transform((days) => [...new Set(days)].sort())
      .optional(),
    timezone: z
      .string()
      .trim()
      .refine(isValidTimeZone, "must be an IANA time zone such as Europe/Berlin or America/New_York")
      .optional(),
    critical_bypasses_quiet_hours: z.boolean().optional(),
    dnd_until: z.iso.datetime({ offset: true, message: "must be an ISO 8601 date-time, or null to turn do-not-disturb off" }).nullish(),
    subscriptions: ZSubscriptions.optional(),
  })
  .superRefine((input, context) => {
    const start = input.quiet_hours_start;
    const end = input.quiet_hours_end;
    if (start === undefined && end === undefined) return;
    if ((start ?? null) === null !== ((end ?? null) === null)) {
      context.addIssue({ code: "custom", path: [start ? "quiet_hours_end" : "quiet_hours_start"], message: "quiet hours need both a start and an end (or both null for none)" });
    } else if (start && start === end) {
      context.addIssue({ code: "custom", path: ["quiet_hours_end"], message: "must differ from quiet_hours_start" });
    }
  });
export type TPreferencesInput = z.input<typeof ZPreferencesInput>;

/** A user's preferences are addressed by id or email. */
export const ZPreferencesUserRef = z.union([z.coerce.number().int().positive(), z.email()], "must be a user id or an email address");
