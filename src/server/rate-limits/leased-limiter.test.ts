import { RateLimiterMemory } from "rate-limiter-flexible";
import { describe, expect, it } from "vitest";
import { leasedLimiter } from "./leased-limiter";

describe("leasedLimiter", () => {
  it("never lets processes sharing one counter exceed it, and strands at most a lease each", async () => {
    const shared = new RateLimiterMemory({ points: 100, duration: 60 });
    const processes = [leasedLimiter(shared, { leaseSize: 5 }), leasedLimiter(shared, { leaseSize: 5 })];
    const answers = await Promise.all(Array.from({ length: 300 }, (_, i) => processes[i % 2]!("key", 1)));
    const allowed = answers.filter((answer) => answer.ok).length;
    expect(allowed).toBeLessThanOrEqual(100);
    expect(allowed).toBeGreaterThanOrEqual(100 - 2 * 5);
    const refused = answers.find((answer) => !answer.ok);
    expect(refused).toMatchObject({ ok: false, msBeforeNext: expect.any(Number) });
  });

  it("refuses a cost larger than what is left whole, and leaves what was left usable", async () => {
    const take = leasedLimiter(new RateLimiterMemory({ points: 10, duration: 60 }), { leaseSize: 2 });
    expect(await take("key", 7)).toEqual({ ok: true });
    expect(await take("key", 5)).toMatchObject({ ok: false, remaining: 3 });
    expect(await take("key", 3)).toEqual({ ok: true });
    expect(await take("key", 1)).toMatchObject({ ok: false, remaining: 0 });
    expect(await take("other", 10)).toEqual({ ok: true });
  });

  it("asks the store once per lease, not once per request", async () => {
    const store = new RateLimiterMemory({ points: 1_000, duration: 60 });
    let asked = 0;
    const counting = { points: store.points, consume: (key: string, points?: number) => ((asked += 1), store.consume(key, points)), reward: store.reward.bind(store) };
    const take = leasedLimiter(counting, { leaseSize: 50 });
    await Promise.all(Array.from({ length: 500 }, () => take("key", 1)));
    expect(asked).toBeLessThanOrEqual(10);
  });
});
