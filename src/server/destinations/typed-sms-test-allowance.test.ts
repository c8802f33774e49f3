import { describe, expect, it } from "vitest";
import { takeTypedSmsTest, TYPED_SMS_TEST_WINDOW_MS, TYPED_SMS_TESTS_PER_WINDOW } from "./typed-sms-test-allowance";

describe("takeTypedSmsTest", () => {
  it("allows each caller its tests per window, then refuses with the wait, then allows again", () => {
    const start = 1_000_000;
    for (let i = 0; i < TYPED_SMS_TESTS_PER_WINDOW; i++) takeTypedSmsTest("user 1", start + i * 1000);
    expect(() => takeTypedSmsTest("user 1", start + 60_000)).toThrow(
      expect.objectContaining({ code: "TOO_MANY_REQUESTS", message: expect.stringContaining("the next is allowed in 9 minutes") }),
    );
    // Another caller has its own allowance.
    expect(() => takeTypedSmsTest("user 2", start + 60_000)).not.toThrow();
    // The oldest test leaves the window: one more is allowed, and only one.
    expect(() => takeTypedSmsTest("user 1", start + TYPED_SMS_TEST_WINDOW_MS)).not.toThrow();
    expect(() => takeTypedSmsTest("user 1", start + TYPED_SMS_TEST_WINDOW_MS)).toThrow(expect.objectContaining({ code: "TOO_MANY_REQUESTS" }));
  });
});
