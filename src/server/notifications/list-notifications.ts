import { db, Prisma, type Notification } from "@/server/db/client";
import { parseInput } from "@/server/errors/app-error";
import { ZListNotificationsQuery, type TListNotificationsQuery } from "./schemas";

/** Characters of the body a list row carries; the whole body (up to 100,000) only on the detail page. */
export const BODY_PREVIEW_CHARS = 200;

/** One row of a list: what the list shows, the start of the body, and never `body`, `metadata` or attachments. */
export type TNotificationListRow = Pick<
  Notification,
  | "id"
  | "recipientEmail"
  | "channel"
  | "subject"
  | "notificationType"
  | "priority"
  | "status"
  | "jobRunId"
  | "sentAt"
  | "errorMessage"
  | "retryCount"
  | "providerMessageId"
  | "eventId"
  | "deliverAfter"
  | "cancelledAt"
  | "cancelledBy"
  | "createdAt"
  | "updatedAt"
> & { bodyPreview: string };

/**
 * Newest first, one page at a time, optionally filtered by status, type and fold.
 * Raw SQL because the preview is computed by PostgreSQL (`left(body, 200)`):
 * a page of 200 rows then reads kilobytes, not 200 full bodies and metadata.
 */
export async function listNotifications(query: TListNotificationsQuery) {
  const { page, page_size: pageSize, status, notification_type: notificationType, fold: foldId } = parseInput(ZListNotificationsQuery, query);
  const conditions = [
    ...(status ? [Prisma.sql`status = ${status}::"NotificationStatus"`] : []),
    ...(notificationType ? [Prisma.sql`notification_type = ${notificationType}`] : []),
    ...(foldId ? [Prisma.sql`fold_id = ${foldId}`] : []),
  ];
  const where = conditions.length ? Prisma.sql`where ${Prisma.join(conditions, " and ")}` : Prisma.empty;
  const [items, total] = await Promise.all([
    db().$queryRaw<TNotificationListRow[]>`
      select id, recipient_email as "recipientEmail", channel, subject, left(body, ${BODY_PREVIEW_CHARS}::int) as "bodyPreview",
             notification_type as "notificationType", priority, status, job_run_id as "jobRunId", sent_at as "sentAt",
             error_message as "errorMessage", retry_count as "retryCount", provider_message_id as "providerMessageId",
             event_id::text as "eventId", deliver_after as "deliverAfter", cancelled_at as "cancelledAt", cancelled_by as "cancelledBy",
             created_at as "createdAt", updated_at as "updatedAt"
      from notifications ${where}
      order by created_at desc, id desc
      limit ${pageSize} offset ${(page - 1) * pageSize}`,
    db().notification.count({ where: { status, notificationType, foldId } }),
  ]);
  return { items, total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** Distinct notification types, for the list page's filter. */
export async function listNotificationTypes(): Promise<string[]> {
  const rows = await db().notification.findMany({ distinct: ["notificationType"], select: { notificationType: true }, orderBy: { notificationType: "asc" }, take: 200 });
  return rows.map((row) => row.notificationType);
}
