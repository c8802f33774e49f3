import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";
import { startHttpReceiver } from "./support/http-receiver";
import { startCaptureSmtp } from "./support/smtp-capture";
import { waitFor } from "./support/wait-for";

// Operators' own words: templates saved over REST (validated with line and
// column), chosen by event type or by a rule, rendered by the real worker into
// the email the SMTP server receives and the JSON the Slack receiver gets, a
// broken one falling back to the built-in template, and versions restored.
const scratch = await createScratchDatabase();
const smtp = await startCaptureSmtp();
const slack = await startHttpReceiver();
process.env.DATABASE_URL = scratch.url;
process.env.SMTP_URL = smtp.url;
process.env.NOTIFY_ALLOW_PRIVATE_DESTINATIONS = "true";

const { db, disconnectDb } = await import("@/server/db/client");
const { createApiKey } = await import("@/server/auth/api-keys");
const { createUser } = await import("@/server/auth/users");
const { savePreferences } = await import("@/server/preferences/save-preferences");
const { startWorker } = await import("../worker/start-worker");
const templatesRoute = await import("@/app/api/v1/templates/route");
const templateRoute = await import("@/app/api/v1/templates/[key]/route");
const previewRoute = await import("@/app/api/v1/templates/preview/route");
const validateRoute = await import("@/app/api/v1/templates/validate/route");
const eventsRoute = await import("@/app/api/v1/events/route");

const ana = await createUser({ email: "ana@example.com", name: "Ana", role: "OPERATOR", password: "ana-password" });
await savePreferences({ user: ana.id, input: { slack_webhook_url: slack.url("/ana"), slack_enabled: true, timezone: "Europe/Berlin" } });
const admin = (await createApiKey({ name: "admin", scopes: ["admin"] })).secret;
const worker = await startWorker({ concurrency: 2, pollInterval: 100 });

afterAll(async () => {
  await worker.stop();
  await disconnectDb();
  await slack.stop();
  await smtp.stop();
  await scratch.drop();
});

type THandler = (request: Request, context: { params: Promise<{ key: string }> }) => Promise<Response>;
async function call(handler: THandler, method: string, body?: unknown, key = "") {
  const response = await handler(
    new Request(`http://test/api/v1/templates/${key}`, { method, headers: { authorization: `Bearer ${admin}`, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) }),
    { params: Promise.resolve({ key }) },
  );
  return { status: response.status, body: response.status === 204 ? null : await response.json() };
}
const postEvent = (body: unknown) =>
  eventsRoute.POST(new Request("http://test/api/v1/events", { method: "POST", headers: { authorization: `Bearer ${admin}`, "content-type": "application/json" }, body: JSON.stringify(body) }), { params: Promise.resolve({}) });

const failureTemplate = {
  key: "job-failure-ops",
  name: "Job failures for ops",
  event_types: ["job.failed"],
  bodies: {
    email: {
      subject: "[{{ event.labels.env | upcase }}] {{ job.name }} broke on {{ job.host }}",
      heading: "{{ event.title }}",
      html: "<p>Hello {{ recipient.name }}, {{ job.name }} failed after {{ job.duration_ms | duration }}.</p><p>Title as sent: {{ event.title }}</p>",
    },
    slack: { text: "{{ job.name | markdown }} failed on {{ job.host }} ({{ event.severity }})" },
  },
};

describe("saving templates", () => {
  it("refuses a syntax error with its line and column, and an unknown variable by name", async () => {
    const broken = { ...failureTemplate, bodies: { email: { subject: "ok", html: "<p>line one</p>\n<p>{% if job.name %}no end</p>" } } };
    const syntax = await call(templatesRoute.POST, "POST", broken);
    expect(syntax.status).toBe(400);
    expect(syntax.body.details[0]).toMatchObject({ path: "bodies.email.html", line: expect.any(Number), column: expect.any(Number) });
    expect(syntax.body.details[0].message).toMatch(/if|end|close/i);

    const unknown = await call(templatesRoute.POST, "POST", { ...failureTemplate, bodies: { sms: { text: "{{ job.colour }} on\n  {{ job.hots }}" } } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details.map((detail: { message: string; line: number }) => [detail.line, detail.message])).toEqual([
      [1, expect.stringContaining("job.colour")],
      [2, expect.stringMatching(/job\.hots.*job\.host/)],
    ]);
    const validation = await call(validateRoute.POST as THandler, "POST", { bodies: { slack: { text: "x", blocks: '[{"type": "banner"}]' } } });
    expect(validation.body).toMatchObject({ valid: false, errors: [expect.objectContaining({ path: "bodies.slack.blocks", message: expect.stringContaining('unknown type "banner"') })] });
    expect(await db().messageTemplate.count()).toBe(0);
  });

  it("creates, versions, diffs and restores", async () => {
    const created = await call(templatesRoute.POST, "POST", failureTemplate);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ key: "job-failure-ops", version: 1, channels: ["email", "slack"], updated_by: "api_key:admin" });
    const changed = await call(templateRoute.PUT, "PUT", { ...failureTemplate, name: "Renamed", bodies: { ...failureTemplate.bodies, sms: { text: "{{ job.name }} failed" } } }, "job-failure-ops");
    expect(changed.body).toMatchObject({ version: 2, name: "Renamed", channels: ["email", "slack", "sms"] });
    const { listTemplateVersions } = await import("@/server/templates/custom/template-queries");
    const { templateVersionDiff } = await import("@/server/templates/custom/template-version-diff");
    const { restoreTemplateVersion } = await import("@/server/templates/custom/restore-template-version");
    expect((await listTemplateVersions("job-failure-ops")).map((version) => version.version)).toEqual([2, 1]);
    const diff = await templateVersionDiff({ key: "job-failure-ops", version: 2 });
    expect(diff.changes.map((change) => change.field)).toEqual(["bodies.sms.text", "name"]);
    expect(diff.changes[1]?.lines).toEqual([
      { kind: "removed", text: "Job failures for ops" },
      { kind: "added", text: "Renamed" },
    ]);
    const restored = await restoreTemplateVersion({ key: "job-failure-ops", version: 1, actor: "user:ops@example.com" });
    expect(restored).toMatchObject({ version: 3, name: "Job failures for ops", channels: ["email", "slack"], updated_by: "user:ops@example.com" });
    expect((await call(templateRoute.GET, "GET", undefined, "job-failure-ops")).body.version).toBe(3);
  });
});

