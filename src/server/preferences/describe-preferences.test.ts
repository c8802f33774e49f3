import { describe, expect, it } from "vitest";
import { describePreferences, type TPreferenceSummaryInput } from "./describe-preferences";
import type { TSubscription } from "./subscription";

// 12:00 on Tuesday 2026-12-01 in Berlin (CET, UTC+1).
const NOW = new Date("2026-12-01T11:00:00Z");

function input(overrides: Partial<TPreferenceSummaryInput> = {}): TPreferenceSummaryInput {
  return {
    enabledChannels: ["email"],
    subscriptions: [],
    quietHoursStart: null,
    quietHoursEnd: null,
    quietHoursDays: [1, 2, 3, 4, 5, 6, 7],
    timezone: "Europe/Berlin",
    criticalBypassesQuietHours: false,
    dndUntil: null,
    ...overrides,
  };
}

function subscription(pattern: string, channels: TSubscription["channels"], min_severity: TSubscription["min_severity"] = "info"): TSubscription {
  return { pattern, channels, min_severity };
}

describe("describePreferences: where notifications go", () => {
  it("says everything or nothing reaches you without subscriptions", () => {
    expect(describePreferences(input(), NOW)).toBe("Everything reaches you by email.");
    expect(describePreferences(input({ enabledChannels: ["sms", "email", "webhook"] }), NOW)).toBe("Everything reaches you by email, your webhook and SMS.");
    expect(describePreferences(input({ enabledChannels: [] }), NOW)).toBe("Nothing reaches you.");
  });

  it("gives each subscription a clause and then everything else", () => {
    const summary = describePreferences(
      input({
        enabledChannels: ["email", "slack", "teams", "webhook"],
        subscriptions: [subscription("job.*", ["teams", "slack"], "critical"), subscription("system.*", []), subscription("deploy.*", ["webhook"])],
        quietHoursStart: "22:00",
        quietHoursEnd: "07:00",
        quietHoursDays: [1, 2, 3, 4, 5],
      }),
      NOW,
    );
    expect(summary).toBe(
      'Critical job events reach you by Slack and Teams (lower severities nowhere); system events reach you nowhere; "deploy.*" events reach you by your webhook; everything else by email, Slack, Teams and your webhook. Notifications are held from 22:00 to 07:00 Europe/Berlin on weekdays.',
    );
  });

  it("names the common patterns in words and mentions warning minimums", () => {
    const summary = describePreferences(
      input({
        enabledChannels: ["email", "sms"],
        subscriptions: [subscription("job.failed", ["email", "sms"]), subscription("job.timeout", ["sms"], "warning"), subscription("alert.*", ["email"])],
        quietHoursStart: "22:00",
        quietHoursEnd: "07:00",
        criticalBypassesQuietHours: true,
      }),
      NOW,
    );
    expect(summary).toBe(
      "Job failures reach you by email and SMS; warning and critical job timeouts reach you by SMS (lower severities nowhere); alerts reach you by email; everything else by email and SMS. Notifications are held from 22:00 to 07:00 Europe/Berlin, except critical alerts.",
    );
  });

  it("notes subscribed channels that are off, and nothing else when no channel is on", () => {
    expect(describePreferences(input({ enabledChannels: ["email", "slack"], subscriptions: [subscription("alert.*", ["slack", "sms"])] }), NOW)).toBe(
      "Alerts reach you by Slack (SMS is off); everything else by email and Slack.",
    );
    expect(describePreferences(input({ enabledChannels: [], subscriptions: [subscription("job.timeout", ["sms", "teams"], "critical")] }), NOW)).toBe(
      "Job timeouts reach you nowhere (Teams and SMS are off); nothing else reaches you.",
    );
  });

  it("stops at a catch-all pattern because later subscriptions never decide", () => {
    const subscriptions = [subscription("job.failed", ["sms"]), subscription("*", ["email"], "warning"), subscription("alert.*", ["slack"])];
    expect(describePreferences(input({ enabledChannels: ["email", "sms", "slack"], subscriptions }), NOW)).toBe(
      "Job failures reach you by SMS; warning and critical events reach you by email (lower severities nowhere).",
    );
    expect(describePreferences(input({ subscriptions: [subscription("*", ["email"])] }), NOW)).toBe("Everything reaches you by email.");
  });

  it("skips a repeated pattern, which the first one already decides", () => {
    const subscriptions = [subscription("job.failed", ["email"]), subscription("job.failed", ["sms"])];
    expect(describePreferences(input({ enabledChannels: ["email", "sms"], subscriptions }), NOW)).toBe("Job failures reach you by email; everything else by email and SMS.");
  });
});

describe("describePreferences: when notifications wait", () => {
  const night = { quietHoursStart: "22:00", quietHoursEnd: "07:00" };

  it.each([
    [[6, 7], " at weekends"],
    [[5, 1, 3], " on Mon, Wed and Fri"],
    [[7], " on Sun"],
  ])("names the days %j", (quietHoursDays, days) => {
    expect(describePreferences(input({ ...night, quietHoursDays }), NOW)).toBe(`Everything reaches you by email. Notifications are held from 22:00 to 07:00 Europe/Berlin${days}.`);
  });

  it("leaves out quiet hours that never apply", () => {
    expect(describePreferences(input({ ...night, quietHoursDays: [] }), NOW)).toBe("Everything reaches you by email.");
    expect(describePreferences(input({ quietHoursStart: "07:00", quietHoursEnd: "07:00" }), NOW)).toBe("Everything reaches you by email.");
  });

  it("states do not disturb in local time, relative to today in the zone", () => {
    expect(describePreferences(input({ dndUntil: new Date("2026-12-01T17:00:00Z") }), NOW)).toBe("Everything reaches you by email. Do not disturb is on until today 18:00 Europe/Berlin.");
    expect(describePreferences(input({ dndUntil: new Date("2026-12-02T08:00:00Z") }), NOW)).toBe("Everything reaches you by email. Do not disturb is on until tomorrow 09:00 Europe/Berlin.");
    expect(describePreferences(input({ dndUntil: new Date("2026-12-09T08:00:00Z") }), NOW)).toBe("Everything reaches you by email. Do not disturb is on until 2026-12-09 09:00 Europe/Berlin.");
    // 00:30 on 2 December in Berlin, still 1 December in UTC.
    expect(describePreferences(input({ dndUntil: new Date("2026-12-02T08:00:00Z") }), new Date("2026-12-01T23:30:00Z"))).toBe(
      "Everything reaches you by email. Do not disturb is on until today 09:00 Europe/Berlin.",
    );
  });

  it("leaves out an expired do not disturb and combines it with quiet hours and the bypass", () => {
    expect(describePreferences(input({ dndUntil: NOW }), NOW)).toBe("Everything reaches you by email.");
    expect(describePreferences(input({ ...night, criticalBypassesQuietHours: true, dndUntil: new Date("2026-12-02T08:00:00Z") }), NOW)).toBe(
      "Everything reaches you by email. Notifications are held from 22:00 to 07:00 Europe/Berlin, except critical alerts. Do not disturb is on until tomorrow 09:00 Europe/Berlin, except critical alerts.",
    );
  });

  it("reads an invalid zone as UTC, as delivery does", () => {
    expect(describePreferences(input({ ...night, timezone: "Nowhere/Special", dndUntil: new Date("2026-12-01T17:00:00Z") }), NOW)).toBe(
      "Everything reaches you by email. Notifications are held from 22:00 to 07:00 UTC. Do not disturb is on until today 17:00 UTC.",
    );
  });
});
