import { db } from "@/server/db/client";

export type TCatcherRetention = { maxAgeMs: number; maxCount: number };

/** Development mail is kept a week, and never more than 5,000 messages of it. */
export const CATCHER_RETENTION: TCatcherRetention = { maxAgeMs: 7 * 24 * 3_600_000, maxCount: 5_000 };

/** Deletes caught mail past the retention (too old, or beyond the newest `maxCount`); returns how many went. */
export async function purgeCaughtEmails(retention: TCatcherRetention = CATCHER_RETENTION): Promise<number> {
  const tooOld = await db().caughtEmail.deleteMany({ where: { receivedAt: { lt: new Date(Date.now() - retention.maxAgeMs) } } });
  const surplus = await db().$executeRaw`
    delete from caught_emails
     where id < (select id from caught_emails order by id desc offset ${retention.maxCount - 1}::int limit 1)`;
  return tooOld.count + surplus;
}
