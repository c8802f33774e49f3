import { describe, expect, it } from "vitest";
import {
  listTemplatePreviews,
  renderDigestEmail,
  renderNotificationEmail,
  renderTemplatePreview,
  renderTestEmail,
  type TRenderNotificationEmailInput,
} from "./render-email";
import { templateIdForType } from "./template-id-for-type";

const appUrl = "https://notify.example.com/";
const createdAt = new Date("2026-11-27T13:03:12Z");

function notification(overrides: Partial<TRenderNotificationEmailInput["notification"]> = {}) {
  return {
    id: 7,
    subject: "Nightly backup",
    body: "The backup ran.",
    notificationType: "job_completed",
    priority: "NORMAL" as const,
    metadata: {},
    jobRunId: null,
    createdAt,
    ...overrides,
  };
}

const failedMetadata = {
  job_name: "nightly-db-backup",
  status: "failed",
  host: "db-01.prod.internal",
  started_at: "2026-11-27T13:01:07Z",
  finished_at: "2026-11-27T13:03:12Z",
  error: "pg_dump: connection refused",
  failing_step: "dump",
  log_tail: "starting dump\nconnecting to 10.0.0.5:5432\nconnection refused\n",
};

describe("templateIdForType", () => {
  it.each([
    ["job_completed", "job-completed"],
    ["Job-Success", "job-completed"],
    ["JOB_SUCCEEDED", "job-completed"],
    ["job-failed", "job-failed"],
    ["job_failure", "job-failed"],
    ["System_Event", "system-event"],
    ["alert", "custom-alert"],
    ["custom-alert", "custom-alert"],
    ["smtp_test", "test-email"],
    ["TEST", "test-email"],
    ["deployment_started", "generic"],
    ["", "generic"],
  ])("%s -> %s", (type, id) => expect(templateIdForType(type)).toBe(id));
});

