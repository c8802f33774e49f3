import type http from "node:http";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startReceiver, type TReceivedRequest, type TReceiver } from "@/server/channels/http/test-support/test-servers";
import { createScratchDatabase } from "./support/database";
import { freePort } from "./support/free-port";

// Channel configuration end to end: encrypted organisation and personal
// channels, masked reads, secret rotation, and the REST / tRPC test sends
// against real receivers on loopback (allowed by the development switch).
process.env.NOTIFY_ALLOW_PRIVATE_DESTINATIONS = "true";
// This file sends far more tests than a person would; the limits have their own tests (rate-limits-test-sends).
process.env.TEST_SENDS_PER_CALLER = "1000";
process.env.TEST_SENDS_PER_DESTINATION = "1000";
process.env.TEST_SMS_PER_CALLER = "1000";
const scratch = await createScratchDatabase();
process.env.DATABASE_URL = scratch.url;

const { db, disconnectDb } = await import("@/server/db/client");
const { createApiKey } = await import("@/server/auth/api-keys");
const { createUser } = await import("@/server/auth/users");
const { createCaller } = await import("@/server/api/root");
const { decryptSecret } = await import("@/server/crypto/secret-box");
const { createChannel } = await import("@/server/destinations/create-channel");
const { updateChannel } = await import("@/server/destinations/update-channel");
const { listChannels } = await import("@/server/destinations/list-channels");
const { rotateChannelSecret } = await import("@/server/destinations/rotate-channel-secret");
const { loadChannelDestination, loadPersonalDestination, loadSmsProvider, findChannelByName } = await import("@/server/destinations/load-destination");
const { reenableDestination } = await import("@/server/destinations/reenable-destination");
const slackRoute = await import("@/app/api/v1/notification/test/slack/route");
const teamsRoute = await import("@/app/api/v1/notification/test/teams/route");
const webhookRoute = await import("@/app/api/v1/notification/test/webhook/route");
const smsRoute = await import("@/app/api/v1/notification/test/sms/route");

const SLACK_PATH = "/services/T0000/B0000/slackSecretToken1234";
const TEAMS_PATH = "/workflows/abc/triggers/manual/paths/invoke?sig=teamsSecretSig5678";
const TWILIO_SID = `AC${"1".repeat(32)}`;
const TWILIO_TOKEN = "twilio-auth-token-0001";

/** Slack: 200 "ok" for the one known webhook path and a Block Kit body; Slack's own errors otherwise. */
function slackHandler(request: TReceivedRequest, response: http.ServerResponse) {
  if (request.path !== SLACK_PATH) return void response.writeHead(404).end("no_service");
  const body = JSON.parse(request.body) as { text?: string; blocks?: unknown[] };
  if (!body.text || !Array.isArray(body.blocks) || body.blocks.length === 0) return void response.writeHead(400).end("invalid_payload");
  response.writeHead(200, { "content-type": "text/plain" }).end("ok");
}

/** Teams Workflows: 202 for the message envelope with an Adaptive Card, 400 otherwise. */
function teamsHandler(request: TReceivedRequest, response: http.ServerResponse) {
  const body = JSON.parse(request.body) as { type?: string; attachments?: { contentType?: string; content?: { type?: string } }[] };
  const card = body.attachments?.[0];
  const valid = body.type === "message" && card?.contentType === "application/vnd.microsoft.card.adaptive" && card.content?.type === "AdaptiveCard";
  response.writeHead(valid ? 202 : 400).end(valid ? "" : "InvalidRequestContent");
}

/** A receiver that verifies the Standard Webhooks signature with the reference library. */
const webhookSecrets: string[] = [];
function webhookHandler(request: TReceivedRequest, response: http.ServerResponse) {
  const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
  const verified = webhookSecrets.some((secret) => {
    try {
      new Webhook(secret).verify(request.body, headers);
      return true;
    } catch {
      return false;
    }
  });
  response.writeHead(verified ? 204 : 401).end(verified ? "" : "signature mismatch");
}

