import { db, type Notification } from "@/server/db/client";
import { groupedStatements } from "@/server/db/grouped-statements";
import { insertNotificationsWithDelivery, type TNewNotification } from "./insert-notification";

/**
 * insertNotificationsWithDelivery for one notification, in one statement with
 * those other requests of this process submit meanwhile. Each caller gets its
 * own row once it is committed; a row that cannot be stored fails alone.
 */
export const insertNotificationBatched: (data: TNewNotification) => Promise<Notification | null> = groupedStatements(
  (notifications: TNewNotification[]) => insertNotificationsWithDelivery(db(), notifications),
  { maxGroup: 200 },
);
