import { db } from "@/server/db/client";
import { AppError, parseInput } from "@/server/errors/app-error";
import { ZNotificationId } from "./schemas";

/** One notification with its delivery attempts, oldest attempt first. */
export async function getNotification(id: unknown) {
  const notificationId = parseInput(ZNotificationId, id);
  const notification = await db().notification.findUnique({
    where: { id: notificationId },
    include: { attempts: { orderBy: { attemptNumber: "asc" } } },
  });
  if (!notification) throw new AppError("NOT_FOUND", `Notification ${notificationId} not found`);
  return notification;
}
