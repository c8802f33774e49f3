import net from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startReceiver, type TReceiver } from "@/server/channels/http/test-support/test-servers";
import { createScratchDatabase } from "./support/database";

// Test sends (issue 11, item 3) and SMTP checks (item 16) are limited per
// caller and per destination in the database, through the real REST route
// handlers and tRPC procedures. Defaults: 10 tests per caller, 5 per
// destination, 5 test SMS per caller, per 10 minutes; 10 SMTP tests per key
// per minute. The SMTP ceiling for everyone together is lowered to 15 here.
process.env.NOTIFY_ALLOW_PRIVATE_DESTINATIONS = "true";
process.env.SMTP_TESTS_TOTAL_PER_MINUTE = "15";
const scratch = await createScratchDatabase();
process.env.DATABASE_URL = scratch.url;

const { db, disconnectDb } = await import("@/server/db/client");
const { createApiKey } = await import("@/server/auth/api-keys");
const { createUser } = await import("@/server/auth/users");
const { createCaller } = await import("@/server/api/root");
const { createChannel } = await import("@/server/destinations/create-channel");
const { closeRateLimitPool } = await import("@/server/rate-limits/rate-limit-pool");
const slackRoute = await import("@/app/api/v1/notification/test/slack/route");
const webhookRoute = await import("@/app/api/v1/notification/test/webhook/route");
const smsRoute = await import("@/app/api/v1/notification/test/sms/route");
const smtpTestRoute = await import("@/app/api/v1/notification/smtp/test/route");

const TWILIO_SID = `AC${"2".repeat(32)}`;
let receiver: TReceiver;
let twilio: TReceiver;
let closedPort: number;
let keyA: string;
let keyB: string;
let adminKey: string;
const viewer = await createUser({ email: "viewer@example.com", role: "VIEWER", password: "viewer-password" });
const operator = await createUser({ email: "operator@example.com", role: "OPERATOR", password: "operator-password" });
const admin = await createUser({ email: "admin@example.com", role: "ADMIN", password: "admin-password" });

beforeAll(async () => {
  receiver = await startReceiver((_request, response) => response.writeHead(200).end("ok"));
  twilio = await startReceiver((_request, response) => response.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify({ sid: "SM1", status: "queued" })));
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  closedPort = (probe.address() as net.AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
  await createChannel({ type: "sms", provider: "twilio", name: "ops-sms", account_sid: TWILIO_SID, auth_token: "twilio-token-0002", from: "+15005550006", base_url: twilio.origin, to: "+447700900123" });
  keyA = (await createApiKey({ name: "key-a", scopes: ["notifications:write"] })).secret;
  keyB = (await createApiKey({ name: "key-b", scopes: ["notifications:write"] })).secret;
  adminKey = (await createApiKey({ name: "ops-admin", scopes: ["admin"] })).secret;
});

afterAll(async () => {
  await Promise.all([receiver?.close(), twilio?.close()]);
  await closeRateLimitPool();
  await disconnectDb();
  await scratch.drop();
});

type TRoute = { POST: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> };

async function post(route: TRoute, key: string, body: unknown) {
  const response = await route.POST(
    new Request("http://test/api/v1/notification/test", { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify(body) }),
    { params: Promise.resolve({}) },
  );
  return { status: response.status, retryAfter: response.headers.get("retry-after"), json: (await response.json()) as { ok?: boolean; error?: { message: string; limit?: string } } };
}

