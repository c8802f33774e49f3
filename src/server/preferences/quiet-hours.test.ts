import { describe, expect, it } from "vitest";
import { holdFor, isValidTimeZone, quietWindowEnd, type THoldSettings } from "./quiet-hours";

const ALL_DAYS = [1, 2, 3, 4, 5, 6, 7];

function settings(overrides: Partial<THoldSettings> = {}): THoldSettings {
  return {
    quietHoursStart: "22:00",
    quietHoursEnd: "07:00",
    quietHoursDays: ALL_DAYS,
    timezone: "Europe/Berlin",
    dndUntil: null,
    criticalBypassesQuietHours: false,
    ...overrides,
  };
}

/** The release instant for a warning at `now`, as an ISO string, or null when it is sent at once. */
function heldUntil(hold: THoldSettings, now: string): string | null {
  return holdFor(hold, new Date(now), "warning")?.until.toISOString() ?? null;
}

/** Both entry points agree: the quiet window's end is the release instant (no DND in play). */
function expectRelease(hold: THoldSettings, now: string, release: string | null): void {
  expect(heldUntil(hold, now)).toBe(release);
  expect(quietWindowEnd(hold, new Date(now))?.toISOString() ?? null).toBe(release);
}

// December 2026 in Berlin is CET (UTC+1); 2026-12-01 is a Tuesday.
describe("quiet hours window", () => {
  it("holds nothing without a complete, non-empty window", () => {
    expect(heldUntil(settings({ quietHoursStart: null, quietHoursEnd: null }), "2026-12-01T23:00:00Z")).toBeNull();
    expect(heldUntil(settings({ quietHoursEnd: null }), "2026-12-01T23:00:00Z")).toBeNull();
    expect(heldUntil(settings({ quietHoursEnd: "22:00" }), "2026-12-01T23:00:00Z")).toBeNull();
    expect(heldUntil(settings({ quietHoursDays: [] }), "2026-12-01T23:00:00Z")).toBeNull();
    expect(heldUntil(settings({ quietHoursStart: "25:00" }), "2026-12-01T23:00:00Z")).toBeNull();
    expect(quietWindowEnd(settings({ quietHoursStart: null, quietHoursEnd: null }), new Date("2026-12-01T23:00:00Z"))).toBeNull();
  });

  it("holds inside a same-day window until its end and not outside it", () => {
    const office = settings({ quietHoursStart: "09:00", quietHoursEnd: "17:00" });
    expect(heldUntil(office, "2026-12-01T11:00:00Z")).toBe("2026-12-01T16:00:00.000Z");
    expect(heldUntil(office, "2026-12-01T07:59:00Z")).toBeNull();
    expect(heldUntil(office, "2026-12-01T16:00:00Z")).toBeNull();
  });

  it("holds across midnight until the next morning", () => {
    expect(heldUntil(settings(), "2026-12-01T22:30:00Z")).toBe("2026-12-02T06:00:00.000Z");
    expect(heldUntil(settings(), "2026-12-02T02:00:00Z")).toBe("2026-12-02T06:00:00.000Z");
    expect(heldUntil(settings(), "2026-12-01T11:00:00Z")).toBeNull();
  });

  it("includes the start minute and excludes the end minute", () => {
    expect(heldUntil(settings(), "2026-12-01T21:00:00Z")).toBe("2026-12-02T06:00:00.000Z");
    expect(heldUntil(settings(), "2026-12-01T20:59:59Z")).toBeNull();
    expect(heldUntil(settings(), "2026-12-02T06:00:00Z")).toBeNull();
    expect(heldUntil(settings(), "2026-12-02T05:59:59Z")).toBe("2026-12-02T06:00:00.000Z");
  });

  it("accepts seconds in the times and reports the window in the description", () => {
    const hold = holdFor(settings({ quietHoursStart: "22:00:00" }), new Date("2026-12-01T22:30:00Z"), "info");
    expect(hold).toEqual({ until: new Date("2026-12-02T06:00:00Z"), kind: "quiet_hours", description: "quiet hours 22:00–07:00 Europe/Berlin" });
    expect(quietWindowEnd(settings(), new Date("2026-12-01T22:30:00Z"))?.toISOString()).toBe("2026-12-02T06:00:00.000Z");
  });

  it("reads an invalid zone as UTC instead of throwing", () => {
    const hold = holdFor(settings({ timezone: "Mars/Olympus" }), new Date("2026-12-01T23:00:00Z"), "info");
    expect(hold).toEqual({ until: new Date("2026-12-02T07:00:00Z"), kind: "quiet_hours", description: "quiet hours 22:00–07:00 UTC" });
  });
});