/** Twilio's Messages resource: basic auth, form fields, 201 with a message sid. */
function twilioHandler(request: TReceivedRequest, response: http.ServerResponse) {
  const expectedAuth = `Basic ${Buffer.from(`${TWILIO_SID}:${TWILIO_TOKEN}`).toString("base64")}`;
  if (request.path !== `/2010-04-01/Accounts/${TWILIO_SID}/Messages.json`) return void response.writeHead(404).end("{}");
  if (request.headers.authorization !== expectedAuth) {
    return void response.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ code: 20003, message: "Authenticate", status: 401 }));
  }
  const form = new URLSearchParams(request.body);
  const valid = request.headers["content-type"]?.startsWith("application/x-www-form-urlencoded") && /^\+\d+$/.test(form.get("To") ?? "") && form.get("From") && form.get("Body");
  if (!valid) return void response.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ code: 21211, message: "Invalid 'To' Phone Number", status: 400 }));
  response.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify({ sid: "SM0123", status: "queued" }));
}

let slack: TReceiver;
let teams: TReceiver;
let webhook: TReceiver;
let twilio: TReceiver;
let closedPort: number;
let writeKey: string;
let readKey: string;
const admin = await createUser({ email: "admin@example.com", role: "ADMIN", password: "admin-password" });
const viewer = await createUser({ email: "viewer@example.com", role: "VIEWER", password: "viewer-password" });

beforeAll(async () => {
  [slack, teams, webhook, twilio] = await Promise.all([startReceiver(slackHandler), startReceiver(teamsHandler), startReceiver(webhookHandler), startReceiver(twilioHandler)]);
  closedPort = await freePort();
  writeKey = (await createApiKey({ name: "executor", scopes: ["notifications:write"] })).secret;
  readKey = (await createApiKey({ name: "reader", scopes: ["notifications:read"] })).secret;
});

afterAll(async () => {
  await Promise.all([slack, teams, webhook, twilio].map((receiver) => receiver?.close()));
  await disconnectDb();
  await scratch.drop();
});

type TRoute = { POST: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> };

async function post(route: TRoute, body: unknown, key: string | null = writeKey) {
  const response = await route.POST(
    new Request("http://test/api/v1/notification/test", {
      method: "POST",
      headers: { ...(key && { authorization: `Bearer ${key}` }), "content-type": "application/json" },
      body: body === undefined ? "" : JSON.stringify(body),
    }),
    { params: Promise.resolve({}) },
  );
  return { status: response.status, json: (await response.json()) as Record<string, unknown> & { error?: { fields?: Record<string, string[]> } } };
}

const rawConfig = async (name: string) => (await db().notificationChannel.findUniqueOrThrow({ where: { name } })).configEncrypted;

