import type { Prisma } from "@/server/db/client";

/**
 * A maintenance window ended early, changed or deleted: what it holds is
 * summarised at `releaseAt` (now, for an ended or deleted window) instead of
 * at the end it had. Call it in the transaction that changes the window.
 */
export async function rescheduleMaintenanceFolds(tx: Prisma.TransactionClient, windowId: number, releaseAt: Date): Promise<void> {
  void tx;
  void windowId;
  void releaseAt;
  // Filled in with the folds (rate limits, maintenance, digests) that use it.
}