describe("quiet hours weekdays", () => {
  const workNights = settings({ quietHoursDays: [1, 2, 3, 4, 5] });

  it("holds Friday night into Saturday morning although Saturday is not listed", () => {
    expect(heldUntil(workNights, "2026-12-04T22:00:00Z")).toBe("2026-12-05T06:00:00.000Z");
    expect(heldUntil(workNights, "2026-12-05T05:30:00Z")).toBe("2026-12-05T06:00:00.000Z");
  });

  it("does not hold Saturday or Sunday night, nor Monday morning after a Sunday", () => {
    expect(heldUntil(workNights, "2026-12-05T22:00:00Z")).toBeNull();
    expect(heldUntil(workNights, "2026-12-06T22:00:00Z")).toBeNull();
    expect(heldUntil(workNights, "2026-12-07T02:00:00Z")).toBeNull();
    expect(heldUntil(workNights, "2026-12-07T22:00:00Z")).toBe("2026-12-08T06:00:00.000Z");
  });

  it("restricts a same-day window to its days", () => {
    const weekendDays = settings({ quietHoursStart: "09:00", quietHoursEnd: "17:00", quietHoursDays: [6, 7] });
    expect(heldUntil(weekendDays, "2026-12-01T11:00:00Z")).toBeNull();
    expect(heldUntil(weekendDays, "2026-12-05T11:00:00Z")).toBe("2026-12-05T16:00:00.000Z");
  });
});

describe("do not disturb", () => {
  const noQuiet = settings({ quietHoursStart: null, quietHoursEnd: null });

  it("holds until DND ends, and not once it has ended", () => {
    const dndUntil = new Date("2026-12-02T08:00:00Z");
    expect(holdFor({ ...noQuiet, dndUntil }, new Date("2026-12-01T11:00:00Z"), "info")).toEqual({
      until: dndUntil,
      kind: "dnd",
      description: "do not disturb until 2026-12-02 09:00 Europe/Berlin",
    });
    expect(holdFor({ ...noQuiet, dndUntil }, dndUntil, "info")).toBeNull();
    expect(holdFor({ ...noQuiet, dndUntil }, new Date("2026-12-02T09:00:00Z"), "info")).toBeNull();
  });

  it("lets quiet hours win when they end later", () => {
    const hold = holdFor(settings({ dndUntil: new Date("2026-12-02T04:00:00Z") }), new Date("2026-12-01T22:00:00Z"), "info");
    expect(hold).toEqual({ until: new Date("2026-12-02T06:00:00Z"), kind: "quiet_hours", description: "quiet hours 22:00–07:00 Europe/Berlin" });
  });

  it("lets DND win when it ends later, or at the same instant", () => {
    const later = holdFor(settings({ dndUntil: new Date("2026-12-02T08:00:00Z") }), new Date("2026-12-01T22:00:00Z"), "info");
    expect(later).toMatchObject({ until: new Date("2026-12-02T08:00:00Z"), kind: "dnd" });
    const tie = holdFor(settings({ dndUntil: new Date("2026-12-02T06:00:00Z") }), new Date("2026-12-01T22:00:00Z"), "info");
    expect(tie).toMatchObject({ until: new Date("2026-12-02T06:00:00Z"), kind: "dnd" });
  });

  it("extends a DND that ends inside quiet hours to the end of that window", () => {
    const hold = holdFor(settings({ dndUntil: new Date("2026-12-01T22:00:00Z") }), new Date("2026-12-01T11:00:00Z"), "info");
    expect(hold).toEqual({
      until: new Date("2026-12-02T06:00:00Z"),
      kind: "quiet_hours",
      description: "do not disturb until 2026-12-01 23:00 Europe/Berlin, then quiet hours 22:00–07:00 Europe/Berlin",
    });
    expect(heldUntil(settings({ dndUntil: new Date("2026-12-01T21:00:00Z") }), "2026-12-01T11:00:00Z")).toBe("2026-12-02T06:00:00.000Z");
    expect(heldUntil(settings({ dndUntil: new Date("2026-12-01T20:59:00Z") }), "2026-12-01T11:00:00Z")).toBe("2026-12-01T20:59:00.000Z");
  });
});