describe("organisation channels", () => {
  it("stores every type encrypted and reads it back masked", async () => {
    const created = await Promise.all([
      createChannel({ type: "slack", name: "ops-slack", webhook_url: slack.origin + SLACK_PATH }),
      createChannel({ type: "teams", name: "ops-teams", webhook_url: teams.origin + TEAMS_PATH }),
      createChannel({ type: "webhook", name: "ops-hook", url: `${webhook.origin}/hooks/opsSecretPath99`, headers: { "X-Api-Key": "header-secret-value" } }),
      createChannel({ type: "sms", provider: "twilio", name: "ops-sms", account_sid: TWILIO_SID, auth_token: TWILIO_TOKEN, from: "+15005550006", base_url: twilio.origin, to: "+447700900123" }),
    ]);
    expect(created.map((result) => result.channel.type)).toEqual(["slack", "teams", "webhook", "sms"]);
    expect(created[2]?.signing_secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(created.filter((result) => result.signing_secret)).toHaveLength(1);

    const list = await listChannels();
    const text = JSON.stringify(list);
    for (const secret of ["slackSecretToken1234", "teamsSecretSig5678", "opsSecretPath99", "header-secret-value", TWILIO_TOKEN, created[2]?.signing_secret ?? "-"]) {
      expect(text).not.toContain(secret);
    }
    const byName = Object.fromEntries(list.map((channel) => [channel.name, channel]));
    expect(byName["ops-slack"]?.target).toBe(`${slack.origin}/services/••••••••1234`);
    expect(byName["ops-hook"]?.details).toMatchObject({ type: "webhook", header_names: ["X-Api-Key"], secret: expect.stringMatching(/^whsec_••••••••/) });
    expect(byName["ops-sms"]?.details).toMatchObject({ provider: "twilio", account_sid: TWILIO_SID, auth_token: "••••••••0001", to: "+447700900123" });
    expect(byName["ops-slack"]).toMatchObject({ enabled: true, rate_limit_per_minute: 60, health: null });

    const sealed = await rawConfig("ops-slack");
    expect(sealed).toMatch(/^v1:/);
    expect(sealed).not.toContain("slackSecretToken1234");
    expect(JSON.parse(decryptSecret(sealed, "notification_channels.config"))).toEqual({ type: "slack", webhook_url: slack.origin + SLACK_PATH });
  });

  it("keeps saved secrets when an edit leaves them blank", async () => {
    const sms = await findChannelByName("ops-sms");
    await updateChannel({
      id: sms!.id,
      channel: { type: "sms", provider: "twilio", name: "ops-sms", account_sid: TWILIO_SID, auth_token: "", messaging_service_sid: undefined, from: "+15005550006", base_url: twilio.origin, to: "+447700900123", rate_limit_per_minute: 30 },
    });
    expect(await loadChannelDestination(sms!.id)).toMatchObject({ channel: "SMS", to: "+447700900123", provider: { provider: "twilio", authToken: TWILIO_TOKEN, baseUrl: twilio.origin } });
    expect(await findChannelByName("ops-sms")).toMatchObject({ rateLimitPerMinute: 30, channel: "SMS", enabled: true });

    const hook = await findChannelByName("ops-hook");
    const before = await loadChannelDestination(hook!.id);
    await updateChannel({ id: hook!.id, channel: { type: "webhook", name: "ops-hook", timeout_ms: 5000 } });
    const after = await loadChannelDestination(hook!.id);
    expect(after).toMatchObject({ channel: "WEBHOOK", url: `${webhook.origin}/hooks/opsSecretPath99`, headers: { "X-Api-Key": "header-secret-value" }, timeoutMs: 5000 });
    expect(after?.channel === "WEBHOOK" && before?.channel === "WEBHOOK" && after.secrets.current === before.secrets.current).toBe(true);

    await expect(updateChannel({ id: hook!.id, channel: { type: "slack", name: "ops-hook" } })).rejects.toMatchObject({ code: "BAD_REQUEST", fieldErrors: { type: expect.any(Array) } });
    await expect(createChannel({ type: "slack", name: "ops-slack", webhook_url: slack.origin + SLACK_PATH })).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { name: expect.any(Array) } });
    await expect(createChannel({ type: "slack", name: "no-url" })).rejects.toMatchObject({ code: "BAD_REQUEST", fieldErrors: { webhook_url: ["is required"] } });
  });

  it("refuses a retired Teams connector URL with the Workflows hint", async () => {
    const attempt = createChannel({ type: "teams", name: "old-teams", webhook_url: "https://contoso.webhook.office.com/webhookb2/abc@def/IncomingWebhook/123/456" });
    await expect(attempt).rejects.toMatchObject({ code: "BAD_REQUEST", fieldErrors: { webhook_url: [expect.stringMatching(/retired.*Workflows/s)] } });
    expect(await findChannelByName("old-teams")).toBeNull();
  });

  it("rotates a webhook secret and signs with both until the grace period ends", async () => {
    const hook = await findChannelByName("ops-hook");
    const old = await loadChannelDestination(hook!.id);
    if (old?.channel !== "WEBHOOK") throw new Error("not a webhook");
    const rotated = await rotateChannelSecret({ id: hook!.id });
    expect(rotated.signing_secret).not.toBe(old.secrets.current);
    const expires = new Date(rotated.channel.details.type === "webhook" ? (rotated.channel.details.previous_secret_expires_at ?? 0) : 0);
    expect(Math.abs(expires.getTime() - Date.now() - 24 * 3_600_000)).toBeLessThan(60_000);

    // Each secret alone must verify the message: a receiver on either side of the switch accepts it.
    for (const secret of [old.secrets.current, rotated.signing_secret]) {
      webhookSecrets.splice(0, webhookSecrets.length, secret);
      const { json } = await post(webhookRoute, { channel_name: "ops-hook" });
      expect(json).toMatchObject({ ok: true, status: 204, diagnosis: "ok", scope: "organisation", channel_name: "ops-hook" });
    }
    const request = webhook.requests.at(-1);
    expect(request?.headers["x-api-key"]).toBe("header-secret-value");
    expect(String(request?.headers["webhook-signature"]).split(" ")).toHaveLength(2);
    expect(JSON.parse(request?.body ?? "{}")).toMatchObject({ type: "notification.test" });

    // No grace: the old secret stops verifying at once.
    const immediate = await rotateChannelSecret({ id: hook!.id, grace_period_hours: 0 });
    webhookSecrets.splice(0, webhookSecrets.length, rotated.signing_secret);
    expect((await post(webhookRoute, { channel_name: "ops-hook" })).json).toMatchObject({ ok: false, status: 401, diagnosis: "http_4xx" });
    webhookSecrets.splice(0, webhookSecrets.length, immediate.signing_secret);
    expect((await post(webhookRoute, { channel_name: "ops-hook" })).json).toMatchObject({ ok: true });
  });
});

