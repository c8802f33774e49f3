import { db } from "@/server/db/client";

/** Counts and sums of one group of rows (labels, or labels and a bucket), as SQL aggregated them. */
export type TSumRow = { key: string[]; count: number; sum: number };
export type TRange<K> = { from: K | null; to: K | null };
export type TSumSource<K extends Date | number> = {
  /** Where settled rows end now: a database-clock time or an id; null while nothing is settled yet. */
  horizon: () => Promise<K | null>;
  /** Aggregates of the rows whose key is in [from, to) (null: unbounded), and the ids of rows there not finished yet. */
  read: (range: TRange<K>) => Promise<{ rows: TSumRow[]; unfinishedIds: number[] }>;
  /** Aggregates of those of `ids` that have finished since, and which ones. */
  readFinished?: (ids: number[]) => Promise<{ rows: TSumRow[]; finishedIds: number[] }>;
};

/** Rows this old are settled: the statements that stamp them with now() last milliseconds, not minutes. */
export const SETTLE_AFTER_MS = 5 * 60_000;

/**
 * Totals over a table that only grows, kept cheap at every scrape. Rows
 * stamped by the database's own now() (a notification's sent_at, an
 * attempt's started_at) more than SETTLE_AFTER_MS ago, or with an id handed
 * out that long ago, never change again and no new ones can appear behind
 * them, so each process sums them once — the first scrape reads the whole
 * table — and every later scrape reads only the slice that settled since and
 * the unsettled tail, through an index. Rows of
 * a settled slice that had not finished yet (an attempt in flight) are
 * remembered by id and added once they finish. Updates run one at a time, so
 * two scrapes never add the same slice twice. The database stays the truth:
 * a restart sums everything afresh.
 */
export class SettledSums<K extends Date | number> {
  private settled = new Map<string, TSumRow>();
  private horizon: K | null = null;
  private readonly unfinished = new Set<number>();
  private running: Promise<unknown> = Promise.resolve();

  constructor(private readonly source: TSumSource<K>) {}

  totals(): Promise<TSumRow[]> {
    const next = this.running.then(() => this.update());
    this.running = next.catch(() => undefined);
    return next;
  }

  private async update(): Promise<TSumRow[]> {
    const horizon = await this.source.horizon();
    if (horizon !== null && (this.horizon === null || Number(horizon) > Number(this.horizon))) {
      const slice = await this.source.read({ from: this.horizon, to: horizon });
      this.settled = addRows(this.settled, slice.rows);
      for (const id of slice.unfinishedIds) this.unfinished.add(id);
      this.horizon = horizon;
    }
    if (this.unfinished.size > 0 && this.source.readFinished) {
      const finished = await this.source.readFinished([...this.unfinished]);
      this.settled = addRows(this.settled, finished.rows);
      for (const id of finished.finishedIds) this.unfinished.delete(id);
    }
    const tail = await this.source.read({ from: this.horizon, to: null });
    return [...addRows(this.settled, tail.rows).values()];
  }
}

/** For rows stamped with the database's now(): now() − SETTLE_AFTER_MS. */
export async function settledTime(): Promise<Date> {
  const [row] = await db().$queryRaw<{ horizon: Date }[]>`select now() - make_interval(secs => ${SETTLE_AFTER_MS / 1000}::float8) as horizon`;
  if (!row) throw new Error("PostgreSQL returned no time");
  return row.horizon;
}

/**
 * For rows keyed by a serial id (whose timestamps come from each host's own
 * clock, so cannot be trusted to SETTLE_AFTER_MS): the highest id this process
 * saw at least SETTLE_AFTER_MS ago. A smaller id was handed out before then,
 * so its row has committed (or never will); the sequence hands out no smaller
 * one again. Null during a process's first minutes, when every scrape reads all.
 */
export function settledId(readMaxId: () => Promise<{ now: Date; maxId: number }>): () => Promise<number | null> {
  const seen: { at: number; maxId: number }[] = [];
  return async () => {
    const { now, maxId } = await readMaxId();
    seen.push({ at: now.getTime(), maxId });
    let settled: number | null = null;
    while (seen[0] && seen[0].at <= now.getTime() - SETTLE_AFTER_MS) settled = seen.shift()?.maxId ?? settled;
    return settled;
  };
}

/** A new map: `base` with `rows` added group by group. */
function addRows(base: Map<string, TSumRow>, rows: TSumRow[]): Map<string, TSumRow> {
  const sums = new Map(base);
  for (const row of rows) {
    const id = JSON.stringify(row.key);
    const before = sums.get(id);
    sums.set(id, before ? { key: row.key, count: before.count + row.count, sum: before.sum + row.sum } : row);
  }
  return sums;
}
