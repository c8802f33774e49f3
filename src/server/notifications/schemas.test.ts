import { describe, expect, it } from "vitest";
import { NOTIFICATION_LIMITS, ZCreateNotificationRequest } from "./schemas";

const notification = { recipient_email: "ops@example.com", subject: "Build failed", body: "See the log.", notification_type: "job_failed" };

function issuesOf(input: unknown): Record<string, string[]> {
  const result = ZCreateNotificationRequest.safeParse(input);
  if (result.success) return {};
  const issues: Record<string, string[]> = {};
  for (const issue of result.error.issues) (issues[issue.path.join(".")] ??= []).push(issue.message);
  return issues;
}

describe("ZCreateNotificationRequest limits", () => {
  it("accepts a body of 100,000 characters and refuses one more", () => {
    expect(issuesOf({ ...notification, body: "x".repeat(NOTIFICATION_LIMITS.bodyChars) })).toEqual({});
    expect(issuesOf({ ...notification, body: "x".repeat(NOTIFICATION_LIMITS.bodyChars + 1) })).toEqual({ body: ["must be at most 100,000 characters; send long logs as attachments"] });
  });

  it("refuses metadata over 64 KB as JSON, naming its size", () => {
    expect(issuesOf({ ...notification, metadata: { log: "x".repeat(60 * 1024) } })).toEqual({});
    expect(issuesOf({ ...notification, metadata: { log: "x".repeat(100 * 1024) } })).toEqual({ metadata: ["must be at most 64 KB as JSON (it is 100 KB)"] });
    // Multi-byte characters count as the bytes they take.
    expect(issuesOf({ ...notification, metadata: { log: "€".repeat(30 * 1024) } })).toEqual({ metadata: ["must be at most 64 KB as JSON (it is 90 KB)"] });
  });

  it("refuses metadata nested deeper than 10 levels", () => {
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 9; i++) deep = { level: deep };
    expect(issuesOf({ ...notification, metadata: deep })).toEqual({});
    expect(issuesOf({ ...notification, metadata: { level: deep } })).toEqual({ metadata: ["must nest at most 10 levels deep"] });
  });

  it("refuses metadata with more than 1,000 keys in all", () => {
    // "steps" and 499 × 2 keys: 999.
    const steps = Array.from({ length: 499 }, (_, i) => ({ name: `step ${i}`, ok: true }));
    expect(issuesOf({ ...notification, metadata: { steps } })).toEqual({});
    expect(issuesOf({ ...notification, metadata: { steps, extra: { a: 1 } } })).toEqual({ metadata: ["must have at most 1,000 keys in all (it has 1,001)"] });
  });

  it("still refuses metadata that is not an object", () => {
    expect(issuesOf({ ...notification, metadata: [1, 2] })).toEqual({ metadata: ["must be a JSON object"] });
  });
});
