import { z } from "zod";
import { Channel, NotificationStatus, Priority } from "@/server/db/client";

const lowerEnum = <T extends Record<string, string>>(
  values: T,
  field: string,
) =>
  z
    .string()
    .transform((value) => value.trim().toUpperCase())
    .pipe(
      z.enum(
        values,
        `${field} must be one of ${Object.values(values)
          .map((v) => v.toLowerCase())
          .join(", ")}`,
      ),
    );

export const ZPriority = lowerEnum(Priority, "priority");
export const ZNotificationStatus = lowerEnum(NotificationStatus, "status");
export const ZChannel = lowerEnum(Channel, "channel");

/**
 * Body of POST /api/v1/notifications (the seed's snake_case field names).
 * Email needs `recipient_email`. Other channels go to `destination` (a Slack or
 * Teams URL, a phone number), to an organisation channel named `channel_name`,
 * or to the personal channel of the user `recipient_email`.
 */
export const ZCreateNotificationRequest = z
  .object({
    /** Defaults to email, or to the type of the channel named by `channel_name`. */
    channel: ZChannel.optional(),
    destination: z.string().trim().min(1).max(2048).optional(),
    channel_name: z.string().trim().min(1).max(100).optional(),
    recipient_email: z
      .email("must be a valid email address")
      .max(320)
      .optional(),
    subject: z
      .string()
      .trim()
      .min(1, "is required")
      .max(998, "must be at most 998 characters"),
    body: z
      .string()
      .min(1, "is required")
      .max(1_000_000, "must be at most 1,000,000 characters"),
    notification_type: z
      .string()
      .trim()
      .min(1, "is required")
      .max(100, "must be at most 100 characters")
      .regex(/^[A-Za-z0-9_.:-]+$/, "may contain only letters, digits, _ . : -"),
    job_run_id: z
      .union([
        z.number().int().nonnegative(),
        z.string().trim().min(1).max(100),
      ])
      .optional()
      .transform((id) => (id === undefined ? undefined : String(id))),
    priority: ZPriority.default(Priority.NORMAL),
    metadata: z.record(z.string(), z.unknown()).default({}),
  })
  .superRefine((request, context) => {
    const isEmail = request.channel === Channel.EMAIL || (!request.channel && !request.channel_name);
    if (isEmail && !request.recipient_email) {
      context.addIssue({ code: "custom", path: ["recipient_email"], message: "is required for email" });
    }
    if (!isEmail && !request.destination && !request.channel_name && !request.recipient_email) {
      context.addIssue({
        code: "custom",
        path: ["destination"],
        message: "is required: give destination, channel_name or the recipient_email of a user with a personal channel",
      });
    }
  });
export type TCreateNotificationRequest = z.input<
  typeof ZCreateNotificationRequest
>;

export const ZIdempotencyKey = z
  .string()
  .trim()
  .min(1)
  .max(255, "Idempotency-Key must be at most 255 characters");

/** Query of GET /api/v1/notifications and of the notifications.list procedure. */
export const ZListNotificationsQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  page_size: z.coerce.number().int().min(1).max(200).default(25),
  status: ZNotificationStatus.optional(),
  notification_type: z.string().trim().min(1).max(100).optional(),
});
export type TListNotificationsQuery = z.input<typeof ZListNotificationsQuery>;

export const ZNotificationId = z.coerce
  .number("id must be a number")
  .int("id must be an integer")
  .positive("id must be positive");