describe("renderNotificationEmail", () => {
  it("renders a completed job with its facts and a human duration", async () => {
    const email = await renderNotificationEmail({
      notification: notification({
        jobRunId: "run-42",
        metadata: { ...failedMetadata, status: "success", error: undefined, duration_ms: 125_000 },
      }),
      appUrl,
    });
    expect(email.template).toBe("job-completed");
    expect(email.subject).toBe("Nightly backup");
    for (const part of [email.html, email.text]) {
      expect(part).toContain("nightly-db-backup");
      expect(part).toContain("db-01.prod.internal");
      expect(part).toContain("2 min 5 s");
      expect(part).toContain("run-42");
      expect(part).toContain("27 Nov 2026, 13:03:12 UTC");
    }
    expect(email.text).toMatch(/Host:\s+db-01\.prod\.internal/);
  });

  it("renders a failed job with error, failing step and log lines", async () => {
    const email = await renderNotificationEmail({
      notification: notification({ notificationType: "JOB-FAILED", metadata: failedMetadata }),
      appUrl,
    });
    expect(email.template).toBe("job-failed");
    for (const part of [email.html, email.text]) {
      expect(part).toContain("pg_dump: connection refused");
      expect(part).toContain("dump");
      expect(part).toContain("connecting to 10.0.0.5:5432");
      expect(part).toContain("2 min 5 s");
    }
    expect(email.html).toMatch(/<pre[^>]*>starting dump\nconnecting to 10\.0\.0\.5:5432\nconnection refused<\/pre>/);
  });

  it("colours a custom alert by severity and falls back to the priority", async () => {
    const critical = await renderNotificationEmail({
      notification: notification({ notificationType: "alert", metadata: { severity: "CRITICAL", source: "disk-monitor" } }),
      appUrl,
    });
    expect(critical.template).toBe("custom-alert");
    expect(critical.text).toContain("Critical alert");
    expect(critical.text).toContain("disk-monitor");
    expect(critical.html).toContain("#7f1d1d");

    const fromPriority = await renderNotificationEmail({
      notification: notification({ notificationType: "alert", priority: "HIGH" }),
      appUrl,
    });
    expect(fromPriority.text).toContain("Warning alert");
    expect(fromPriority.html).toContain("#b45309");
  });

  it("renders a system event with its details", async () => {
    const email = await renderNotificationEmail({
      notification: notification({
        notificationType: "system_event",
        metadata: { event: "scheduler.restarted", source: "scheduler", severity: "error", details: { Version: "4.2.1", bad: { x: 1 } } },
      }),
      appUrl,
    });
    expect(email.template).toBe("system-event");
    for (const part of [email.html, email.text]) {
      expect(part).toContain("scheduler.restarted");
      expect(part).toContain("4.2.1");
      expect(part).toContain("Error");
    }
    expect(email.text).not.toContain("[object Object]");
  });

  it("shows timestamps in the recipient's time zone", async () => {
    const render = (timeZone?: string) =>
      renderNotificationEmail({ notification: notification({ metadata: failedMetadata }), appUrl, timeZone });
    const [berlin, newYork, fallback] = await Promise.all([
      render("Europe/Berlin"),
      render("America/New_York"),
      render("Not/AZone"),
    ]);
    expect(berlin.text).toContain("27 Nov 2026, 14:03:12 CET");
    expect(newYork.text).toContain("27 Nov 2026, 08:03:12 EST");
    expect(fallback.text).toContain("27 Nov 2026, 13:03:12 UTC");
  });

  it("escapes HTML in the body and keeps its paragraphs", async () => {
    const email = await renderNotificationEmail({
      notification: notification({
        notificationType: "custom-type",
        subject: "Injected <b>subject</b>\r\nBcc: x@example.com",
        body: '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">',
      }),
      appUrl,
    });
    expect(email.template).toBe("generic");
    expect(email.html).not.toContain("<script>");
    expect(email.html).not.toContain("<img");
    expect(email.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(email.text).toContain("<script>alert(1)</script>");
    expect(email.subject).toBe("Injected <b>subject</b> Bcc: x@example.com");
    expect(email.html).toContain("Injected &lt;b&gt;subject&lt;/b&gt;");
  });

  it.each([null, "garbage", 42, [1, 2], { job_name: { nested: true }, started_at: "yesterday", duration_ms: -5, log_tail: 7, details: "x", severity: 3 }])(
    "never throws on bad metadata %j",
    async (metadata) => {
      const email = await renderNotificationEmail({
        notification: notification({ notificationType: "job_failed", metadata }),
        appUrl,
      });
      expect(email.text).toContain("The backup ran.");
      expect(email.text).not.toContain("Invalid Date");
      expect(email.html).not.toContain("Invalid Date");
    },
  );

  it("keeps the good fields when others are malformed", async () => {
    const email = await renderNotificationEmail({
      notification: notification({ metadata: { job_name: "keep-me", started_at: "not a date", host: ["x"] } }),
      appUrl,
    });
    expect(email.text).toContain("keep-me");
    expect(email.text).not.toContain("Started");
    expect(email.text).not.toContain("Host");
  });

  it("puts the notification and preference links in both parts", async () => {
    const email = await renderNotificationEmail({ notification: notification(), appUrl });
    for (const part of [email.html, email.text]) {
      expect(part).toContain("https://notify.example.com/notifications/7");
      expect(part).toContain("https://notify.example.com/preferences");
    }
    expect(email.text).not.toMatch(/[{}]|font-size|<\w/);
  });

  it.each(["job_failed", "job_completed", "system_event", "alert", "test", "deployment_started"])(
    "lists attachments and says what was cut in a %s email",
    async (notificationType) => {
      const email = await renderNotificationEmail({
        notification: notification({ notificationType }),
        appUrl,
        attachments: [
          { filename: "build.log.gz", contentType: "application/gzip", sizeBytes: 184_320, originalSizeBytes: 13_002_342, transform: "tail:500/120345+gzip" },
          { filename: "report.json", contentType: "application/json", sizeBytes: 512, originalSizeBytes: 512, transform: null },
        ],
      });
      for (const part of [email.html, email.text]) {
        expect(part).toContain("Attachments");
        expect(part).toContain("build.log.gz");
        expect(part).toContain("180 KB");
        expect(part).toContain("build.log was truncated to its last 500 lines (of 120,345) and gzip-compressed.");
        expect(part).toContain("report.json");
        expect(part).toContain("512 bytes");
      }
    },
  );

  it("has no attachments section without attachments", async () => {
    const email = await renderNotificationEmail({ notification: notification(), appUrl, attachments: [] });
    expect(email.text).not.toContain("Attachments");
  });
});

describe("renderTestEmail", () => {
  it("names the server and the requester", async () => {
    const email = await renderTestEmail({
      appUrl,
      sentBy: "admin@example.com",
      serverDescription: "smtp.example.com:587 (STARTTLS)",
      timeZone: "Europe/Berlin",
      sentAt: createdAt,
    });
    expect(email.template).toBe("test-email");
    for (const part of [email.html, email.text]) {
      expect(part).toContain("smtp.example.com:587 (STARTTLS)");
      expect(part).toContain("admin@example.com");
      expect(part).toContain("14:03:12 CET");
    }
  });
});

describe("renderDigestEmail", () => {
  it("lists every notification with type, status, time and link", async () => {
    const email = await renderDigestEmail({
      appUrl,
      timeZone: "America/New_York",
      notifications: [
        { id: 1, subject: "Backup done", notificationType: "job_completed", status: "SENT", createdAt },
        { id: 2, subject: "Deploy failed", notificationType: "job_failed", status: "FAILED", createdAt },
      ],
    });
    expect(email.subject).toBe("OpsConductor Notify digest: 2 notifications");
    expect(email.text).toContain("Backup done https://notify.example.com/notifications/1");
    expect(email.text).toContain("FAILED · job_failed · 27 Nov 2026, 08:03:12 EST");
    expect(email.html).toContain("Deploy failed");
  });
});

describe("template previews", () => {
  it("renders every template with its sample data", async () => {
    const previews = listTemplatePreviews();
    expect(previews.map((p) => p.id).sort()).toEqual(
      ["custom-alert", "digest", "generic", "job-completed", "job-failed", "system-event", "test-email"].sort(),
    );
    for (const { id } of previews) {
      const email = await renderTemplatePreview(id);
      expect(email.subject.length).toBeGreaterThan(0);
      expect(email.html).toContain("OpsConductor");
      expect(email.text).toContain("http://localhost:3009/preferences");
    }
  });

  it("rejects an unknown template", async () => {
    await expect(renderTemplatePreview("nope")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
