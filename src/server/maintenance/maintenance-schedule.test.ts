import { describe, expect, it } from "vitest";
import { activeOccurrence, nextOccurrence, occurrenceAt, type TWindowSchedule } from "./maintenance-schedule";

const at = (iso: string) => new Date(iso);
const iso = (occurrence: { start: Date; end: Date } | null) => occurrence && { start: occurrence.start.toISOString(), end: occurrence.end.toISOString() };

const recurring = (overrides: Partial<TWindowSchedule>): TWindowSchedule => ({
  startsAt: null,
  endsAt: null,
  weekdays: [1, 2, 3, 4, 5, 6, 7],
  startTime: "01:00",
  endTime: "03:00",
  timezone: "Europe/Berlin",
  endedUntil: null,
  ...overrides,
});

describe("one-off windows", () => {
  const window = recurring({ startsAt: at("2026-12-01T10:00:00Z"), endsAt: at("2026-12-01T12:00:00Z"), weekdays: [], startTime: null, endTime: null });

  it("is active from its start up to (not including) its end", () => {
    expect(activeOccurrence(window, at("2026-12-01T09:59:59Z"))).toBeNull();
    expect(iso(activeOccurrence(window, at("2026-12-01T10:00:00Z")))).toEqual({ start: "2026-12-01T10:00:00.000Z", end: "2026-12-01T12:00:00.000Z" });
    expect(activeOccurrence(window, at("2026-12-01T12:00:00Z"))).toBeNull();
  });

  it("is next until it starts, and has no next occurrence after", () => {
    expect(iso(nextOccurrence(window, at("2026-11-30T00:00:00Z")))?.start).toBe("2026-12-01T10:00:00.000Z");
    expect(nextOccurrence(window, at("2026-12-01T11:00:00Z"))).toBeNull();
  });

  it("ended early, is inactive for good", () => {
    const ended = { ...window, endedUntil: window.endsAt };
    expect(activeOccurrence(ended, at("2026-12-01T11:00:00Z"))).toBeNull();
    expect(occurrenceAt(ended, at("2026-12-01T11:00:00Z"))).not.toBeNull();
    expect(nextOccurrence(ended, at("2026-12-01T11:00:00Z"))).toBeNull();
  });
});

