import type { FoldKind, Prisma } from "@/server/db/client";
import { jsonRecordset } from "@/server/db/json-recordset";
import { enqueueJobs, jobSpec } from "@/server/jobs/enqueue-job";
import type { TNewNotification } from "@/server/notifications/insert-notification";

/** What a notification is folded into: the fold with this key, opened on its first notification. */
export type TFoldRequest = {
  foldKey: string;
  kind: FoldKind;
  /** In words, for the decision and the summary: "rate limit (recipient 10/10 min)". */
  label: string;
  releaseAt: Date;
  maintenanceWindowId: number | null;
  /** Where the summary goes: the first folded notification's destination. */
  destination: Pick<TNewNotification, "channel" | "channelId" | "recipientEmail" | "recipientUserId" | "destinationKey">;
};

export type TOpenFold = { id: number; releaseAt: Date };

/** One release job per fold: adding to a fold never queues a second summary. */
export const foldReleaseKey = (foldId: number) => `fold:${foldId}`;

/**
 * Opens the folds the requests name (or finds them open) in fold-key order,
 * and queues the release of each new one at its release time. Folds already
 * released are left out of the answer: they take no more notifications.
 */
export async function openFolds(tx: Prisma.TransactionClient, requests: TFoldRequest[], now: Date): Promise<Map<string, TOpenFold>> {
  const unique = new Map<string, TFoldRequest>();
  for (const request of requests) if (!unique.has(request.foldKey)) unique.set(request.foldKey, request);
  const rows = [...unique.values()]
    .sort((a, b) => (a.foldKey < b.foldKey ? -1 : a.foldKey > b.foldKey ? 1 : 0))
    .map((request) => ({
      fold_key: request.foldKey,
      kind: request.kind,
      label: request.label,
      channel: request.destination.channel,
      recipient_email: request.destination.recipientEmail,
      recipient_user_id: request.destination.recipientUserId ?? null,
      channel_id: request.destination.channelId,
      destination_key: request.destination.destinationKey,
      maintenance_window_id: request.maintenanceWindowId,
      release_at: request.releaseAt.toISOString(),
    }));
  if (rows.length === 0) return new Map();
  const opened = await tx.$queryRaw<{ id: number; fold_key: string; release_at: Date; released: boolean; created: boolean }[]>`
    insert into notification_folds (fold_key, kind, label, channel, recipient_email, recipient_user_id, channel_id, destination_key, maintenance_window_id, opened_at, release_at)
    select fold_key, kind::"FoldKind", label, channel::"Channel", recipient_email, recipient_user_id, channel_id, destination_key, maintenance_window_id, ${now}::timestamp, release_at
      from (${jsonRecordset(rows, "fold_key text, kind text, label text, channel text, recipient_email text, recipient_user_id int, channel_id int, destination_key text, maintenance_window_id int, release_at timestamp")}) r
     order by fold_key
    on conflict (fold_key) do update set label = excluded.label
    returning id, fold_key, release_at, released_at is not null as released, (xmax = 0) as created`;
  const created = opened.filter((fold) => fold.created);
  await enqueueJobs(tx, created.map((fold) => jobSpec("foldsRelease", { foldId: fold.id }, { runAt: fold.release_at, jobKey: foldReleaseKey(fold.id) })));
  return new Map(opened.filter((fold) => !fold.released).map((fold) => [fold.fold_key, { id: fold.id, releaseAt: fold.release_at }]));
}
