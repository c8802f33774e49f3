import { db, type Prisma } from "@/server/db/client";
import { parseInput } from "@/server/errors/app-error";
import { ZListNotificationsQuery, type TListNotificationsQuery } from "./schemas";

/** Newest first, one page at a time, optionally filtered by status and type. */
export async function listNotifications(query: TListNotificationsQuery) {
  const { page, page_size: pageSize, status, notification_type: notificationType } = parseInput(ZListNotificationsQuery, query);
  const where: Prisma.NotificationWhereInput = { status, notificationType };
  const [items, total] = await Promise.all([
    db().notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db().notification.count({ where }),
  ]);
  return { items, total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** Distinct notification types, for the list page's filter. */
export async function listNotificationTypes(): Promise<string[]> {
  const rows = await db().notification.findMany({ distinct: ["notificationType"], select: { notificationType: true }, orderBy: { notificationType: "asc" }, take: 200 });
  return rows.map((row) => row.notificationType);
}
