import { z } from "zod";

export const ZDeadLetterListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  page_size: z.coerce.number().int().min(1).max(200).default(25),
});

/** Notifications to act on, by id: one or many at once. */
export const ZNotificationIds = z.object({
  notification_ids: z.array(z.number().int().positive()).min(1, "select at least one notification").max(1000, "at most 1000 at a time"),
});
export type TNotificationIds = z.infer<typeof ZNotificationIds>;
