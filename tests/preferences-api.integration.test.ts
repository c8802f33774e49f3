import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";

// The seed's preferences endpoints: by id or email, secrets written but never
// read back whole, unknown fields and bad values refused by name, scopes enforced.
const scratch = await createScratchDatabase();
process.env.DATABASE_URL = scratch.url;
process.env.NOTIFY_ALLOW_PRIVATE_DESTINATIONS = "true";
process.env.NOTIFY_SERVICE_TOKEN = "service-token-service-token-1234";

const { db, disconnectDb } = await import("@/server/db/client");
const { createApiKey } = await import("@/server/auth/api-keys");
const { createUser } = await import("@/server/auth/users");
const { createCaller } = await import("@/server/api/root");
const preferencesRoute = await import("@/app/api/v1/notification/preferences/[user_id]/route");
const internalRoute = await import("@/app/internal/notifications/route");

const ana = await createUser({ email: "ana@example.com", role: "OPERATOR", password: "ana-password" });
const viewer = await createUser({ email: "viewer@example.com", role: "VIEWER", password: "viewer-password" });
const admin = await createUser({ email: "admin@example.com", role: "ADMIN", password: "admin-password" });
const writeKey = (await createApiKey({ name: "prefs-writer", scopes: ["preferences:write"] })).secret;
const readKey = (await createApiKey({ name: "prefs-reader", scopes: ["preferences:read"] })).secret;
const otherKey = (await createApiKey({ name: "notifier", scopes: ["notifications:write"] })).secret;

afterAll(async () => {
  await disconnectDb();
  await scratch.drop();
});