describe("REST test endpoints", () => {
  it("tests a given Slack URL and reports Slack's own error for a bad one", async () => {
    const sent = await post(slackRoute, { webhook_url: slack.origin + SLACK_PATH });
    expect(sent.status).toBe(200);
    expect(sent.json).toMatchObject({ ok: true, channel: "slack", scope: "given", status: 200, diagnosis: "ok", response: expect.stringContaining("ok") });
    expect(sent.json.latency_ms).toEqual(expect.any(Number));
    expect(JSON.parse(slack.requests.at(-1)?.body ?? "{}").text).toContain("Test notification from OpsConductor Notify");

    const gone = await post(slackRoute, { webhook_url: `${slack.origin}/services/T0/B0/revokedTokenXXXX` });
    expect(gone.status).toBe(200);
    expect(gone.json).toMatchObject({ ok: false, status: 404, diagnosis: "http_4xx", response: expect.stringContaining("no_service") });
    expect(JSON.stringify(gone.json)).not.toContain("revokedTokenXXXX");
  });

  it("uses the saved organisation channel for an empty body", async () => {
    const before = slack.requests.length;
    const { json } = await post(slackRoute, undefined);
    expect(json).toMatchObject({ ok: true, scope: "organisation", channel_name: "ops-slack", destination: expect.stringContaining("••••••••1234") });
    expect(slack.requests.length).toBe(before + 1);
  });

  it("tests Teams and says a 202 is not proof the card appeared", async () => {
    const given = await post(teamsRoute, { webhook_url: teams.origin + TEAMS_PATH });
    expect(given.json).toMatchObject({ ok: true, status: 202, diagnosis: "ok", note: expect.stringContaining("202") });
    expect((await post(teamsRoute, {})).json).toMatchObject({ ok: true, scope: "organisation", channel_name: "ops-teams" });
    const retired = await post(teamsRoute, { webhook_url: "https://contoso.webhook.office.com/webhookb2/x" });
    expect(retired.status).toBe(400);
    expect(retired.json.error?.fields?.webhook_url?.[0]).toMatch(/retired/);
  });

  it("signs a test with a given secret, so a receiver's verification can be tried before saving", async () => {
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    webhookSecrets.splice(0, webhookSecrets.length, secret);
    expect((await post(webhookRoute, { url: `${webhook.origin}/new-endpoint`, secret })).json).toMatchObject({ ok: true, status: 204, scope: "given" });
    const unsigned = await post(webhookRoute, { url: `${webhook.origin}/new-endpoint` });
    expect(unsigned.json).toMatchObject({ ok: false, status: 401, diagnosis: "http_4xx", response: expect.stringContaining("signature mismatch"), note: expect.stringContaining("throwaway") });
  });

  it("sends an SMS through the organisation's Twilio provider", async () => {
    const given = await post(smsRoute, { to: "+1 (415) 555-0123" });
    expect(given.json).toMatchObject({ ok: true, channel: "sms", status: 201, diagnosis: "ok", response: expect.stringContaining("SM0123") });
    const form = new URLSearchParams(twilio.requests.at(-1)?.body);
    expect(form.get("To")).toBe("+14155550123");
    expect(form.get("From")).toBe("+15005550006");
    expect(form.get("Body")).toContain("Test notification from OpsConductor Notify");

    expect((await post(smsRoute, {})).json).toMatchObject({ ok: true, scope: "organisation", channel_name: "ops-sms" });
    expect(new URLSearchParams(twilio.requests.at(-1)?.body).get("To")).toBe("+447700900123");
  });

  it("diagnoses a receiver that refuses connections", async () => {
    const { status, json } = await post(slackRoute, { webhook_url: `http://127.0.0.1:${closedPort}/services/x` });
    expect(status).toBe(200);
    expect(json).toMatchObject({ ok: false, status: null, diagnosis: "refused", error_type: "refused" });
  });

  it("requires an API key with notifications:write", async () => {
    expect((await post(slackRoute, {}, null)).status).toBe(401);
    expect((await post(slackRoute, {}, "onk_not-a-real-key")).status).toBe(401);
    expect((await post(slackRoute, {}, readKey)).status).toBe(403);
  });

  it("answers 400 naming the bad field", async () => {
    const cases: [TRoute, unknown, string][] = [
      [slackRoute, { webhook_url: "ftp://example.com/x" }, "webhook_url"],
      [slackRoute, { webhookurl: "https://example.com" }, "body"],
      [slackRoute, { channel_name: "nope" }, "channel_name"],
      [slackRoute, { channel_name: "ops-teams" }, "channel_name"],
      [webhookRoute, { url: `${webhook.origin}/x`, secret: "not-a-secret" }, "secret"],
      [smsRoute, { to: "0123" }, "to"],
    ];
    for (const [route, body, field] of cases) {
      const { status, json } = await post(route, body);
      expect(status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(json.error?.fields ?? {}).join(",") + (json.error as { message?: string }).message).toContain(field);
    }
  });
});

