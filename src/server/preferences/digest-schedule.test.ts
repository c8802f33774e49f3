import { describe, expect, it } from "vitest";
import { nextDigest } from "./digest-schedule";

const at = (iso: string) => new Date(iso);

describe("nextDigest", () => {
  it("sends an hourly digest at the next full hour on the user's clock", () => {
    expect(nextDigest({ period: "hourly", timezone: "Europe/Berlin", now: at("2026-12-02T10:05:00Z") }).releaseAt).toEqual(at("2026-12-02T11:00:00Z"));
    // India is UTC+5:30: its hours turn at :30 UTC.
    expect(nextDigest({ period: "hourly", timezone: "Asia/Kolkata", now: at("2026-12-02T10:05:00Z") }).releaseAt).toEqual(at("2026-12-02T10:30:00Z"));
  });

  it("sends a daily digest at its time today while that is ahead, else tomorrow", () => {
    const morning = { period: "daily" as const, at: "08:00", timezone: "Europe/Berlin" };
    expect(nextDigest({ ...morning, now: at("2026-12-02T06:59:00Z") }).releaseAt).toEqual(at("2026-12-02T07:00:00Z"));
    expect(nextDigest({ ...morning, now: at("2026-12-02T07:00:00Z") }).releaseAt).toEqual(at("2026-12-03T07:00:00Z"));
    expect(nextDigest({ ...morning, now: at("2026-12-02T07:00:00Z") }).label).toBe("daily digest at 08:00 Europe/Berlin");
  });

  it("keeps the wall-clock time across a DST change", () => {
    // Europe/Berlin leaves summer time on 2026-10-25: 08:00 is 06:00 UTC before and 07:00 UTC after.
    const digest = { period: "daily" as const, at: "08:00", timezone: "Europe/Berlin" };
    expect(nextDigest({ ...digest, now: at("2026-10-24T12:00:00Z") }).releaseAt).toEqual(at("2026-10-25T07:00:00Z"));
    // A time in the spring-forward gap (02:30 on 2026-03-29) moves on with the clock.
    expect(nextDigest({ period: "daily", at: "02:30", timezone: "Europe/Berlin", now: at("2026-03-28T12:00:00Z") }).releaseAt).toEqual(at("2026-03-29T01:30:00Z"));
  });

  it("reads an unknown zone as UTC rather than failing routing", () => {
    expect(nextDigest({ period: "daily", at: "08:00", timezone: "Mars/Olympus", now: at("2026-12-02T09:00:00Z") })).toEqual({ releaseAt: at("2026-12-03T08:00:00Z"), label: "daily digest at 08:00 UTC" });
  });
});
