import { describe, expect, it } from "vitest";
import { SETTLE_AFTER_MS, SettledSums, settledId, type TRange, type TSumRow } from "./settled-sums";

/** A table of rows keyed by number, some not finished yet, behind a recording SettledSums source. */
function fakeTable(rows: { key: number; id: number; finished: boolean }[]) {
  const reads: TRange<number>[] = [];
  const sumsOf = (selected: typeof rows): TSumRow[] => (selected.length ? [{ key: ["all"], count: selected.length, sum: selected.reduce((total, row) => total + row.key, 0) }] : []);
  const inRange = ({ from, to }: TRange<number>) => rows.filter((row) => (from === null || row.key >= from) && (to === null || row.key < to));
  let horizon: number | null = null;
  const sums = new SettledSums<number>({
    horizon: async () => horizon,
    read: async (range) => {
      reads.push(range);
      const selected = inRange(range);
      return { rows: sumsOf(selected.filter((row) => row.finished)), unfinishedIds: selected.filter((row) => !row.finished).map((row) => row.id) };
    },
    readFinished: async (ids) => {
      const done = rows.filter((row) => ids.includes(row.id) && row.finished);
      return { rows: sumsOf(done), finishedIds: done.map((row) => row.id) };
    },
  });
  return { sums, reads, rows, setHorizon: (value: number | null) => (horizon = value) };
}

const countOf = async (sums: SettledSums<number>) => (await sums.totals())[0]?.count ?? 0;

describe("SettledSums", () => {
  it("sums each settled slice once, reads only the tail after that, and adds a settled row once it finishes", async () => {
    const table = fakeTable([
      { key: 1, id: 1, finished: true },
      { key: 2, id: 2, finished: false },
      { key: 5, id: 3, finished: true },
    ]);
    expect(await countOf(table.sums)).toBe(2);
    expect(table.reads).toEqual([{ from: null, to: null }]);

    table.setHorizon(4);
    expect(await countOf(table.sums)).toBe(2);
    expect(table.reads.slice(1)).toEqual([{ from: null, to: 4 }, { from: 4, to: null }]);

    // The in-flight row of the settled slice finishes; a new row arrives in the tail.
    const inFlight = table.rows[1];
    if (inFlight) inFlight.finished = true;
    table.rows.push({ key: 6, id: 4, finished: true });
    expect(await countOf(table.sums)).toBe(4);
    // No slice re-read: the horizon did not move; the finished row came through readFinished.
    expect(table.reads.slice(3)).toEqual([{ from: 4, to: null }]);
    expect(await countOf(table.sums)).toBe(4);
  });

  it("runs updates one at a time, so two scrapes at once never add a slice twice", async () => {
    const table = fakeTable([{ key: 1, id: 1, finished: true }]);
    table.setHorizon(2);
    const counts = await Promise.all([countOf(table.sums), countOf(table.sums), countOf(table.sums)]);
    expect(counts).toEqual([1, 1, 1]);
    expect(table.reads.filter((range) => range.to === 2)).toHaveLength(1);
  });
});

describe("settledId", () => {
  it("settles the highest id seen at least SETTLE_AFTER_MS ago, and nothing before that", async () => {
    const observations = [
      { now: new Date(0), maxId: 10 },
      { now: new Date(60_000), maxId: 20 },
      { now: new Date(SETTLE_AFTER_MS), maxId: 30 },
      { now: new Date(SETTLE_AFTER_MS + 60_000), maxId: 40 },
      { now: new Date(SETTLE_AFTER_MS + 61_000), maxId: 41 },
    ];
    const horizon = settledId(async () => observations.shift() ?? { now: new Date(0), maxId: 0 });
    expect(await horizon()).toBeNull();
    expect(await horizon()).toBeNull();
    expect(await horizon()).toBe(10);
    expect(await horizon()).toBe(20);
    expect(await horizon()).toBeNull();
  });
});
