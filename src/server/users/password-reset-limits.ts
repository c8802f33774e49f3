import { RateLimiterRes } from "rate-limiter-flexible";
import { limitSubject } from "@/server/rate-limits/limit-subject";
import { RateLimitError } from "@/server/rate-limits/rate-limit-error";
import { sharedLimiter } from "@/server/rate-limits/shared-limiter";
import { takeAll } from "@/server/rate-limits/take-all";

const WINDOW_SECONDS = 60 * 60;
let limiters: { account: ReturnType<typeof sharedLimiter>; total: ReturnType<typeof sharedLimiter> } | undefined;

function resetLimiters() {
  limiters ??= {
    // A mailbox gets at most three reset emails an hour however often someone types its address in.
    account: sharedLimiter({ name: "password_reset_account", points: 3, durationSeconds: WINDOW_SECONDS }),
    // Everyone together: the form cannot be turned into a mail cannon that ruins the SMTP server's reputation.
    total: sharedLimiter({ name: "password_reset_total", points: 100, durationSeconds: WINDOW_SECONDS }),
  };
  return limiters;
}

/**
 * Counts one "Forgot password?" request. Over the total it throws a
 * RateLimitError (429, which says nothing about any address); over one
 * address's allowance it answers false and the caller quietly sends nothing,
 * so the answer still does not tell whether the address has an account.
 */
export async function takePasswordResetRequest(email: string): Promise<boolean> {
  const { account, total } = resetLimiters();
  await takeAll([
    {
      limiter: total,
      key: "all",
      refuse: (ms) => new RateLimitError({ limit: "password_reset_total", retryAfterMs: ms, message: "Too many password-reset requests right now; try again later." }),
    },
  ]);
  try {
    await account.consume(limitSubject("password-reset", email));
    return true;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return false;
    throw rejection;
  }
}
