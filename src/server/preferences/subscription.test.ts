import { describe, expect, it } from "vitest";
import { chooseSubscription, matchesEventType, ZSubscription, ZSubscriptions, type TSubscription } from "./subscription";

function subscription(pattern: string, channels: TSubscription["channels"], min_severity: TSubscription["min_severity"] = "info"): TSubscription {
  return { pattern, channels, min_severity };
}

function messagesFor(input: unknown): string[] {
  const result = ZSubscription.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("matchesEventType", () => {
  it.each([
    ["job.*", "job.failed", true],
    ["job.*", "job.step.failed", true],
    ["job.*", "jobs.failed", false],
    ["job.failed", "job.failed", true],
    ["job.failed", "job.failed.again", false],
    ["job.failed", "job.timeout", false],
    ["*", "system.disk.full", true],
    ["*", ".hidden", true],
    ["*", "deploy/prod", true],
    ["job.{failed,timeout}", "job.timeout", true],
    ["job.{failed,timeout}", "job.started", false],
    ["job.?ailed", "job.failed", true],
    ["*.failed", "backup.failed", true],
    ["*.failed", "backup.succeeded", false],
    ["job.*", "Job.Failed", true],
  ])("%s against %s is %s", (pattern, type, expected) => {
    expect(matchesEventType(pattern, type)).toBe(expected);
  });

  it("gives the same answer from the cached matcher", () => {
    expect(matchesEventType("alert.*", "alert.disk")).toBe(true);
    expect(matchesEventType("alert.*", "job.failed")).toBe(false);
    expect(matchesEventType("alert.*", "alert.cpu")).toBe(true);
  });
});

describe("chooseSubscription", () => {
  const subscriptions = [
    subscription("job.failed", ["email", "sms"], "warning"),
    subscription("job.*", ["slack"]),
    subscription("system.*", []),
    subscription("*", ["email"], "critical"),
  ];

  it("lets the first matching pattern decide", () => {
    expect(chooseSubscription(subscriptions, "job.failed", "critical")).toEqual({ kind: "channels", subscription: subscriptions[0], channels: ["email", "sms"] });
    expect(chooseSubscription(subscriptions, "job.started", "info")).toEqual({ kind: "channels", subscription: subscriptions[1], channels: ["slack"] });
  });

  it("reports a match below the minimum severity instead of falling through", () => {
    expect(chooseSubscription(subscriptions, "job.failed", "info")).toEqual({ kind: "below_min", subscription: subscriptions[0] });
    expect(chooseSubscription(subscriptions, "job.failed", "warning")).toMatchObject({ kind: "channels" });
    expect(chooseSubscription(subscriptions, "alert.cpu", "warning")).toEqual({ kind: "below_min", subscription: subscriptions[3] });
    expect(chooseSubscription(subscriptions, "alert.cpu", "critical")).toMatchObject({ kind: "channels", channels: ["email"] });
  });

  it("keeps an empty channel list as a decision to send nowhere", () => {
    expect(chooseSubscription(subscriptions, "system.disk.full", "critical")).toEqual({ kind: "channels", subscription: subscriptions[2], channels: [] });
  });

  it("reports no match when no pattern matches", () => {
    expect(chooseSubscription(subscriptions.slice(0, 3), "alert.cpu", "critical")).toEqual({ kind: "none" });
    expect(chooseSubscription([], "job.failed", "critical")).toEqual({ kind: "none" });
  });
});

describe("ZSubscription", () => {
  it("defaults the minimum severity and removes duplicate channels", () => {
    expect(ZSubscription.parse({ pattern: "job.*", channels: ["email", "sms", "email"] })).toEqual({ pattern: "job.*", min_severity: "info", channels: ["email", "sms"] });
  });

  it.each([
    ["", "pattern: is required"],
    ["x".repeat(101), "pattern: must be at most 100 characters"],
    ["Job.*", "pattern: may contain only lowercase letters, digits and _ . - * ? { } ,"],
    ["job/failed", "pattern: may contain only lowercase letters, digits and _ . - * ? { } ,"],
    ["!job.*", "pattern: may contain only lowercase letters, digits and _ . - * ? { } ,"],
    ["job.{failed,timeout", "pattern: must close every { with a }"],
    ["job.}failed{", "pattern: must close every { with a }"],
  ])("refuses the pattern %j", (pattern, message) => {
    expect(messagesFor({ pattern, channels: ["email"] })).toEqual([message]);
  });

  it("names the rule for bad channels, severities and unknown keys", () => {
    expect(messagesFor({ pattern: "job.*", channels: ["pager"] })).toEqual(["channels.0: must be one of email, slack, teams, webhook, sms"]);
    expect(messagesFor({ pattern: "job.*", channels: ["email", "email", "email", "email", "email", "email"] })).toEqual(["channels: must list at most 5 channels"]);
    expect(messagesFor({ pattern: "job.*", channels: [], min_severity: "loud" })).toEqual(["min_severity: must be one of info, warning, critical"]);
    expect(messagesFor({ pattern: "job.*", channels: [], extra: true })).toHaveLength(1);
  });

  it("takes a digest: hourly, or daily with its time, and nothing half-given", () => {
    expect(ZSubscription.parse({ pattern: "job.*", channels: ["email"], digest: "hourly" })).toMatchObject({ digest: "hourly" });
    expect(ZSubscription.parse({ pattern: "job.*", channels: ["email"], digest: "daily", digest_at: "08:30" })).toMatchObject({ digest: "daily", digest_at: "08:30" });
    expect(messagesFor({ pattern: "job.*", channels: ["email"], digest: "daily" })).toEqual(["digest_at: is required for a daily digest: the time HH:MM (your zone) it is sent"]);
    expect(messagesFor({ pattern: "job.*", channels: ["email"], digest: "hourly", digest_at: "08:30" })).toEqual(["digest_at: is only for a daily digest (digest: daily)"]);
    expect(messagesFor({ pattern: "job.*", channels: ["email"], digest: "weekly" })).toEqual(["digest: must be one of hourly, daily (or left out to send each at once)"]);
    expect(messagesFor({ pattern: "job.*", channels: ["email"], digest: "daily", digest_at: "8:30" })).toEqual(["digest_at: must be a time of day as HH:MM (24 hours), such as 22:00"]);
  });

  it("accepts at most 50 subscriptions", () => {
    const one = { pattern: "*", channels: ["email"] };
    expect(ZSubscriptions.safeParse(Array.from({ length: 50 }, () => one)).success).toBe(true);
    expect(ZSubscriptions.safeParse(Array.from({ length: 51 }, () => one)).success).toBe(false);
  });
});