describe("test sends", () => {
  it("refuses test SMS to a viewer, even to the number saved as their own channel", async () => {
    const caller = createCaller({ user: viewer });
    await caller.channels.personal.save({ sms_enabled: true, phone_number: "+447700900999" });
    for (let i = 0; i < 3; i++) {
      await expect(caller.channels.test({ channel: "sms", request: { personal: true } })).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("OPERATOR") });
    }
    await expect(caller.channels.test({ channel: "sms", request: { to: "+14155550100" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(twilio.requests).toHaveLength(0);
    // Free channels stay open to viewers.
    await caller.channels.personal.save({ slack_enabled: true, slack_webhook_url: `${receiver.origin}/services/T0/B0/viewer-own-1234` });
    expect(await caller.channels.test({ channel: "slack", request: { personal: true } })).toMatchObject({ ok: true, scope: "personal" });
  });

  it("limits an operator's test SMS to their own saved number, not only typed-in ones", async () => {
    const caller = createCaller({ user: operator });
    await caller.channels.personal.save({ sms_enabled: true, phone_number: "+447700900888" });
    for (let i = 0; i < 5; i++) expect(await caller.channels.test({ channel: "sms", request: { personal: true } })).toMatchObject({ ok: true, status: 201 });
    await expect(caller.channels.test({ channel: "sms", request: { personal: true } })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringMatching(/^Test SMS are paid messages, limited to 5 per 10 minutes per user or API key; try again in (9|10) minutes\.$/),
    });
    expect(twilio.requests).toHaveLength(5);
  });

  it("lets an API key with notifications:write send test SMS, within its own SMS allowance", async () => {
    const { secret } = await createApiKey({ name: "sms-key", scopes: ["notifications:write"] });
    for (let i = 0; i < 5; i++) expect((await post(smsRoute, secret, { to: `+1415555010${i}` })).json).toMatchObject({ ok: true });
    const refused = await post(smsRoute, secret, { to: "+14155550109" });
    expect(refused.status).toBe(429);
    expect(refused.json.error).toMatchObject({ limit: "test_sms_per_caller" });
    expect(twilio.requests).toHaveLength(10);
  });

  it("limits each destination, whoever sends the tests and however it is picked", async () => {
    const url = `${receiver.origin}/hooks/shared`;
    for (const key of [keyA, keyA, keyB, keyB]) expect((await post(webhookRoute, key, { url })).json).toMatchObject({ ok: true });
    const caller = createCaller({ user: operator });
    expect(await caller.channels.test({ channel: "webhook", request: { url } })).toMatchObject({ ok: true });
    const refused = await post(webhookRoute, keyB, { url });
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(500);
    expect(refused.json.error).toMatchObject({ limit: "test_sends_per_destination", message: expect.stringContaining("This destination has had 5 test sends in the last 10 minutes") });
    // Another destination is still open to the same key, and the refusal did not use up the key's own allowance.
    expect((await post(webhookRoute, keyB, { url: `${receiver.origin}/hooks/other` })).json).toMatchObject({ ok: true });
  });

  it("limits each API key, with Retry-After, across module instances (the count is in the database)", async () => {
    // key-a has sent 2 tests above; 8 more to distinct destinations reach its limit of 10.
    for (let i = 0; i < 8; i++) expect((await post(slackRoute, keyA, { webhook_url: `${receiver.origin}/services/T0/B0/a${i}` })).status).toBe(200);
    const refused = await post(slackRoute, keyA, { webhook_url: `${receiver.origin}/services/T0/B0/fresh` });
    expect(refused.status).toBe(429);
    expect(refused.json.error).toMatchObject({ limit: "test_sends_per_caller", message: expect.stringMatching(/^Test sends are limited to 10 per 10 minutes per user or API key; try again in \d+ minutes\.$/) });
    expect(Number(refused.retryAfter)).toBeGreaterThan(500);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(600);

    // A fresh copy of every module (as another web process would have) sees the same count.
    vi.resetModules();
    const otherProcessRoute = (await import("@/app/api/v1/notification/test/slack/route")) as TRoute;
    expect((await post(otherProcessRoute, keyA, { webhook_url: `${receiver.origin}/services/T0/B0/fresh` })).status).toBe(429);
    expect((await post(otherProcessRoute, keyB, { webhook_url: `${receiver.origin}/services/T0/B0/fresh` })).status).toBe(200);
    const rows = await db().$queryRaw<{ key: string; points: number }[]>`select key, points from rate_limits where key like 'test_sends_per_caller:%'`;
    expect(rows.length).toBeGreaterThanOrEqual(3);
  });

  it("counts every test of 'Test all channels', answering the refused ones as results", async () => {
    // The viewer has used 1 test; 9 more fill the allowance, then test-all is refused per destination.
    const caller = createCaller({ user: viewer });
    for (let i = 0; i < 9; i++) expect(await caller.channels.test({ channel: "slack", request: { webhook_url: `${receiver.origin}/services/T0/B0/v${i}` } })).toMatchObject({ ok: true });
    const results = await caller.channels.testAll();
    const slack = results.find((result) => result.channel === "slack");
    expect(slack).toMatchObject({ ok: false, response: expect.stringContaining("Test sends are limited to 10 per 10 minutes") });
    expect(results.find((result) => result.channel === "sms")).toMatchObject({ ok: false, response: expect.stringContaining("OPERATOR") });
  });
});

describe("SMTP tests", () => {
  const settings = {
    smtp_server: "127.0.0.1",
    smtp_port: 0,
    use_tls: false,
    use_ssl: false,
    from_email: "notify@example.com",
  };

  it("limits each API key to 10 SMTP checks a minute, so the endpoint is no port scanner", async () => {
    for (let i = 0; i < 10; i++) {
      const response = await post(smtpTestRoute, adminKey, { settings: { ...settings, smtp_port: closedPort } });
      expect(response.status).toBe(200);
      expect(response.json).toMatchObject({ ok: false });
    }
    const refused = await post(smtpTestRoute, adminKey, { settings: { ...settings, smtp_port: closedPort } });
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    expect(refused.json.error).toMatchObject({ limit: "smtp_tests_per_caller", message: expect.stringContaining("10 per minute per API key") });
  });

  it("caps the checks of every caller together, the web UI's included", async () => {
    const caller = createCaller({ user: admin });
    // 10 checks above; the ceiling here is 15.
    for (let i = 0; i < 5; i++) expect(await caller.smtpSettings.testConnection({ settings: { ...settings, smtp_port: closedPort } })).toMatchObject({ ok: false });
    await expect(caller.smtpSettings.testConnection({ settings: { ...settings, smtp_port: closedPort } })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringContaining("SMTP tests are limited to 15 per minute in total"),
    });
  });
});
