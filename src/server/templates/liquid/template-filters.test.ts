import { describe, expect, it } from "vitest";
import type { TTemplateContext } from "./build-template-context";
import { renderTemplate } from "./render-template";
import { sampleContext } from "./sample-contexts";
import { TEMPLATE_FILTERS } from "./template-filters";

const failed = sampleContext("job-failed");
const inZone = (timezone: string): TTemplateContext => ({ ...failed, recipient: { ...failed.recipient, timezone } });
const text = (source: string, context: TTemplateContext = failed) => renderTemplate(source, context, { mode: "text" });

describe("TEMPLATE_FILTERS", () => {
  it.each(TEMPLATE_FILTERS.map((filter) => [filter.name, filter] as const))("%s renders its documented example", (_name, filter) => {
    expect(text(filter.example.template)).toBe(filter.example.output);
  });

  it("lists each filter once", () => {
    const names = TEMPLATE_FILTERS.map((filter) => filter.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("local_time", () => {
  const winter = "{{ event.occurred_at | local_time }}";

  it("formats in the recipient's zone", () => {
    expect(text(winter, inZone("Europe/Berlin"))).toBe("2026-12-01 22:10 CET");
    expect(text(winter, inZone("America/New_York"))).toBe("2026-12-01 16:10 EST");
  });

  it("follows daylight saving time of each zone", () => {
    const summer = { ...failed, event: { ...failed.event, occurred_at: "2026-07-01T12:00:00.000Z" } };
    expect(text(winter, { ...summer, recipient: { ...failed.recipient, timezone: "Europe/Berlin" } })).toBe("2026-07-01 14:00 CEST");
    expect(text(winter, { ...summer, recipient: { ...failed.recipient, timezone: "America/New_York" } })).toBe("2026-07-01 08:00 EDT");
  });

  it("takes a format and an explicit zone", () => {
    expect(text('{{ event.occurred_at | local_time: "dd LLL HH:mm" }}', inZone("America/New_York"))).toBe("01 Dec 16:10");
    expect(text('{{ event.occurred_at | local_time: "HH:mm", "Asia/Tokyo" }}', inZone("America/New_York"))).toBe("06:10");
  });

  it("reads the zone the caller passed, not a variable the template assigns", () => {
    expect(text('{% assign recipient = "x" %}{{ event.occurred_at | local_time: "HH:mm" }}', inZone("America/New_York"))).toBe("16:10");
  });

  it("renders nothing for a missing value", () => {
    expect(text("[{{ job.started_at | local_time }}]", sampleContext("critical-alert"))).toBe("[]");
  });
});

describe("date", () => {
  it("formats in the recipient's zone too", () => {
    expect(text('{{ event.occurred_at | date: "%H:%M" }}', inZone("Europe/Berlin"))).toBe("22:10");
    expect(text('{{ event.occurred_at | date: "%H:%M" }}', inZone("America/New_York"))).toBe("16:10");
    expect(text('{{ event.occurred_at | date: "%H:%M", "UTC" }}', inZone("America/New_York"))).toBe("21:10");
  });
});

describe("duration", () => {
  it("reads milliseconds, numeric text and nothing", () => {
    expect(text("{{ job.duration_ms | duration }}")).toBe("4 min 12 s");
    expect(text('{{ "850" | duration }}')).toBe("850 ms");
    expect(text("[{{ job.duration_ms | duration }}]", sampleContext("critical-alert"))).toBe("[]");
    expect(text('{{ "soon" | duration }}')).toBe("soon");
  });
});

describe("markdown and severity_emoji", () => {
  it("escapes chat markup in a user's text", () => {
    const context = { ...failed, event: { ...failed.event, title: "<!here> <https://evil.example|click> & co" } };
    expect(text("*{{ event.title | markdown }}*", context)).toBe("*&lt;!here&gt; &lt;https://evil.example|click&gt; &amp; co*");
  });

  it("maps each severity", () => {
    expect(text('{{ "info" | severity_emoji }}{{ "critical" | severity_emoji }}{{ "CRITICAL" | severity_emoji }}[{{ "other" | severity_emoji }}]')).toBe("ℹ️🚨🚨[]");
  });
});
