import { z } from "zod";
import { ZCustomHeaders } from "./custom-headers";
import { ZE164PhoneNumber } from "@/server/channels/sms/e164";

/**
 * Inputs for organisation-wide channels, shared by tRPC, the forms and tests.
 * URLs, tokens and headers are secrets: reads show only a mask, so on update a
 * missing or blank secret keeps the saved value (and null removes an optional
 * one). Every other field is replaced by what is sent.
 */

const MAX_SECRET = "must be at most 2,048 characters";
export const ZKeptSecret = z.string().trim().max(2048, MAX_SECRET).optional().transform((value) => value || undefined);
export const ZClearableSecret = z
  .string()
  .trim()
  .max(2048, MAX_SECRET)
  .nullish()
  .transform((value) => (value === "" ? undefined : value));

/** An optional text field whose blank form value means "none". */
function optionalText<T extends z.ZodType<unknown, string>>(schema: T) {
  return z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(schema.optional());
}

const channelFields = {
  name: z.string().trim().min(1, "is required").max(80, "must be at most 80 characters"),
  /** Omitted: true on create, unchanged on update. */
  enabled: z.boolean().optional(),
  /** Omitted: 60 on create, unchanged on update. Messages beyond it wait their turn; none are dropped. */
  rate_limit_per_minute: z.number().int("must be a whole number").min(1, "must be at least 1").max(6000, "must be at most 6,000").optional(),
};

export const SLACK_MAX_PER_MINUTE = 60;

export const ZSlackChannelInput = z
  .object({ type: z.literal("slack"), ...channelFields, webhook_url: ZKeptSecret })
  .refine((input) => (input.rate_limit_per_minute ?? 0) <= SLACK_MAX_PER_MINUTE, {
    path: ["rate_limit_per_minute"],
    message: `must be at most ${SLACK_MAX_PER_MINUTE}: Slack accepts about one message per second per webhook`,
  });

export const ZTeamsChannelInput = z.object({ type: z.literal("teams"), ...channelFields, webhook_url: ZKeptSecret });

export const ZWebhookChannelInput = z.object({
  type: z.literal("webhook"),
  ...channelFields,
  url: ZKeptSecret,
  /** Omitted: unchanged; null or {}: none. */
  headers: ZCustomHeaders.nullish(),
  /** Null or omitted: the adapter's default (10 s). */
  timeout_ms: z.number().int("must be a whole number").min(1000, "must be at least 1,000").max(30_000, "must be at most 30,000").nullish(),
});

/** Who gets the SMS when a notification names this channel without giving a number. */
const ZDefaultRecipient = optionalText(ZE164PhoneNumber);

export const ZTwilioChannelInput = z
  .object({
    type: z.literal("sms"),
    provider: z.literal("twilio"),
    ...channelFields,
    account_sid: z
      .string()
      .trim()
      .regex(/^AC[0-9a-fA-F]{32}$/, "must be the Account SID from the Twilio console: AC followed by 32 hex characters"),
    auth_token: ZKeptSecret,
    from: optionalText(
      z
        .string()
        .transform((value) => (value.startsWith("+") ? value.replace(/[\s().-]/g, "") : value))
        .pipe(
          z
            .string()
            .regex(
              /^(\+[1-9]\d{7,14}|(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11})$/,
              "must be a number such as +14155550123 or an alphanumeric sender ID of up to 11 characters",
            ),
        ),
    ),
    messaging_service_sid: optionalText(z.string().regex(/^MG[0-9a-fA-F]{32}$/, "must be MG followed by 32 hex characters")),
    /** Twilio's API by default; a local fake in tests. */
    base_url: optionalText(z.string().max(2048, MAX_SECRET)),
    to: ZDefaultRecipient,
  })
  .superRefine((input, context) => {
    if (Boolean(input.from) === Boolean(input.messaging_service_sid)) {
      context.addIssue({ code: "custom", path: ["from"], message: "give either a From number or a messaging service SID" });
    }
  });

export const ZHttpSmsChannelInput = z.object({
  type: z.literal("sms"),
  provider: z.literal("http"),
  ...channelFields,
  url: ZKeptSecret,
  bearer_token: ZClearableSecret,
  headers: ZCustomHeaders.nullish(),
  to: ZDefaultRecipient,
});

export const ZChannelInput = z.discriminatedUnion("type", [
  ZSlackChannelInput,
  ZTeamsChannelInput,
  ZWebhookChannelInput,
  z.discriminatedUnion("provider", [ZTwilioChannelInput, ZHttpSmsChannelInput]),
]);
export type TChannelInput = z.input<typeof ZChannelInput>;
export type TParsedChannelInput = z.output<typeof ZChannelInput>;

const ZChannelIdField = z.number().int().positive();

export const ZChannelId = z.object({ id: ZChannelIdField });

export const ZUpdateChannelInput = z.object({ id: ZChannelIdField, channel: ZChannelInput });
export type TUpdateChannelInput = z.input<typeof ZUpdateChannelInput>;

export const DEFAULT_SECRET_GRACE_HOURS = 24;

/** How long the replaced secret keeps signing alongside the new one (0 ends it at once). */
export const ZGracePeriodHours = z.number().min(0, "must be at least 0").max(168, "must be at most 168 (a week)").optional();

export const ZRotateChannelSecretInput = z.object({ id: ZChannelIdField, grace_period_hours: ZGracePeriodHours });