describe("personal channels and tRPC", () => {
  it("lets every user save, mask, test and rotate their own channels", async () => {
    const caller = createCaller({ user: viewer });
    const saved = await caller.channels.personal.save({ slack_enabled: true, slack_webhook_url: slack.origin + SLACK_PATH, webhook_enabled: true, webhook_url: `${webhook.origin}/mine`, sms_enabled: true, phone_number: "+447700900999" });
    expect(saved.signing_secret).toMatch(/^whsec_/);
    expect(saved.channels.slack).toMatchObject({ enabled: true, webhook_url: `${slack.origin}/services/••••••••1234` });
    expect(saved.channels.sms).toMatchObject({ enabled: true, phone_number: "+44•••••0999", provider_configured: true });
    expect(JSON.stringify(saved.channels)).not.toContain("slackSecretToken1234");

    const row = await db().userNotificationPreferences.findUniqueOrThrow({ where: { userId: viewer.id } });
    expect(row.slackWebhookUrl).not.toContain("slackSecretToken1234");
    expect(decryptSecret(row.slackWebhookUrl ?? "", "user_notification_preferences.slack_webhook_url")).toBe(slack.origin + SLACK_PATH);
    expect(decryptSecret(row.phoneNumber ?? "", "user_notification_preferences.phone_number")).toBe("+447700900999");

    // Saving again without the URL keeps it and does not make a new secret.
    const again = await caller.channels.personal.save({ slack_enabled: false, slack_webhook_url: "", webhook_url: "" });
    expect(again).toMatchObject({ signing_secret: null, channels: { slack: { enabled: false, webhook_url: expect.stringContaining("1234") } } });
    await expect(caller.channels.personal.save({ teams_enabled: true })).rejects.toMatchObject({ code: "BAD_REQUEST" });

    const tested = await caller.channels.test({ channel: "slack", request: { personal: true } });
    expect(tested).toMatchObject({ ok: true, scope: "personal", destination: expect.stringContaining("your") });
    webhookSecrets.splice(0, webhookSecrets.length, saved.signing_secret ?? "");
    expect(await caller.channels.test({ channel: "webhook", request: {} })).toMatchObject({ ok: true, scope: "personal", status: 204 });
    // A test SMS costs money: a viewer may save a number but not send it tests (rate-limits-test-sends covers operators).
    const smsRequests = twilio.requests.length;
    await expect(caller.channels.test({ channel: "sms", request: { personal: true } })).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("OPERATOR") });
    expect(twilio.requests.length).toBe(smsRequests);

    const rotated = await caller.channels.personal.rotateSecret({});
    expect(rotated.channels.webhook.previous_secret_expires_at).not.toBeNull();
    webhookSecrets.splice(0, webhookSecrets.length, rotated.signing_secret);
    expect(await caller.channels.test({ channel: "webhook", request: { personal: true } })).toMatchObject({ ok: true });

    await expect(caller.channels.test({ channel: "slack", request: { channel_name: "ops-slack" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(caller.channels.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("hands the delivery core decrypted destinations", async () => {
    expect(await loadPersonalDestination("VIEWER@example.com", "SLACK")).toBeNull(); // switched off above
    expect(await loadPersonalDestination("viewer@example.com", "SMS")).toMatchObject({ channel: "SMS", to: "+447700900999", provider: { provider: "twilio", accountSid: TWILIO_SID } });
    expect(await loadPersonalDestination("viewer@example.com", "WEBHOOK")).toMatchObject({ channel: "WEBHOOK", url: `${webhook.origin}/mine`, secrets: { previous: expect.any(String) } });
    expect(await loadPersonalDestination("nobody@example.com", "SLACK")).toBeNull();
    expect(await loadSmsProvider()).toMatchObject({ provider: "twilio", authToken: TWILIO_TOKEN });
    expect(await loadChannelDestination(999_999)).toBeNull();
  });

  it("tests every configured channel at once", async () => {
    webhookSecrets.length = 0;
    const results = await createCaller({ user: admin }).channels.testAll();
    expect(results.map((result) => `${result.scope}:${result.channel_name ?? result.channel}`).sort()).toEqual(
      ["organisation:ops-hook", "organisation:ops-slack", "organisation:ops-sms", "organisation:ops-teams"].sort(),
    );
    const viewerResults = await createCaller({ user: viewer }).channels.testAll();
    expect(viewerResults.map((result) => `${result.scope}:${result.channel}`).sort()).toEqual(["personal:slack", "personal:sms", "personal:webhook"]);
  });

  it("re-enables a destination the breaker disabled, in one call", async () => {
    const channel = await findChannelByName("ops-slack");
    const destinationKey = `slack:channel:${channel!.id}`;
    await db().destinationState.create({
      data: { destinationKey, channel: "SLACK", label: 'Slack channel "ops-slack"', channelId: channel!.id, consecutiveFailures: 3, firstFailureAt: new Date(), disabledAt: new Date(), disabledReason: "HTTP 404 no_service" },
    });
    const listed = (await createCaller({ user: admin }).channels.list()).find((row) => row.name === "ops-slack");
    expect(listed?.health).toMatchObject({ destination_key: destinationKey, disabled: true, disabled_reason: "HTTP 404 no_service" });

    await expect(createCaller({ user: viewer }).channels.reenable({ destination_key: destinationKey })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await createCaller({ user: admin }).channels.reenable({ destination_key: destinationKey })).toMatchObject({ disabled: false, consecutive_failures: 0 });
    expect(await db().destinationState.findUniqueOrThrow({ where: { destinationKey } })).toMatchObject({ disabledAt: null, disabledReason: null, firstFailureAt: null });

    await db().destinationState.create({ data: { destinationKey: `slack:user:${viewer.id}`, channel: "SLACK", label: "mine", ownerUserId: viewer.id, disabledAt: new Date(), disabledReason: "gone" } });
    expect((await createCaller({ user: viewer }).channels.personal.get()).slack.health).toMatchObject({ disabled: true });
    expect(await reenableDestination(`slack:user:${viewer.id}`, viewer)).toMatchObject({ disabled: false });
  });
});
