import { describe, expect, it } from "vitest";
import { buildTemplateContext, type TTemplateContextInput } from "./build-template-context";
import { SAMPLE_CONTEXTS } from "./sample-contexts";

const input: TTemplateContextInput = {
  event: { id: "e1", type: "alert.cpu", severity: "critical", title: "CPU", data: { nested: { n: 1 } }, occurredAt: new Date("2026-12-01T21:10:00Z") },
  job: null,
  recipient: { timezone: "Not/AZone" },
  system: { appUrl: "https://notify.example.com", environment: "staging", productName: "Notify" },
  custom: { runbook_base: "https://runbooks.example.com" },
  now: "2026-12-01T22:10:05+01:00",
};

describe("buildTemplateContext", () => {
  it("uses the documented snake_case names and nulls for absent values", () => {
    const context = buildTemplateContext(input);
    expect(context).toMatchObject({
      event: { message: null, source: null, labels: {}, occurred_at: "2026-12-01T21:10:00.000Z" },
      job: null,
      recipient: { name: null, email: null },
      system: { app_url: "https://notify.example.com", environment: "staging", product_name: "Notify" },
      custom: { runbook_base: "https://runbooks.example.com" },
      notification: { url: null },
    });
  });

  it("normalises every instant to ISO 8601 in UTC", () => {
    const context = buildTemplateContext({ ...input, job: { startedAt: "2026-12-01T22:05:48+01:00", finishedAt: new Date("2026-12-01T21:10:00Z"), runId: 8812 } });
    expect(context.now).toBe("2026-12-01T21:10:05.000Z");
    expect(context.job).toMatchObject({ started_at: "2026-12-01T21:05:48.000Z", finished_at: "2026-12-01T21:10:00.000Z", run_id: "8812", host: null });
  });

  it("falls back to UTC for an unknown time zone", () => {
    expect(buildTemplateContext(input).recipient.timezone).toBe("UTC");
  });

  it("copies the data, so a render cannot change the caller's objects", () => {
    const context = buildTemplateContext(input);
    (context.event.data.nested as { n: number }).n = 2;
    context.custom.runbook_base = "changed";
    expect(input.event.data).toEqual({ nested: { n: 1 } });
    expect(input.custom.runbook_base).toBe("https://runbooks.example.com");
  });

  it("has the three preview samples", () => {
    expect(SAMPLE_CONTEXTS.map((sample) => sample.key)).toEqual(["job-succeeded", "job-failed", "critical-alert"]);
    expect(SAMPLE_CONTEXTS.find((sample) => sample.key === "job-failed")?.context.job?.log_excerpt).toContain("\n");
    expect(SAMPLE_CONTEXTS.find((sample) => sample.key === "critical-alert")?.context).toMatchObject({ job: null, event: { severity: "critical" } });
  });
});