async function call(method: "GET" | "POST", user: string, body?: unknown, key = writeKey) {
  const request = new Request(`http://test/api/v1/notification/preferences/${user}`, {
    method,
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const handler = method === "GET" ? preferencesRoute.GET : preferencesRoute.POST;
  const response = await handler(request, { params: Promise.resolve({ user_id: user }) });
  return { status: response.status, body: await response.json() };
}

describe("GET/POST /api/v1/notification/preferences/:user_id", () => {
  it("answers defaults for a user who never saved any", async () => {
    const { status, body } = await call("GET", String(ana.id), undefined, readKey);
    expect(status).toBe(200);
    expect(body).toMatchObject({ user: { id: ana.id, email: "ana@example.com" }, email_enabled: true, slack_enabled: false, timezone: "UTC", quiet_hours_start: null, quiet_hours_days: [1, 2, 3, 4, 5, 6, 7], critical_bypasses_quiet_hours: true, subscriptions: [] });
    expect(body.summary).toMatch(/email/);
  });

  it("saves by email, answers the full preferences with secrets masked, and keeps a secret left blank", async () => {
    const hook = "http://127.0.0.1:9/hooks/services/T000/B000/secret-part-xyz";
    const saved = await call("POST", "ANA@example.com", {
      slack_webhook_url: hook,
      slack_enabled: true,
      sms_number: "+4915112345678",
      quiet_hours_start: "22:00",
      quiet_hours_end: "07:00",
      quiet_hours_days: [5, 1, 2, 3, 4],
      timezone: "Europe/Berlin",
      subscriptions: [{ pattern: "job.failed", min_severity: "warning", channels: ["email", "slack"] }, { pattern: "job.completed", channels: [] }],
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ slack_enabled: true, slack_webhook_url_set: true, sms_number_set: true, sms_enabled: false, quiet_hours_days: [1, 2, 3, 4, 5], timezone: "Europe/Berlin" });
    expect(saved.body.slack_webhook_url).not.toContain("secret-part-xyz");
    expect(saved.body.sms_number).not.toContain("12345");
    expect(saved.body.summary).toContain("22:00");
    expect(JSON.stringify(saved.body)).not.toContain("secret-part-xyz");

    const stored = await db().userNotificationPreferences.findUniqueOrThrow({ where: { userId: ana.id } });
    expect(stored.slackWebhookUrl).not.toContain("secret-part-xyz");

    const kept = await call("POST", String(ana.id), { slack_webhook_url: "", timezone: "America/New_York" });
    expect(kept.body).toMatchObject({ slack_webhook_url_set: true, timezone: "America/New_York", quiet_hours_start: "22:00" });
    const removed = await call("POST", String(ana.id), { slack_webhook_url: null });
    expect(removed.body).toMatchObject({ slack_webhook_url_set: false, slack_enabled: false });
  });

  it.each([
    ["an unknown field", { colour: "blue" }, ""],
    ["a bad time zone", { timezone: "Mars/Olympus" }, "timezone"],
    ["a bad clock", { quiet_hours_start: "25:00", quiet_hours_end: "07:00" }, "quiet_hours_start"],
    ["half a quiet window", { quiet_hours_start: "22:00" }, "quiet_hours_end"],
    ["a bad weekday", { quiet_hours_days: [0] }, "quiet_hours_days.0"],
    ["a bad subscription pattern", { subscriptions: [{ pattern: "JOB FAILED", channels: ["email"] }] }, "subscriptions.0.pattern"],
    ["an unknown channel", { subscriptions: [{ pattern: "job.*", channels: ["pager"] }] }, "subscriptions.0.channels.0"],
    ["a bad phone number", { sms_number: "12" }, "sms_number"],
    ["a bad dnd_until", { dnd_until: "tomorrow" }, "dnd_until"],
    ["turning Teams on without a URL", { teams_enabled: true }, "teams_webhook_url"],
  ])("refuses %s with 400 naming it", async (_label, body, field) => {
    const { status, body: answer } = await call("POST", String(ana.id), body);
    expect(status).toBe(400);
    if (field) expect(Object.keys(answer.error.fields)).toContain(field);
    else expect(answer.error.message).toMatch(/colour/);
  });

  it("answers 404 for an unknown user and enforces the scopes", async () => {
    expect((await call("GET", "999999", undefined, readKey)).status).toBe(404);
    expect((await call("GET", "nobody@example.com", undefined, readKey)).status).toBe(404);
    expect((await call("POST", String(ana.id), { email_enabled: false }, readKey)).status).toBe(403);
    expect((await call("GET", String(ana.id), undefined, otherKey)).status).toBe(403);
  });
});

describe("preferences over tRPC", () => {
  it("lets a user change their own and only admins anyone's", async () => {
    const own = createCaller({ user: viewer });
    await expect(own.preferences.save({ input: { dnd_until: new Date(Date.now() + 3_600_000).toISOString() } })).resolves.toMatchObject({ dnd_until: expect.any(String) });
    await expect(own.preferences.get({ user: ana.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createCaller({ user: admin }).preferences.get({ user: viewer.id })).resolves.toMatchObject({ user: { email: "viewer@example.com" } });
  });
});

describe("POST /internal/notifications", () => {
  const post = (body: unknown, token?: string) =>
    internalRoute.POST(new Request("http://test/internal/notifications", { method: "POST", headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) }));

  it("takes a notification body or an event body with the service token, and nothing without it", async () => {
    expect((await post({ type: "job.failed" })).status).toBe(401);
    expect((await post({ type: "job.failed" }, "service-token-service-token-0000")).status).toBe(401);
    const event = await post({ type: "system.backup_window", source: "scheduler" }, "service-token-service-token-1234");
    expect(event.status).toBe(202);
    const { id } = await event.json();
    expect(await db().event.findUnique({ where: { id } })).toMatchObject({ type: "system.backup_window", apiKeyId: null });
    const notification = await post({ recipient_email: "oncall@example.com", subject: "Hi", body: "Hello", notification_type: "generic" }, "service-token-service-token-1234");
    expect(notification.status).toBe(202);
    expect(await notification.json()).toMatchObject({ status: "pending", recipient_email: "oncall@example.com" });
  });
});

describe("NUL characters", () => {
  it("are a 400 naming the field over REST and tRPC, not a database error", async () => {
    const rest = await call("POST", String(ana.id), { timezone: "Europe/Berlin\u0000" });
    expect(rest.status).toBe(400);
    expect(Object.keys(rest.body.error.fields)).toEqual(["timezone"]);
    const caller = createCaller({ user: admin });
    const rule = { name: "Nul\u0000 rule", match: { all: [] }, actions: { stop: true } };
    await expect(caller.rules.create(rule)).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("name") });
    expect(await db().routingRule.count()).toBe(0);
    const notification = await internalRoute.POST(
      new Request("http://test/internal/notifications", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer service-token-service-token-1234" },
        body: JSON.stringify({ recipient_email: "oncall@example.com", subject: "Hi\u0000", body: "Hello", notification_type: "generic" }),
      }),
    );
    expect(notification.status).toBe(400);
    expect((await notification.json()).error.fields).toEqual({ subject: [expect.stringContaining("NUL")] });
  });
});