describe("recurring windows", () => {
  it("follows the window's zone, not UTC (Berlin in winter is UTC+1)", () => {
    const window = recurring({});
    expect(iso(activeOccurrence(window, at("2026-12-02T00:30:00Z")))).toEqual({ start: "2026-12-02T00:00:00.000Z", end: "2026-12-02T02:00:00.000Z" });
    expect(activeOccurrence(window, at("2026-12-02T02:00:00Z"))).toBeNull();
  });

  it("runs only on its weekdays, the day being the start's", () => {
    // 2026-12-05 is a Saturday; Monday to Friday only.
    const weekdays = recurring({ weekdays: [1, 2, 3, 4, 5] });
    expect(activeOccurrence(weekdays, at("2026-12-04T00:30:00Z"))).not.toBeNull();
    expect(activeOccurrence(weekdays, at("2026-12-05T00:30:00Z"))).toBeNull();
    expect(iso(nextOccurrence(weekdays, at("2026-12-05T00:30:00Z")))?.start).toBe("2026-12-07T00:00:00.000Z");
  });

  it("crosses midnight: Friday 22:00–06:00 is active early on Saturday, and not on Saturday night", () => {
    const window = recurring({ weekdays: [5], startTime: "22:00", endTime: "06:00", timezone: "UTC" });
    expect(iso(activeOccurrence(window, at("2026-12-05T03:00:00Z")))).toEqual({ start: "2026-12-04T22:00:00.000Z", end: "2026-12-05T06:00:00.000Z" });
    expect(activeOccurrence(window, at("2026-12-05T23:00:00Z"))).toBeNull();
    expect(activeOccurrence(window, at("2026-12-04T21:59:00Z"))).toBeNull();
    expect(iso(nextOccurrence(window, at("2026-12-05T03:00:00Z")))?.start).toBe("2026-12-11T22:00:00.000Z");
  });

  it("is 1 hour long on the spring-forward day: 01:00 CET to 03:00 CEST", () => {
    // 2026-03-29, 02:00 CET -> 03:00 CEST.
    const window = recurring({ weekdays: [7] });
    expect(iso(occurrenceAt(window, at("2026-03-29T00:30:00Z")))).toEqual({ start: "2026-03-29T00:00:00.000Z", end: "2026-03-29T01:00:00.000Z" });
    expect(activeOccurrence(window, at("2026-03-29T01:00:00Z"))).toBeNull();
    expect(iso(nextOccurrence(window, at("2026-03-28T12:00:00Z")))).toEqual({ start: "2026-03-29T00:00:00.000Z", end: "2026-03-29T01:00:00.000Z" });
  });

  it("is 3 hours long on the fall-back day: 01:00 CEST to 03:00 CET, active through the repeated hour", () => {
    // 2026-10-25, 03:00 CEST -> 02:00 CET: 02:00–03:00 happens twice.
    const window = recurring({ weekdays: [7] });
    const expected = { start: "2026-10-24T23:00:00.000Z", end: "2026-10-25T02:00:00.000Z" };
    expect(iso(activeOccurrence(window, at("2026-10-25T00:30:00Z")))).toEqual(expected); // 02:30 CEST
    expect(iso(activeOccurrence(window, at("2026-10-25T01:30:00Z")))).toEqual(expected); // 02:30 CET
    expect(activeOccurrence(window, at("2026-10-25T02:00:00Z"))).toBeNull();
  });

  it("moves times inside the spring-forward gap on with the clock, and skips a day whose end comes before its start", () => {
    const fromGap = recurring({ weekdays: [7], startTime: "02:30", endTime: "04:00" });
    expect(iso(occurrenceAt(fromGap, at("2026-03-29T01:45:00Z")))).toEqual({ start: "2026-03-29T01:30:00.000Z", end: "2026-03-29T02:00:00.000Z" });
    const inGap = recurring({ weekdays: [7], startTime: "02:10", endTime: "02:40" });
    expect(iso(nextOccurrence(inGap, at("2026-03-28T12:00:00Z")))).toEqual({ start: "2026-03-29T01:10:00.000Z", end: "2026-03-29T01:40:00.000Z" });
    // 02:30 becomes 03:30 CEST, after the 03:00 end: nothing that Sunday, the next one a week later.
    const emptied = recurring({ weekdays: [7], startTime: "02:30", endTime: "03:00" });
    expect(iso(nextOccurrence(emptied, at("2026-03-28T12:00:00Z")))?.start).toBe("2026-04-05T00:30:00.000Z");
  });

  it("takes a repeated fall-back time at its first occurrence", () => {
    const window = recurring({ weekdays: [7], startTime: "02:30", endTime: "05:00" });
    expect(iso(nextOccurrence(window, at("2026-10-24T12:00:00Z")))?.start).toBe("2026-10-25T00:30:00.000Z");
  });

  it("ended early, is inactive until the end of that occurrence and active again at the next", () => {
    const window = recurring({ endedUntil: at("2026-12-02T02:00:00Z") });
    expect(activeOccurrence(window, at("2026-12-02T01:00:00Z"))).toBeNull();
    expect(iso(nextOccurrence(window, at("2026-12-02T01:00:00Z")))?.start).toBe("2026-12-03T00:00:00.000Z");
    expect(activeOccurrence(window, at("2026-12-03T00:30:00Z"))).not.toBeNull();
  });

  it("has no occurrence with a malformed time and reads a bad zone as UTC", () => {
    expect(nextOccurrence(recurring({ startTime: "25:00" }), at("2026-12-01T00:00:00Z"))).toBeNull();
    expect(iso(activeOccurrence(recurring({ timezone: "Mars/Olympus" }), at("2026-12-02T01:30:00Z")))?.start).toBe("2026-12-02T01:00:00.000Z");
  });
});
