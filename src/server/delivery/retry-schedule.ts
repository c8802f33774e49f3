import { env } from "@/env";

/**
 * Delay before the retry that follows `failedRetries` counted failures, with
 * ±20% jitter so that messages failing together don't retry together. Null
 * when the schedule is exhausted (the notification goes to the dead-letter queue).
 */
export function nextRetryDelayMs(failedRetries: number, random: () => number = Math.random, schedule = env().DELIVERY_RETRY_SCHEDULE): number | null {
  const base = schedule[failedRetries - 1];
  if (base === undefined) return null;
  return Math.round(base * (0.8 + 0.4 * random()));
}

const DAY_MS = 24 * 3_600_000;

/**
 * How long a notification may keep waiting for an unreachable destination:
 * as long as the retry schedule spans, and never less than a day.
 */
export function maxOutageWaitMs(schedule = env().DELIVERY_RETRY_SCHEDULE): number {
  return Math.max(DAY_MS, schedule.reduce((sum, delay) => sum + delay, 0));
}
