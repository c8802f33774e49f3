import { db, Prisma } from "@/server/db/client";
import { keyRing } from "./encryption-keys";
import { KEY_CHECK_COLUMN, SEALED_COLUMNS, type TSealedColumn } from "./sealed-columns";
import { DecryptionError, resealSecret } from "./secret-box";
import { verifyEncryptionKey } from "./verify-encryption-key";

export type TColumnReseal = {
  table: string;
  column: string;
  /** Values sealed again with the current key by this run. */
  resealed: number;
  /** Non-null values in the column after the run. */
  total: number;
  /** Values still not under the current key after the run (unreadable ones included). */
  remaining: number;
  /** Ids of rows whose value neither key opens: left untouched. */
  unreadableIds: number[];
};

export type TResealReport = {
  currentKeyId: string;
  previousKeyId: string | null;
  columns: TColumnReseal[];
  /** Every value is under the current key, the start-up check included: the previous key can be removed. */
  complete: boolean;
};

export type TResealOptions = {
  batchSize?: number;
  /** Called after each committed batch (progress for the CLI). */
  onBatch?: (progress: { table: string; column: string; resealed: number }) => void | Promise<void>;
};

const DEFAULT_BATCH_SIZE = 500;
/** Another pass picks up values a running process rewrote meanwhile from a copy it read before the first. */
const MAX_PASSES = 3;
/** An update may wait for a row a worker holds; the default 5 s would abort a healthy batch. */
const BATCH_TRANSACTION = { maxWait: 10_000, timeout: 60_000 };

/**
 * Re-seals every sealed value in the database with the current key
 * (NOTIFY_ENCRYPTION_KEY), reading with it or NOTIFY_ENCRYPTION_KEY_PREVIOUS,
 * while the web app and workers keep running. Each batch commits on its own
 * and values already under the current key are skipped, so it is safe to
 * interrupt and to run again. A row changed by someone else between the read
 * and the write is left to that writer (compare-and-set).
 */
export async function resealSecrets(options: TResealOptions = {}): Promise<TResealReport> {
  // Refuses an unknown key before anything is touched.
  await verifyEncryptionKey({ log: () => {} });
  const { current, previous } = keyRing();
  const columns: TColumnReseal[] = [];
  for (const column of SEALED_COLUMNS) columns.push(await resealColumn(column, options));
  const settled = columns.every((column) => column.remaining === 0);
  // Last, and only when everything else is done: until then start-up keeps demanding the previous key.
  const check = settled ? await resealColumn(KEY_CHECK_COLUMN, options) : { ...(await countColumn(KEY_CHECK_COLUMN)), resealed: 0, unreadableIds: [] };
  columns.push(check);
  return { currentKeyId: current.id, previousKeyId: previous?.id ?? null, columns, complete: settled && check.remaining === 0 };
}

async function resealColumn(sealed: TSealedColumn, options: TResealOptions): Promise<TColumnReseal> {
  const unreadable = new Set<number>();
  let resealed = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let after = 0;
    for (;;) {
      const batch = await resealBatch(sealed, after, options.batchSize ?? DEFAULT_BATCH_SIZE);
      batch.unreadableIds.forEach((id) => unreadable.add(id));
      resealed += batch.resealed;
      if (batch.resealed) await options.onBatch?.({ table: sealed.table, column: sealed.column, resealed });
      if (batch.lastId === null) break;
      after = batch.lastId;
    }
    const counts = await countColumn(sealed);
    if (counts.remaining <= unreadable.size) return { ...counts, resealed, unreadableIds: [...unreadable].sort((a, b) => a - b) };
  }
  return { ...(await countColumn(sealed)), resealed, unreadableIds: [...unreadable].sort((a, b) => a - b) };
}

/** One batch of rows after id `after` not yet under the current key, in one transaction. */
async function resealBatch(sealed: TSealedColumn, after: number, batchSize: number) {
  const { table, column } = identifiers(sealed);
  const suffix = `:${keyRing().current.id}`;
  return db().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: number; sealed: string }[]>`
      select id, ${column} as sealed from ${table}
      where ${column} is not null and right(${column}, ${suffix.length}) <> ${suffix} and id > ${after}
      order by id limit ${batchSize}`;
    const ids: number[] = [];
    const from: string[] = [];
    const to: string[] = [];
    const unreadableIds: number[] = [];
    for (const row of rows) {
      try {
        const next = resealSecret(row.sealed, sealed.context);
        if (next === null) continue;
        ids.push(row.id);
        from.push(row.sealed);
        to.push(next);
      } catch (error) {
        if (!(error instanceof DecryptionError)) throw error;
        unreadableIds.push(row.id);
      }
    }
    const resealed = ids.length
      ? await tx.$executeRaw`
          update ${table} as t set ${column} = v.next
          from unnest(${ids}::int[], ${from}::text[], ${to}::text[]) as v(id, previous, next)
          where t.id = v.id and t.${column} = v.previous`
      : 0;
    return { resealed, unreadableIds, lastId: rows.length === batchSize ? (rows.at(-1)?.id ?? null) : null };
  }, BATCH_TRANSACTION);
}

async function countColumn(sealed: TSealedColumn): Promise<Omit<TColumnReseal, "resealed" | "unreadableIds">> {
  const { table, column } = identifiers(sealed);
  const suffix = `:${keyRing().current.id}`;
  const [counts] = await db().$queryRaw<{ total: number; remaining: number }[]>`
    select count(*)::int as total, (count(*) filter (where right(${column}, ${suffix.length}) <> ${suffix}))::int as remaining
    from ${table} where ${column} is not null`;
  return { table: sealed.table, column: sealed.column, total: counts?.total ?? 0, remaining: counts?.remaining ?? 0 };
}

// Names come from SEALED_COLUMNS (constants), never from input.
const identifiers = (sealed: TSealedColumn) => ({ table: Prisma.raw(`"${sealed.table}"`), column: Prisma.raw(`"${sealed.column}"`) });
