import { AppError } from "@/server/errors/app-error";

// A test to a typed-in number goes out through the organisation's SMS provider,
// which bills per message and reaches whoever owns that number, and any
// signed-in user (or any key with notifications:write) may send one. A few per
// caller per window keeps a slip or misuse at cents and one annoyed stranger.
export const TYPED_SMS_TESTS_PER_WINDOW = 5;
export const TYPED_SMS_TEST_WINDOW_MS = 10 * 60_000;

// Per process: with several web instances each allows its own five.
const sentAt = new Map<string, number[]>();

/**
 * Counts one test SMS to a typed-in number for `caller` (e.g. "user 7"), or
 * throws TOO_MANY_REQUESTS, saying when the next one is allowed, once the
 * caller's allowance for the window is used up.
 */
export function takeTypedSmsTest(caller: string, now = Date.now()): void {
  const recent = (sentAt.get(caller) ?? []).filter((at) => now - at < TYPED_SMS_TEST_WINDOW_MS);
  const oldest = recent[0];
  if (oldest !== undefined && recent.length >= TYPED_SMS_TESTS_PER_WINDOW) {
    const minutes = Math.ceil((oldest + TYPED_SMS_TEST_WINDOW_MS - now) / 60_000);
    throw new AppError(
      "TOO_MANY_REQUESTS",
      `At most ${TYPED_SMS_TESTS_PER_WINDOW} test SMS to typed-in numbers per ${TYPED_SMS_TEST_WINDOW_MS / 60_000} minutes; ` +
        `the next is allowed in ${minutes} minute${minutes === 1 ? "" : "s"}. Tests of saved destinations are not limited.`,
    );
  }
  recent.push(now);
  sentAt.set(caller, recent);
}
