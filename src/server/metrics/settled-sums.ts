import { db } from "@/server/db/client";

/** Counts and sums of one group of rows (labels, or labels and a bucket), as SQL aggregated them. */
export type TSumRow = { key: string[]; count: number; sum: number };
export type TTimeRange = { from: Date | null; to: Date | null };
export type TSumSource = {
  /** Aggregates of the rows whose database-clock timestamp is in [from, to) (null: unbounded), and the ids of rows there not finished yet. */
  read: (range: TTimeRange) => Promise<{ rows: TSumRow[]; unfinishedIds: number[] }>;
  /** Aggregates of those of `ids` that have finished since, and which ones. */
  readFinished?: (ids: number[]) => Promise<{ rows: TSumRow[]; finishedIds: number[] }>;
};

/** Rows this old are settled: the statements that stamp them with now() last milliseconds, not minutes. */
export const SETTLE_AFTER_MS = 5 * 60_000;

/**
 * Totals over a table that only grows, kept cheap at every scrape. Rows
 * stamped by the database's own now() (a notification's sent_at, an
 * attempt's started_at) more than SETTLE_AFTER_MS ago never change again and
 * no new ones can appear behind them, so each process sums them once — the
 * first scrape reads the whole table — and every later scrape reads only the
 * slice that settled since and the unsettled tail, through an index. Rows of
 * a settled slice that had not finished yet (an attempt in flight) are
 * remembered by id and added once they finish. Updates run one at a time, so
 * two scrapes never add the same slice twice. The database stays the truth:
 * a restart sums everything afresh.
 */
export class SettledSums {
  private settled = new Map<string, TSumRow>();
  private horizon: Date | null = null;
  private readonly unfinished = new Set<number>();
  private running: Promise<unknown> = Promise.resolve();

  constructor(private readonly source: TSumSource) {}

  totals(): Promise<TSumRow[]> {
    const next = this.running.then(() => this.update());
    this.running = next.catch(() => undefined);
    return next;
  }

  private async update(): Promise<TSumRow[]> {
    const horizon = await settledHorizon();
    if (this.horizon === null || horizon > this.horizon) {
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

async function settledHorizon(): Promise<Date> {
  const [row] = await db().$queryRaw<{ horizon: Date }[]>`select now() - make_interval(secs => ${SETTLE_AFTER_MS / 1000}::float8) as horizon`;
  if (!row) throw new Error("PostgreSQL returned no time");
  return row.horizon;
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
