import type { Prisma } from "@/server/db/client";

/**
 * Takes one transaction-level lock per job key, in key order: routing
 * batches that touch the same jobs (their states, their incidents) wait for
 * one another and never deadlock. Taking a lock the transaction already
 * holds is free, so callers lock the union of their keys first and the
 * steps after may lock their own again.
 */
export async function lockJobs(tx: Prisma.TransactionClient, keys: Iterable<string>): Promise<void> {
  const sorted = [...new Set(keys)].sort();
  if (sorted.length === 0) return;
  await tx.$queryRaw`select count(pg_advisory_xact_lock(hashtextextended('job:' || k, 0))) from (select k from unnest(${sorted}::text[]) k order by k offset 0) ordered`;
}