describe("critical bypass", () => {
  const night = "2026-12-01T23:00:00Z";
  const dndUntil = new Date("2026-12-02T12:00:00Z");

  it("sends critical events at once through quiet hours and DND when on", () => {
    expect(holdFor(settings({ criticalBypassesQuietHours: true }), new Date(night), "critical")).toBeNull();
    expect(holdFor(settings({ criticalBypassesQuietHours: true, dndUntil }), new Date(night), "critical")).toBeNull();
    expect(holdFor(settings({ criticalBypassesQuietHours: true }), new Date(night), "warning")?.kind).toBe("quiet_hours");
  });

  it("holds critical events too when off", () => {
    expect(holdFor(settings(), new Date(night), "critical")?.until.toISOString()).toBe("2026-12-02T06:00:00.000Z");
    expect(holdFor(settings({ dndUntil }), new Date(night), "critical")?.kind).toBe("dnd");
  });
});

// Each row: zone, quiet window, `now`, expected release. Naive offset arithmetic (the offset of `now`
// applied to the end time) is off by the DST shift in every row.
describe("quiet hours across daylight-saving changes", () => {
  it.each([
    ["Europe/Berlin", "22:00", "07:00", "2026-03-29T00:30:00Z", "2026-03-29T05:00:00.000Z"],
    ["America/New_York", "22:00", "07:00", "2026-03-08T06:30:00Z", "2026-03-08T11:00:00.000Z"],
    ["Australia/Sydney", "22:00", "07:00", "2026-10-03T15:30:00Z", "2026-10-03T20:00:00.000Z"],
  ])("spring forward in %s: %s–%s at %s releases at %s", (timezone, start, end, now, release) => {
    expectRelease(settings({ timezone, quietHoursStart: start, quietHoursEnd: end }), now, release);
  });

  it.each([
    ["Europe/Berlin", "2026-10-24T23:00:00Z", "2026-10-25T06:00:00.000Z"],
    ["America/New_York", "2026-11-01T04:30:00Z", "2026-11-01T12:00:00.000Z"],
    ["Australia/Sydney", "2026-04-04T14:00:00Z", "2026-04-04T21:00:00.000Z"],
  ])("fall back in %s: 22:00–07:00 at %s releases at %s", (timezone, now, release) => {
    expectRelease(settings({ timezone }), now, release);
  });

  it("starts the first window after the change at the new offset", () => {
    expectRelease(settings(), "2026-03-29T19:59:00Z", null);
    expectRelease(settings(), "2026-03-29T20:00:00Z", "2026-03-30T05:00:00.000Z");
    expectRelease(settings(), "2026-10-25T20:59:00Z", null);
    expectRelease(settings(), "2026-10-25T21:00:00Z", "2026-10-26T06:00:00.000Z");
  });

  it.each([
    ["Europe/Berlin", "2026-03-29T00:00:00Z", "2026-03-29T01:30:00.000Z"],
    ["America/New_York", "2026-03-08T06:00:00Z", "2026-03-08T07:30:00.000Z"],
    ["Australia/Sydney", "2026-10-03T15:00:00Z", "2026-10-03T16:30:00.000Z"],
  ])("an end of 02:30 that does not exist in %s moves forward to 03:30 (at %s releases at %s)", (timezone, now, release) => {
    expectRelease(settings({ timezone, quietHoursEnd: "02:30" }), now, release);
  });

  it("moves a start that does not exist forward by the gap", () => {
    const early = settings({ quietHoursStart: "02:30", quietHoursEnd: "06:00" });
    expectRelease(early, "2026-03-29T01:15:00Z", null);
    expectRelease(early, "2026-03-29T01:30:00Z", "2026-03-29T04:00:00.000Z");
  });

  it.each([
    ["Europe/Berlin", "02:30", "2026-10-24T23:00:00Z", "2026-10-25T00:30:00.000Z", "2026-10-25T01:15:00Z"],
    ["America/New_York", "01:30", "2026-11-01T04:30:00Z", "2026-11-01T05:30:00.000Z", "2026-11-01T06:15:00Z"],
    ["Australia/Sydney", "02:30", "2026-04-04T14:00:00Z", "2026-04-04T15:30:00.000Z", "2026-04-04T16:15:00Z"],
  ])("an end that occurs twice in %s (%s) ends at its first occurrence", (timezone, end, now, release, secondPass) => {
    const hold = settings({ timezone, quietHoursEnd: end });
    expectRelease(hold, now, release);
    // The wall clock shows a time inside the window again, but the window has already ended.
    expectRelease(hold, secondPass, null);
  });

  it("starts a window at the first occurrence of a start that occurs twice", () => {
    const early = settings({ quietHoursStart: "02:30", quietHoursEnd: "06:00" });
    expectRelease(early, "2026-10-25T00:20:00Z", null);
    expectRelease(early, "2026-10-25T00:30:00Z", "2026-10-25T05:00:00.000Z");
  });
});

describe("isValidTimeZone", () => {
  it("accepts IANA zones and refuses anything else", () => {
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
  });
});
