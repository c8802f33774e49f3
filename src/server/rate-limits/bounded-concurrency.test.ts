import { describe, expect, it } from "vitest";
import { boundedConcurrency } from "./bounded-concurrency";

describe("boundedConcurrency", () => {
  it("runs at most `running` at once, queues `waiting` more and refuses the rest", async () => {
    const run = boundedConcurrency({ running: 2, waiting: 3, refuse: () => new Error("busy") });
    let active = 0;
    let peak = 0;
    const task = async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((resolve) => setTimeout(resolve, 20));
      active--;
      return "done";
    };
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => run(task)));
    expect(peak).toBe(2);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(5);
    expect(results.filter((result) => result.status === "rejected").map((result) => (result as PromiseRejectedResult).reason.message)).toEqual(["busy", "busy", "busy"]);
    // The slots are free again once the burst is over, failures included.
    await expect(run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(Promise.all([run(task), run(task)])).resolves.toEqual(["done", "done"]);
    expect(peak).toBe(2);
  });
});
