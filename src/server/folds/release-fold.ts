import { appUrl } from "@/env";
import { db, type Channel, type FoldKind } from "@/server/db/client";
import { enqueueJob } from "@/server/jobs/enqueue-job";
import { insertNotificationsWithDelivery } from "@/server/notifications/insert-notification";
import { foldSummaryMessage, type TFoldMember } from "./fold-summary-message";
import { foldReleaseKey } from "./open-folds";

const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 30_000 };

type TFoldRow = {
  id: number;
  kind: FoldKind;
  label: string;
  channel: Channel;
  recipient_email: string | null;
  recipient_user_id: number | null;
  channel_id: number | null;
  destination_key: string | null;
  opened_at: Date;
  release_at: Date;
  released_at: Date | null;
};

/**
 * Sends the one summary of a fold: every notification it holds, listed with
 * its link, to the fold's destination; then the fold is closed. The fold's
 * row is locked throughout, so routing either adds to it before (and is
 * listed) or finds it released (and sends on its own): none is lost or sent
 * twice. A fold whose release was moved later (a maintenance window
 * extended) queues itself again for then.
 */
export async function releaseFold(foldId: number, now = new Date()): Promise<number> {
  return db().$transaction(async (tx) => {
    const [fold] = await tx.$queryRaw<TFoldRow[]>`
      select id, kind, label, channel, recipient_email, recipient_user_id, channel_id, destination_key, opened_at, release_at, released_at
        from notification_folds where id = ${foldId} for update`;
    if (!fold || fold.released_at) return 0;
    if (fold.release_at.getTime() > now.getTime() + 1_000) {
      await enqueueJob(tx, "foldsRelease", { foldId }, { runAt: fold.release_at, jobKey: foldReleaseKey(foldId) });
      return 0;
    }
    const members = await tx.$queryRaw<(TFoldMember & { event_id: string | null })[]>`
      select n.id, n.subject, n.priority, n.created_at, n.notification_type, e.job->>'name' as job_name, n.event_id::text
        from notifications n left join events e on e.id = n.event_id
       where n.fold_id = ${foldId} and n.status = 'FOLDED' order by n.created_at, n.id`;
    let summaryId: number | null = null;
    if (members.length) {
      const message = foldSummaryMessage({ fold, members, appUrl: appUrl() });
      const last = members.at(-1)?.event_id ?? null;
      const recipient = fold.recipient_email ?? `channel #${fold.channel_id}`;
      const [summary] = await insertNotificationsWithDelivery(tx, [
        {
          ...message,
          jobRunId: null,
          channel: fold.channel,
          channelId: fold.channel_id,
          recipientEmail: fold.recipient_email,
          recipientUserId: fold.recipient_user_id,
          destinationKey: fold.destination_key,
          destinationEncrypted: null,
          apiKeyId: null,
          idempotencyKey: null,
          eventId: last,
          decision: {
            recipient,
            outcome: "NOTIFIED",
            reason: `Summary #${fold.id} of ${members.length} notification${members.length === 1 ? "" : "s"} held back by ${fold.label}`,
            userId: fold.recipient_user_id,
            ruleId: null,
            eventId: last,
          },
        },
      ]);
      summaryId = summary?.id ?? null;
    }
    await tx.$executeRaw`update notification_folds set released_at = ${now}::timestamp, summary_notification_id = ${summaryId} where id = ${foldId}`;
    return members.length;
  }, TRANSACTION_OPTIONS);
}
