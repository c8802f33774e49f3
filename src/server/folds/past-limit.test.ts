import { describe, expect, it } from "vitest";
import { pastLimit } from "./past-limit";

const items = (count: number, exempt: number[] = []) => Array.from({ length: count }, (_, index) => ({ index, exempt: exempt.includes(index) }));

describe("pastLimit (rate-limit folding)", () => {
  it("lets the first of a batch through up to the limit and folds the rest", () => {
    expect(pastLimit(items(100), 100, 10).map((item) => item.index)).toEqual(Array.from({ length: 90 }, (_, index) => index + 10));
  });

  it("counts what earlier batches spent in the same window", () => {
    // 8 were spent before; this batch of 5 brings the counter to 13: two fit, three fold.
    expect(pastLimit(items(5), 13, 10).map((item) => item.index)).toEqual([2, 3, 4]);
  });

  it("folds nothing under the limit, and everything once it is spent", () => {
    expect(pastLimit(items(3), 3, 10)).toEqual([]);
    expect(pastLimit(items(3), 23, 10)).toHaveLength(3);
  });

  it("never folds an exempt item (a critical event, an incident page) but counts it", () => {
    // 10 allowed; item 0 is exempt and takes a place: 1..9 fit, 10 and 11 fold, 11 is exempt too.
    expect(pastLimit(items(12, [0, 11]), 12, 10).map((item) => item.index)).toEqual([10]);
  });
});
