import type { Prisma } from "@/server/db/client";
import { enqueueJobs, jobSpec } from "@/server/jobs/enqueue-job";
import { foldReleaseKey } from "./open-folds";

/**
 * A maintenance window ended early, changed or deleted: what it holds is
 * summarised at `releaseAt` (now, for an ended or deleted window) instead of
 * at the end it had. Call it in the transaction that changes the window; the
 * release jobs are replaced under their keys.
 */
export async function rescheduleMaintenanceFolds(tx: Prisma.TransactionClient, windowId: number, releaseAt: Date): Promise<void> {
  const folds = await tx.$queryRaw<{ id: number }[]>`
    update notification_folds set release_at = ${releaseAt}::timestamp
     where maintenance_window_id = ${windowId} and released_at is null
    returning id`;
  await enqueueJobs(tx, folds.map((fold) => jobSpec("foldsRelease", { foldId: fold.id }, { runAt: releaseAt, jobKey: foldReleaseKey(fold.id) })));
}
