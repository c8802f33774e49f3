import { z } from "zod";
import { formatBytes } from "@/server/attachments/format-bytes";
import { Channel, NotificationStatus, Priority } from "@/server/db/client";
import { jsonValueShape } from "@/server/http/json-value-shape";

/**
 * Per-field limits of a notification. The list pages and the worker load
 * these fields, so each is bounded where it enters; the request as a whole
 * has its own limit (JSON_REQUEST_MAX_BYTES, attachments apart).
 */
export const NOTIFICATION_LIMITS = { subjectChars: 998, bodyChars: 100_000, metadataBytes: 64 * 1024, metadataDepth: 10, metadataKeys: 1_000 } as const;

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

const { metadataBytes, metadataDepth, metadataKeys } = NOTIFICATION_LIMITS;

/** Free-form JSON for templates and the detail page: bounded in depth, keys and size (depth first, so measuring is safe). */
const ZNotificationMetadata = z.record(z.string(), z.unknown(), "must be a JSON object").superRefine((metadata, context) => {
  const problem = (message: string) => context.addIssue({ code: "custom", message });
  const shape = jsonValueShape(metadata, metadataDepth);
  if (shape.deeper) return problem(`must nest at most ${metadataDepth} levels deep`);
  if (shape.keys > metadataKeys) return problem(`must have at most ${metadataKeys.toLocaleString("en")} keys in all (it has ${shape.keys.toLocaleString("en")})`);
  const bytes = Buffer.byteLength(JSON.stringify(metadata));
  if (bytes > metadataBytes) problem(`must be at most ${formatBytes(metadataBytes)} as JSON (it is ${formatBytes(bytes)})`);
});

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
      .max(NOTIFICATION_LIMITS.subjectChars, `must be at most ${NOTIFICATION_LIMITS.subjectChars} characters`),
    body: z
      .string()
      .min(1, "is required")
      .max(NOTIFICATION_LIMITS.bodyChars, `must be at most ${NOTIFICATION_LIMITS.bodyChars.toLocaleString("en")} characters; send long logs as attachments`),
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
    metadata: ZNotificationMetadata.default({}),
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
  /** The notifications one summary listed ("view all" in a summary message). */
  fold: z.coerce.number("fold must be a number").int().positive().optional(),
});
export type TListNotificationsQuery = z.input<typeof ZListNotificationsQuery>;

export const ZNotificationId = z.coerce
  .number("id must be a number")
  .int("id must be an integer")
  .positive("id must be positive");
