import { describe, expect, it } from "vitest";
import type { TChannelMessage } from "../channel-message";
import { fitSms } from "./fit-sms";
import { smsSegments } from "./sms-segments";

const url = "https://notify.example.com/notifications/42";

function message(overrides: Partial<TChannelMessage> = {}): TChannelMessage {
  return {
    notificationId: 42,
    title: "Backup failed",
    body: "The nightly backup failed on db-01.",
    notificationType: "job_failed",
    severity: "error",
    facts: [],
    url,
    createdAt: new Date("2026-11-27T13:03:12Z"),
    job: {},
    metadata: {},
    ...overrides,
  };
}

describe("fitSms", () => {
  it("sends a short message whole, with the link", () => {
    expect(fitSms(message())).toEqual({
      body: `ERROR: Backup failed\nThe nightly backup failed on db-01.\n${url}`,
      truncated: false,
      encoding: "GSM-7",
      segments: 1,
      characters: 100,
      units: 100,
    });
    expect(fitSms(message({ severity: "info" })).body.startsWith("Backup failed\n")).toBe(true);
  });

  it("cuts a long body, keeps the whole link and stays within the segment limit", () => {
    const body = "word ".repeat(2_000);
    for (const maxSegments of [1, 3, 10]) {
      const sms = fitSms(message({ body }), { maxSegments });
      expect(sms.truncated).toBe(true);
      expect(sms.body.endsWith(` ... ${url}`)).toBe(true);
      expect(sms.segments).toBeLessThanOrEqual(maxSegments);
      expect(smsSegments(sms.body).segments).toBe(sms.segments);
      expect(sms.encoding).toBe("GSM-7");
    }
    const ten = fitSms(message({ body }));
    expect(ten.segments).toBe(10);
    // Cut on a word, and not wastefully: most of the 1,530 septets are used.
    expect(ten.body).toMatch(/ word \.\.\. https/);
    expect(ten.units).toBeGreaterThan(1_500);
  });

  it("replaces smart quotes and dashes so the text stays GSM-7", () => {
    const sms = fitSms(message({ title: "“Backup” – it’s failed…", body: "\u00a0Retry\tlater" }));
    expect(sms.encoding).toBe("GSM-7");
    expect(sms.body).toBe(`ERROR: "Backup" - it's failed...\n Retry later\n${url}`);
  });

  it("keeps the original text (and a real ellipsis) when UCS-2 cannot be avoided", () => {
    const sms = fitSms(message({ title: "Sicherung “fehlgeschlagen” 😱", body: "日本語".repeat(500) }), { maxSegments: 3 });
    expect(sms.encoding).toBe("UCS-2");
    expect(sms.body).toContain("“fehlgeschlagen”");
    expect(sms.body.endsWith(` … ${url}`)).toBe(true);
    expect(sms.segments).toBeLessThanOrEqual(3);
  });

  it("still sends the link when nothing else fits", () => {
    const sms = fitSms(message({ title: "x".repeat(500), body: "" }), { maxSegments: 1 });
    expect(sms.body).toBe(`ERROR: ${"x".repeat(160 - "ERROR: ".length - " ... ".length - url.length)} ... ${url}`);
    expect(sms.segments).toBe(1);
  });
});
