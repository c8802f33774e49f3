import { env } from "@/env";
import { limitSubject } from "./limit-subject";
import { describeWait, RateLimitError } from "./rate-limit-error";
import { sharedLimiter } from "./shared-limiter";
import { takeAll } from "./take-all";

export const SIGN_IN_WINDOW_SECONDS = 15 * 60;

let limiters: { account: ReturnType<typeof sharedLimiter>; address: ReturnType<typeof sharedLimiter> } | undefined;

function signInLimiters() {
  limiters ??= {
    account: sharedLimiter({ name: "sign_in_account", points: env().SIGN_IN_FAILURES_PER_ACCOUNT, durationSeconds: SIGN_IN_WINDOW_SECONDS }),
    address: sharedLimiter({ name: "sign_in_address", points: env().SIGN_IN_FAILURES_PER_ADDRESS, durationSeconds: SIGN_IN_WINDOW_SECONDS }),
  };
  return limiters;
}

export type TSignInAttempt = {
  /** The password was right: the account's failures are forgotten and the attempt is not held against the address. */
  succeeded(): Promise<void>;
  /** The password could not be checked (the server was busy): the attempt counts for nothing. */
  abandoned(): Promise<void>;
};

/**
 * Counts a sign-in attempt against the client address and the account before
 * the password is hashed, or throws a RateLimitError once either has used up
 * its failures for the window. Counting first (and forgiving on success) keeps
 * the limit exact under parallel attempts. Unknown emails are counted exactly
 * like real accounts, so a refusal says nothing about whether one exists.
 */
export async function beginSignInAttempt(options: { email: string; address: string }): Promise<TSignInAttempt> {
  const { account, address } = signInLimiters();
  const accountKey = limitSubject("email", options.email.trim().toLowerCase());
  const addressKey = limitSubject("address", options.address);
  await takeAll([
    {
      limiter: address,
      key: addressKey,
      refuse: (ms) =>
        new RateLimitError({ limit: "sign_in_address", retryAfterMs: ms, message: `Too many failed sign-ins from your network address; try again in ${describeWait(ms)}.` }),
    },
    {
      limiter: account,
      key: accountKey,
      refuse: (ms) =>
        new RateLimitError({ limit: "sign_in_account", retryAfterMs: ms, message: `Too many failed sign-ins for this account; try again in ${describeWait(ms)}.` }),
    },
  ]);
  return {
    async succeeded() {
      await Promise.all([account.delete(accountKey), address.reward(addressKey)]);
    },
    async abandoned() {
      await Promise.all([account.reward(accountKey), address.reward(addressKey)]);
    },
  };
}
