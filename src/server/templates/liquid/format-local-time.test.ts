import { describe, expect, it } from "vitest";
import { formatLocalTime, safeZone } from "./format-local-time";

describe("formatLocalTime", () => {
  it.each([
    // winter: CET (UTC+1), EST (UTC-5)
    ["2026-12-01T21:10:00Z", "Europe/Berlin", "2026-12-01 22:10 CET"],
    ["2026-12-01T21:10:00Z", "America/New_York", "2026-12-01 16:10 EST"],
    // summer: CEST (UTC+2), EDT (UTC-4)
    ["2026-07-01T12:00:00Z", "Europe/Berlin", "2026-07-01 14:00 CEST"],
    ["2026-07-01T12:00:00Z", "America/New_York", "2026-07-01 08:00 EDT"],
    // 20 March: New York has switched to summer time (8 March), Berlin not yet (29 March)
    ["2026-03-20T12:00:00Z", "Europe/Berlin", "2026-03-20 13:00 CET"],
    ["2026-03-20T12:00:00Z", "America/New_York", "2026-03-20 08:00 EDT"],
    // either side of Berlin's switch at 01:00 UTC on 29 March 2026
    ["2026-03-29T00:59:00Z", "Europe/Berlin", "2026-03-29 01:59 CET"],
    ["2026-03-29T01:00:00Z", "Europe/Berlin", "2026-03-29 03:00 CEST"],
    // an offset in the input is honoured, not the server's zone
    ["2026-12-01T23:10:00+02:00", "UTC", "2026-12-01 21:10 UTC"],
    ["2026-12-01T21:10:00", "Europe/Berlin", "2026-12-01 22:10 CET"],
  ])("%s in %s is %s", (instant, zone, expected) => {
    expect(formatLocalTime(instant, zone)).toBe(expected);
  });

  it("takes a Date, epoch milliseconds and a luxon format", () => {
    const ms = Date.UTC(2026, 11, 1, 21, 10);
    expect(formatLocalTime(ms, "America/New_York", "dd LLL HH:mm")).toBe("01 Dec 16:10");
    expect(formatLocalTime(new Date(ms), "Europe/Berlin", "cccc HH:mm")).toBe("Tuesday 22:10");
    expect(formatLocalTime(String(ms), "Europe/Berlin", "HH:mm")).toBe("22:10");
  });

  it("names a zone without an English abbreviation by its offset", () => {
    expect(formatLocalTime("2026-12-01T21:10:00Z", "Asia/Tokyo")).toBe("2026-12-02 06:10 GMT+9");
  });

  it("keeps a value that is no date and renders nothing for an empty one", () => {
    expect(formatLocalTime("soon", "Europe/Berlin")).toBe("soon");
    expect(formatLocalTime(null, "Europe/Berlin")).toBe("");
    expect(formatLocalTime(undefined, "Europe/Berlin")).toBe("");
  });

  it("falls back to UTC for an unknown or empty zone", () => {
    expect(safeZone("Mars/Olympus_Mons")).toBe("UTC");
    expect(safeZone("")).toBe("UTC");
    expect(safeZone(42)).toBe("UTC");
    expect(safeZone("America/New_York")).toBe("America/New_York");
    expect(formatLocalTime("2026-12-01T21:10:00Z", "Mars/Olympus_Mons")).toBe("2026-12-01 21:10 UTC");
  });
});
