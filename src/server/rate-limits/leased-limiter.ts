import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

export type TLeaseAnswer = { ok: true } | { ok: false; msBeforeNext: number; remaining: number };

type TLease = { tokens: number; expiresAt: number };

/**
 * A shared counter spent through per-process leases, so the hot path rarely
 * talks to the database: a request takes points from a few it leased earlier
 * in this window; only when those run out does it take `leaseSize` more (plus
 * what it needs) in one round trip. Leased points die with the window, so
 * together the processes never exceed the limit; a process may end a window
 * with up to `leaseSize` unspent, so each process under-allows by at most that.
 * Refills of one key are made one at a time (the others wait for it), so a
 * burst that empties a lease costs one round trip, not one per request.
 */
export function leasedLimiter(limiter: Pick<RateLimiterAbstract, "consume" | "reward" | "points">, options: { leaseSize: number }) {
  const leases = new Map<string, TLease>();
  const refills = new Map<string, Promise<unknown>>();
  const emptyUntil = new Map<string, number>();

  function spend(key: string, cost: number): boolean {
    const lease = leases.get(key);
    if (!lease || lease.expiresAt <= Date.now() || lease.tokens < cost) return false;
    lease.tokens -= cost;
    return true;
  }

  /** Takes what is left of the lease (it is spent on this request or handed back). */
  function takeLease(key: string): number {
    const lease = leases.get(key);
    leases.delete(key);
    return lease && lease.expiresAt > Date.now() ? lease.tokens : 0;
  }

  function addLease(key: string, tokens: number, msBeforeNext: number) {
    if (tokens <= 0 || msBeforeNext <= 0) return;
    const lease = leases.get(key);
    const expiresAt = Date.now() + msBeforeNext;
    leases.set(key, lease && lease.expiresAt > Date.now() ? { tokens: lease.tokens + tokens, expiresAt: Math.min(lease.expiresAt, expiresAt) } : { tokens, expiresAt });
  }

  async function refill(key: string, cost: number): Promise<TLeaseAnswer> {
    const held = takeLease(key);
    const need = cost - held;
    const asked = need + options.leaseSize;
    try {
      const granted = await limiter.consume(key, asked);
      addLease(key, held + asked - cost, granted.msBeforeNext);
      return { ok: true };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      // The store counted the whole ask; keep what was really free and give the rest back.
      const freeBefore = Math.max(0, limiter.points - (rejection.consumedPoints - asked));
      const kept = freeBefore >= need ? freeBefore : 0;
      if (asked - kept > 0) await limiter.reward(key, asked - kept);
      if (kept > 0) {
        addLease(key, held + kept - cost, rejection.msBeforeNext);
        return { ok: true };
      }
      addLease(key, held, rejection.msBeforeNext);
      // Nothing left in this window: refuse in memory until it ends instead of asking again per request.
      if (freeBefore === 0) emptyUntil.set(key, Date.now() + rejection.msBeforeNext);
      return { ok: false, msBeforeNext: rejection.msBeforeNext, remaining: held + freeBefore };
    }
  }

  return async function take(key: string, cost: number): Promise<TLeaseAnswer> {
    for (;;) {
      if (spend(key, cost)) return { ok: true };
      const emptyMs = (emptyUntil.get(key) ?? 0) - Date.now();
      if (emptyMs > 0) return { ok: false, msBeforeNext: emptyMs, remaining: leases.get(key)?.tokens ?? 0 };
      emptyUntil.delete(key);
      const pending = refills.get(key);
      if (!pending) break;
      await pending.catch(() => undefined);
    }
    const answer = refill(key, cost);
    refills.set(key, answer);
    try {
      return await answer;
    } finally {
      refills.delete(key);
    }
  };
}
