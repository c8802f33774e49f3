import { describe, expect, it } from "vitest";
import type { TRoutingSummary } from "./route-events";
import { routeInSlices } from "./route-in-slices";

const ids = (count: number) => Array.from({ length: count }, (_, index) => `event-${index}`);

/** A stand-in for routeEvents that records the slices it is handed and routes each event into two notifications. */
function recordingRoute() {
  const slices: string[][] = [];
  const route = async (eventIds: string[]): Promise<TRoutingSummary> => {
    slices.push(eventIds);
    return { routed: eventIds.length, failed: 0, skipped: 0, notifications: 2 * eventIds.length };
  };
  return { slices, route };
}

describe("routeInSlices", () => {
  it("routes a batch of 1,000 as 100, 300 and the remaining 600, in order, and adds up the summaries", async () => {
    const { slices, route } = recordingRoute();
    const summary = await routeInSlices(ids(1_000), route);
    expect(slices.map((slice) => slice.length)).toEqual([100, 300, 600]);
    expect(slices.flat()).toEqual(ids(1_000));
    expect(summary).toEqual({ routed: 1_000, failed: 0, skipped: 0, notifications: 2_000 });
  });

  it("routes a small batch at once, and a middling one as 100 and the rest", async () => {
    const small = recordingRoute();
    await routeInSlices(ids(200), small.route);
    expect(small.slices.map((slice) => slice.length)).toEqual([200]);
    const middling = recordingRoute();
    await routeInSlices(ids(500), middling.route);
    expect(middling.slices.map((slice) => slice.length)).toEqual([100, 400]);
  });

  it("says when the small slices are committed, before the rest is routed", async () => {
    const { slices, route } = recordingRoute();
    let slicesBefore = -1;
    await routeInSlices(ids(1_000), route, () => (slicesBefore = slices.length));
    expect(slicesBefore).toBe(2);
    const small = recordingRoute();
    let calledFirst = false;
    await routeInSlices(ids(10), small.route, () => (calledFirst = small.slices.length === 0));
    expect(calledFirst).toBe(true);
  });

  it("starts a slice only when the one before it is committed, and stops at a failing slice", async () => {
    const started: number[] = [];
    let committed = 0;
    const route = async (eventIds: string[]): Promise<TRoutingSummary> => {
      started.push(committed);
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (started.length === 2) throw new Error("the database went away");
      committed += eventIds.length;
      return { routed: eventIds.length, failed: 0, skipped: 0, notifications: 0 };
    };
    await expect(routeInSlices(ids(1_000), route)).rejects.toThrow("the database went away");
    expect(started).toEqual([0, 100]);
  });
});
