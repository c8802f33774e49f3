import { env } from "@/env";
import { limitSubject } from "./limit-subject";
import { describeWait, RateLimitError } from "./rate-limit-error";
import { sharedLimiter } from "./shared-limiter";
import { takeAll } from "./take-all";

let limiters: { perCaller: ReturnType<typeof sharedLimiter>; total: ReturnType<typeof sharedLimiter> } | undefined;

function smtpTestLimiters() {
  limiters ??= {
    perCaller: sharedLimiter({ name: "smtp_tests_per_caller", points: env().SMTP_TESTS_PER_MINUTE, durationSeconds: 60 }),
    total: sharedLimiter({ name: "smtp_tests_total", points: env().SMTP_TESTS_TOTAL_PER_MINUTE, durationSeconds: 60 }),
  };
  return limiters;
}

// An SMTP check connects to any host and port it is given and reports how the
// far end answered: unlimited, it is a port scanner from inside the network.

/** Counts one SMTP check by `caller` ("key:3", "user:7"), or throws a RateLimitError (429). */
export async function takeSmtpTest(caller: string): Promise<void> {
  const { perCaller } = smtpTestLimiters();
  await takeAll([
    {
      limiter: perCaller,
      key: limitSubject("smtp-test-caller", caller),
      refuse: (ms) =>
        new RateLimitError({
          limit: "smtp_tests_per_caller",
          retryAfterMs: ms,
          message: `SMTP tests are limited to ${perCaller.points} per minute per API key or user; try again in ${describeWait(ms)}.`,
        }),
    },
  ]);
}

/** Counts one SMTP check against the ceiling for every caller together (the web UI's included), or throws a RateLimitError. */
export async function takeSmtpCheck(): Promise<void> {
  const { total } = smtpTestLimiters();
  await takeAll([
    {
      limiter: total,
      key: "all",
      refuse: (ms) =>
        new RateLimitError({
          limit: "smtp_tests_total",
          retryAfterMs: ms,
          message: `SMTP tests are limited to ${total.points} per minute in total; try again in ${describeWait(ms)}.`,
        }),
    },
  ]);
}
