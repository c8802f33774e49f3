import { env } from "@/env";
import type { TChannelDestination } from "@/server/channels/channel-destination";
import { limitSubject } from "./limit-subject";
import { describeWait, RateLimitError } from "./rate-limit-error";
import { sharedLimiter } from "./shared-limiter";
import { takeAll, type TCharge } from "./take-all";

const WINDOW_SECONDS = 10 * 60;

let limiters: Record<"caller" | "sms" | "destination", ReturnType<typeof sharedLimiter>> | undefined;

function testSendLimiters() {
  limiters ??= {
    caller: sharedLimiter({ name: "test_sends_per_caller", points: env().TEST_SENDS_PER_CALLER, durationSeconds: WINDOW_SECONDS }),
    sms: sharedLimiter({ name: "test_sms_per_caller", points: env().TEST_SMS_PER_CALLER, durationSeconds: WINDOW_SECONDS }),
    destination: sharedLimiter({ name: "test_sends_per_destination", points: env().TEST_SENDS_PER_DESTINATION, durationSeconds: WINDOW_SECONDS }),
  };
  return limiters;
}

/** What a destination is counted by: where the message lands, however it was picked (typed in, personal, organisation). */
function destinationSubject(destination: TChannelDestination): string {
  return limitSubject("test-destination", destination.channel === "SMS" ? `SMS:${destination.to}` : `${destination.channel}:${destination.url}`);
}

/**
 * Counts one test send by `caller` ("user:7", "key:deploy") to `destination`,
 * or throws a RateLimitError (429) naming the limit that refused. A test
 * reaches a real receiver (a stranger's phone, a third party's webhook) and
 * an SMS costs money, so each caller, each destination, and each caller's SMS
 * have their own allowance per 10 minutes, shared by every process. A refused
 * test uses up none of them.
 */
export async function takeTestSend(options: { caller: string; destination: TChannelDestination }): Promise<void> {
  const { caller, sms, destination } = testSendLimiters();
  const callerKey = limitSubject("test-caller", options.caller);
  const charges: TCharge[] = [
    {
      limiter: caller,
      key: callerKey,
      refuse: (ms) =>
        new RateLimitError({
          limit: "test_sends_per_caller",
          retryAfterMs: ms,
          message: `Test sends are limited to ${caller.points} per 10 minutes per user or API key; try again in ${describeWait(ms)}.`,
        }),
    },
    {
      limiter: destination,
      key: destinationSubject(options.destination),
      refuse: (ms) =>
        new RateLimitError({
          limit: "test_sends_per_destination",
          retryAfterMs: ms,
          message: `This destination has had ${destination.points} test sends in the last 10 minutes, the most allowed; try again in ${describeWait(ms)}.`,
        }),
    },
  ];
  if (options.destination.channel === "SMS") {
    charges.splice(1, 0, {
      limiter: sms,
      key: callerKey,
      refuse: (ms) =>
        new RateLimitError({
          limit: "test_sms_per_caller",
          retryAfterMs: ms,
          message: `Test SMS are paid messages, limited to ${sms.points} per 10 minutes per user or API key; try again in ${describeWait(ms)}.`,
        }),
    });
  }
  await takeAll(charges);
}
