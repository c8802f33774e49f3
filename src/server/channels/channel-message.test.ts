import { describe, expect, it } from "vitest";
import { messageTone, toChannelMessage, truncateText, type TChannelMessageSource } from "./channel-message";

const createdAt = new Date("2026-11-27T13:03:12Z");

function source(overrides: Partial<TChannelMessageSource> = {}): TChannelMessageSource {
  return {
    id: 42,
    subject: "  Nightly   backup\nfailed ",
    body: "The backup failed.\r\nSee the log.",
    notificationType: "job_failed",
    priority: "NORMAL",
    metadata: {
      job_name: "nightly-db-backup",
      status: "failed",
      host: "db-01",
      started_at: "2026-11-27T13:01:07Z",
      finished_at: "2026-11-27T13:03:12Z",
      error: "pg_dump: connection refused",
      log_tail: "line 1\nline 2\n",
      details: { region: "eu-west" },
    },
    jobRunId: "run-9",
    createdAt,
    ...overrides,
  };
}

describe("toChannelMessage", () => {
  it("collects the facts people scan, formatted, and links to the notification", () => {
    const message = toChannelMessage(source(), "https://notify.example.com/");
    expect(message).toMatchObject({
      notificationId: 42,
      title: "Nightly backup failed",
      body: "The backup failed.\nSee the log.",
      severity: "error",
      status: "failed",
      logExcerpt: "line 1\nline 2",
      url: "https://notify.example.com/notifications/42",
      createdAt,
    });
    expect(message.facts).toEqual([
      { label: "Job", value: "nightly-db-backup" },
      { label: "Status", value: "failed" },
      { label: "Host", value: "db-01" },
      { label: "Duration", value: "2 min 5 s" },
      { label: "Started", value: "27 Nov 2026, 13:01:07 UTC" },
      { label: "Finished", value: "27 Nov 2026, 13:03:12 UTC" },
      { label: "Run ID", value: "run-9" },
      { label: "region", value: "eu-west" },
    ]);
    expect(message.job).toMatchObject({ durationMs: 125_000, runId: "run-9", error: "pg_dump: connection refused" });
    expect(message.metadata).toMatchObject({ job_name: "nightly-db-backup" });
  });

  it.each([
    [{ severity: "fatal" }, "NORMAL", "job_completed", "critical"],
    [{}, "CRITICAL", "job_failed", "critical"],
    [{}, "NORMAL", "Job-Failed", "error"],
    [{}, "HIGH", "job_failure", "error"],
    [{}, "HIGH", "deploy", "warning"],
    [{}, "LOW", "deploy", "info"],
  ] as const)("severity from %o, %s, %s -> %s", (metadata, priority, notificationType, severity) => {
    expect(toChannelMessage(source({ metadata, priority, notificationType }), "https://x").severity).toBe(severity);
  });

  it("survives metadata that is not an object and a blank subject", () => {
    const message = toChannelMessage(source({ metadata: ["junk"], subject: "  ", jobRunId: null }), "https://x");
    expect(message.title).toBe("OpsConductor Notify notification");
    expect(message.facts).toEqual([]);
    expect(message.metadata).toEqual({});
    expect(message.logExcerpt).toBeUndefined();
  });

  it("gives completed jobs a success tone", () => {
    expect(messageTone({ severity: "info", notificationType: "job_completed" })).toBe("success");
    expect(messageTone({ severity: "warning", notificationType: "job_completed" })).toBe("warning");
  });
});

describe("truncateText", () => {
  it("keeps the start or the end within the limit and never splits an emoji", () => {
    expect(truncateText("abcdef", 6)).toBe("abcdef");
    expect(truncateText("abcdef", 4)).toBe("abc…");
    expect(truncateText("abcdef", 4, "end")).toBe("…def");
    expect(truncateText("ab😀cd", 4)).toBe("ab…");
    expect(truncateText("ab😀cd", 4, "end")).toBe("…cd");
  });
});
