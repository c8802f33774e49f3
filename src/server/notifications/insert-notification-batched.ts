import { db, type Notification } from "@/server/db/client";
import { insertNotificationsWithDelivery, type TNewNotification } from "./insert-notification";

type TPending = { data: TNewNotification; resolve: (row: Notification | null) => void; reject: (error: unknown) => void };

const MAX_BATCH = 200;
const pending: TPending[] = [];
let draining = false;

/**
 * insertNotificationsWithDelivery for one notification, grouped with those
 * other requests of this process submit meanwhile ("group commit"): while one
 * statement runs, the next batch gathers, so a burst costs one statement (and
 * one commit) per batch instead of per notification, and a lone request waits
 * for nothing. Each caller still gets its own row only after it is committed.
 */
export function insertNotificationBatched(data: TNewNotification): Promise<Notification | null> {
  return new Promise((resolve, reject) => {
    pending.push({ data, resolve, reject });
    // After this turn of the event loop, so requests that arrived together go together.
    if (!draining) {
      draining = true;
      setImmediate(() => void drain());
    }
  });
}

async function drain(): Promise<void> {
  while (pending.length) {
    const batch = pending.splice(0, MAX_BATCH);
    try {
      const rows = await insertNotificationsWithDelivery(db(), batch.map((item) => item.data));
      batch.forEach((item, index) => item.resolve(rows[index] ?? null));
    } catch (error) {
      // One bad row (a channel deleted a moment ago) must not fail its neighbours: alone, each meets its own fate.
      if (batch.length === 1) batch[0]!.reject(error);
      else await Promise.all(batch.map((item) => insertNotificationsWithDelivery(db(), [item.data]).then(([row]) => item.resolve(row ?? null), item.reject)));
    }
  }
  draining = false;
}
