import { env } from "@/env";
import { leasedLimiter } from "./leased-limiter";
import { describeWait, RateLimitError } from "./rate-limit-error";
import { sharedLimiter } from "./shared-limiter";

export const API_RATE_LIMIT = "api_key_requests";

let take: ReturnType<typeof leasedLimiter> | undefined;

function limiter() {
  if (!take) {
    const points = env().API_RATE_LIMIT_PER_MINUTE;
    // About 2% of the limit per lease (at most 100): few round trips at full speed, little left unspent per process.
    take = leasedLimiter(sharedLimiter({ name: API_RATE_LIMIT, points, durationSeconds: 60 }), { leaseSize: Math.min(100, Math.max(1, Math.floor(points / 50))) });
  }
  return take;
}

/**
 * Spends `cost` of the API key's per-minute allowance (1 per request; a batch
 * of N events costs N: 1 when it arrives, `alreadyPaid`, and N-1 once it is
 * read) or throws a RateLimitError (429). A cost larger than what is left is
 * refused whole, so nothing of it is stored.
 */
export async function chargeApiKey(apiKey: { id: number; name?: string }, cost = 1, options: { alreadyPaid?: number } = {}): Promise<void> {
  if (cost <= 0) return;
  const answer = await limiter()(String(apiKey.id), cost);
  if (answer.ok) return;
  const perMinute = env().API_RATE_LIMIT_PER_MINUTE;
  const who = apiKey.name ? `API key "${apiKey.name}"` : "This API key";
  const paid = options.alreadyPaid ?? 0;
  const left = answer.remaining + paid;
  const batch = cost + paid > 1 ? ` This request costs ${cost + paid} (one per event) and ${left} ${left === 1 ? "was" : "were"} left.` : "";
  throw new RateLimitError({
    limit: API_RATE_LIMIT,
    retryAfterMs: answer.msBeforeNext,
    message: `Rate limit exceeded: ${who} may make ${perMinute} requests per minute.${batch} Retry in ${describeWait(answer.msBeforeNext)}.`,
  });
}