describe("sending with a custom template", () => {
  it("uses the template matching the event type on email and Slack, escaping event text", async () => {
    await db().routingRule.create({ data: { name: "Failures to ana", position: 0, match: { all: [{ field: "type", op: "equals", value: "job.failed" }] }, actions: { notify: [{ user: ana.id }] } } });
    const response = await postEvent({ type: "job.failed", title: "<img src=x onerror=alert(1)>", job: { name: "nightly-backup", host: "db-01", run_id: "t1", duration_ms: 252000 }, labels: { env: "prod" } });
    expect(response.status).toBe(202);
    const mail = await waitFor(async () => smtp.messages.find((message) => message.parsed.subject === "[PROD] nightly-backup broke on db-01"), 20_000, "the templated email");
    expect(mail.parsed.html).toContain("Hello Ana, nightly-backup failed after 4 min 12 s.");
    expect(mail.parsed.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(mail.parsed.html).not.toContain("<img src=x");
    expect(mail.parsed.text).toContain("Hello Ana, nightly-backup failed after 4 min 12 s.");
    const request = await waitFor(async () => slack.receivedOn("/ana")[0], 20_000, "the templated Slack message");
    expect(JSON.parse(request.body).text).toBe("nightly-backup failed on db-01 (warning)");
    const notifications = await db().notification.findMany({ where: { recipientEmail: "ana@example.com" }, orderBy: { id: "asc" } });
    expect(notifications.map((n) => [n.channel, n.templateKey, n.templateVersion, n.templateFallback])).toEqual([
      ["EMAIL", "job-failure-ops", 3, null],
      ["SLACK", "job-failure-ops", 3, null],
    ]);
  });

  it("falls back to the built-in template when one fails at send time, and records why", async () => {
    await call(templatesRoute.POST, "POST", {
      key: "too-much",
      name: "Loops over the event's data",
      event_types: ["alert.*"],
      bodies: { email: { subject: "{{ event.title }}", html: "{% for i in (1..event.data.n) %}x{% endfor %}" } },
    });
    await postEvent({ type: "alert.flood", title: "Flood alert", data: { n: 100_000_000 }, recipients: [{ email: "oncall@example.com" }] });
    const mail = await waitFor(async () => smtp.messages.find((message) => message.envelope.to.includes("oncall@example.com")), 20_000, "the fallback email");
    expect(mail.parsed.subject).toContain("Flood alert");
    // SENT is recorded just after the SMTP server accepts the message.
    const notification = await waitFor(async () => {
      const row = await db().notification.findFirstOrThrow({ where: { recipientEmail: "oncall@example.com" } });
      return row.status === "SENT" && row;
    }, 10_000, "SENT");
    expect(notification).toMatchObject({ templateKey: "too-much", templateVersion: 1 });
    expect(notification.templateFallback).toMatch(/too-much.*failed to render; the built-in template was sent/);
    expect(await db().messageTemplate.findUniqueOrThrow({ where: { key: "too-much" } })).toMatchObject({ failureCount: 1, lastFailureMessage: expect.stringContaining("built-in") });
  });

  it("uses the template a rule names over the event-type match", async () => {
    await call(templatesRoute.POST, "POST", { key: "vip", name: "VIP", event_types: [], bodies: { email: { subject: "VIP: {{ event.title }}", html: "<p>For you.</p>" } } });
    await db().routingRule.create({ data: { name: "VIP failures", position: 1, match: { all: [{ field: "labels.vip", op: "exists" }] }, actions: { notify: [{ email: "vip@example.com" }], template: "vip" } } });
    await postEvent({ type: "job.failed", title: "Payroll run failed", job: { name: "payroll", run_id: "p1" }, labels: { vip: "yes" } });
    const mail = await waitFor(async () => smtp.messages.find((message) => message.envelope.to.includes("vip@example.com")), 20_000, "the VIP email");
    expect(mail.parsed.subject).toBe("VIP: Payroll run failed");
  });
});

describe("POST /api/v1/templates/preview", () => {
  it("renders a saved template for a sample event on each channel, sending nothing", async () => {
    const before = smtp.messages.length;
    const email = await call(previewRoute.POST as THandler, "POST", { key: "job-failure-ops", channel: "email", sample: "job-failed" });
    expect(email.status).toBe(200);
    expect(email.body.email.subject).toBe("[PROD] nightly-backup broke on db-01");
    expect(email.body.email.html).toContain("nightly-backup failed after 4 min 12 s");
    const sms = await call(previewRoute.POST as THandler, "POST", { bodies: { sms: { text: "{{ job.name }} failed on {{ job.host }}" } }, channel: "sms", sample: "job-failed" });
    expect(sms.body.sms).toMatchObject({ text: "nightly-backup failed on db-01", segments: 1, encoding: "GSM-7" });
    const missing = await call(previewRoute.POST as THandler, "POST", { key: "job-failure-ops", channel: "teams" });
    expect(missing.status).toBe(400);
    expect(smtp.messages.length).toBe(before);
  });
});
