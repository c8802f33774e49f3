import { describe, expect, it } from "vitest";
import { groupedStatements } from "./grouped-statements";

function recordingDouble(options: { failWhen?: (items: number[]) => boolean } = {}) {
  const groups: number[][] = [];
  const call = groupedStatements(
    async (items: number[]) => {
      groups.push(items);
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (options.failWhen?.(items)) throw new Error(`refused ${items.join(",")}`);
      return items.map((item) => item * 10);
    },
    { maxGroup: 3 },
  );
  return { call, groups };
}

describe("groupedStatements", () => {
  it("runs a lone call at once, by itself", async () => {
    const { call, groups } = recordingDouble();
    expect(await call(1)).toBe(10);
    expect(groups).toEqual([[1]]);
  });

  it("groups calls made together or while a statement runs, up to maxGroup, and answers each its own", async () => {
    const { call, groups } = recordingDouble();
    const first = [call(1), call(2)];
    await new Promise((resolve) => setTimeout(resolve, 1));
    const later = [3, 4, 5, 6].map((item) => call(item));
    expect(await Promise.all([...first, ...later])).toEqual([10, 20, 30, 40, 50, 60]);
    expect(groups).toEqual([[1, 2], [3, 4, 5], [6]]);
  });

  it("reruns a failed group item by item, so only the bad item's call fails", async () => {
    const { call, groups } = recordingDouble({ failWhen: (items) => items.includes(2) });
    const results = await Promise.allSettled([call(1), call(2), call(3)]);
    expect(results.map((result) => (result.status === "fulfilled" ? result.value : String(result.reason)))).toEqual([10, "Error: refused 2", 30]);
    expect(groups).toEqual([[1, 2, 3], [1], [2], [3]]);
  });
});
