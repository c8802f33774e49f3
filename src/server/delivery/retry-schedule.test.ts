import { describe, expect, it } from "vitest";
import { parseEnv } from "@/env";
import { maxOutageWaitMs, nextRetryDelayMs } from "./retry-schedule";

const schedule = [5_000, 60_000, 300_000];

describe("retry schedule", () => {
  it("follows the schedule with ±20% jitter and ends when it is exhausted", () => {
    expect(nextRetryDelayMs(1, () => 0, schedule)).toBe(4_000);
    expect(nextRetryDelayMs(1, () => 1, schedule)).toBe(6_000);
    expect(nextRetryDelayMs(3, () => 0.5, schedule)).toBe(300_000);
    expect(nextRetryDelayMs(4, () => 0.5, schedule)).toBeNull();
  });

  it("by default starts within seconds and spans more than 24 hours", () => {
    const config = parseEnv({ DATABASE_URL: "postgres://x@localhost/x", NEXTAUTH_SECRET: "x".repeat(32), NOTIFY_ENCRYPTION_KEY: Buffer.alloc(32).toString("base64") });
    expect(config.DELIVERY_RETRY_SCHEDULE[0]).toBeLessThanOrEqual(10_000);
    expect(config.DELIVERY_RETRY_SCHEDULE.reduce((a, b) => a + b, 0)).toBeGreaterThan(24 * 3_600_000);
  });

  it("lets a message wait for an unreachable destination at least a day", () => {
    expect(maxOutageWaitMs(schedule)).toBe(24 * 3_600_000);
    expect(maxOutageWaitMs([48 * 3_600_000])).toBe(48 * 3_600_000);
  });

  it("refuses a malformed schedule naming the variable", () => {
    expect(() =>
      parseEnv({ DATABASE_URL: "postgres://x@localhost/x", NEXTAUTH_SECRET: "x".repeat(32), NOTIFY_ENCRYPTION_KEY: Buffer.alloc(32).toString("base64"), DELIVERY_RETRY_SCHEDULE: "5s,soon" }),
    ).toThrow(/DELIVERY_RETRY_SCHEDULE/);
  });
});
