import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { RateLimitError } from "./rate-limit-error";

export type TCharge = {
  limiter: Pick<RateLimiterAbstract, "consume" | "reward">;
  key: string;
  points?: number;
  /** The error to throw when this counter has no points left. */
  refuse: (msBeforeNext: number) => RateLimitError;
};

/**
 * Takes a point (or `points`) from each counter, in order, or none: when one
 * refuses, the ones already taken are given back, so a refused test send does
 * not also use up the caller's allowance. Throws the refusing counter's error.
 */
export async function takeAll(charges: TCharge[]): Promise<void> {
  const taken: TCharge[] = [];
  for (const charge of charges) {
    try {
      await charge.limiter.consume(charge.key, charge.points ?? 1);
      taken.push(charge);
    } catch (rejection) {
      await Promise.all(taken.map((done) => done.limiter.reward(done.key, done.points ?? 1)));
      if (rejection instanceof RateLimiterRes) throw charge.refuse(rejection.msBeforeNext);
      throw rejection;
    }
  }
}
