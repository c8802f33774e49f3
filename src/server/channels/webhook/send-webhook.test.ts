import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import type { TWebhookDestination } from "../channel-destination";
import type { TReceivedRequest } from "../http/test-support/test-servers";
import { sampleChannelMessage } from "../test-support/sample-channel-message";
import { reply, silence, testReceivers } from "../test-support/test-receivers";
import { buildWebhookPayload } from "./build-webhook-payload";
import { sendWebhook } from "./send-webhook";
import { generateWebhookSecret } from "./standard-webhooks";

const dev = { allowPrivate: true };
const receivers = testReceivers();
const message = sampleChannelMessage();

function destination(origin: string, overrides: Partial<TWebhookDestination> = {}): TWebhookDestination {
  return { channel: "WEBHOOK", url: `${origin}/hooks/notify?token=secret-token`, secrets: { current: generateWebhookSecret() }, ...overrides };
}

/** What a receiver's verification sees: the raw body and the headers as they arrived. */
function verify(secret: string, received: TReceivedRequest | undefined): unknown {
  return new Webhook(secret).verify(received?.body ?? "", received?.headers as Record<string, string>);
}

describe("sendWebhook", () => {
  it("posts the documented payload, signed per Standard Webhooks, with the owner's headers", async () => {
    const receiver = await receivers.start(reply(200, '{"received":true}'));
    const target = destination(receiver.origin, {
      headers: { "X-Api-Key": "k-1", "Content-Type": "text/plain", "Webhook-Id": "forged", "webhook-signature": "v1,forged" },
    });

    const result = await sendWebhook(message, target, { ...dev, event: "created" });

    expect(result).toMatchObject({ ok: true, response: 'HTTP 200 {"received":true}', httpStatus: 200 });
    const [received] = receiver.requests;
    expect(received?.body).toBe(JSON.stringify(buildWebhookPayload(message, "created")));
    expect(received?.headers).toMatchObject({
      "content-type": "application/json",
      "user-agent": "OpsConductor-Notify/1",
      "x-api-key": "k-1",
      "webhook-id": "msg_notification_42_created",
    });
    expect(Number(received?.headers["webhook-timestamp"])).toBeCloseTo(Date.now() / 1000, -1);
    expect(verify(target.secrets.current, received)).toMatchObject({ type: "notification.created", data: { notification: { id: 42 } } });
  });

  it("signs with both secrets during a rotation, so either verifies", async () => {
    const receiver = await receivers.start();
    const previous = generateWebhookSecret();
    const target = destination(receiver.origin, {
      secrets: { current: generateWebhookSecret(), previous, previousExpiresAt: new Date(Date.now() + 3_600_000) },
    });

    await sendWebhook(message, target, { ...dev, event: "created" });

    const [received] = receiver.requests;
    expect(String(received?.headers["webhook-signature"]).split(" ")).toHaveLength(2);
    expect(verify(target.secrets.current, received)).toBeTruthy();
    expect(verify(previous, received)).toBeTruthy();
    expect(() => verify(generateWebhookSecret(), received)).toThrow(/No matching signature/);
  });

  it("gives every test send its own id, so deduplicating receivers show each one", async () => {
    const receiver = await receivers.start();
    const target = destination(receiver.origin);

    await sendWebhook(message, target, { ...dev, event: "test" });
    await sendWebhook(message, target, { ...dev, event: "test" });

    const ids = receiver.requests.map((request) => request.headers["webhook-id"]);
    expect(ids).toEqual([expect.stringMatching(/^msg_test_[0-9a-f]{24}$/), expect.stringMatching(/^msg_test_[0-9a-f]{24}$/)]);
    expect(ids[0]).not.toBe(ids[1]);
    expect(verify(target.secrets.current, receiver.requests[0])).toMatchObject({ type: "notification.test" });
  });

  it("disables a destination that answers 410 Gone", async () => {
    const receiver = await receivers.start(reply(410, "endpoint removed"));
    const result = await sendWebhook(message, destination(receiver.origin), { ...dev, event: "created" });
    expect(result).toMatchObject({ ok: false, retryable: false, errorType: "gone", disableDestination: true, response: "HTTP 410 endpoint removed", httpStatus: 410 });
  });

  it("retries a 500 without blaming the destination as a whole", async () => {
    const receiver = await receivers.start(reply(500, "<html><body>\n  <h1>Internal Server Error</h1>\n</body></html>"));
    const result = await sendWebhook(message, destination(receiver.origin), { ...dev, event: "created" });
    expect(result).toEqual({
      ok: false,
      retryable: true,
      errorType: "server_error",
      response: "HTTP 500 <html><body> <h1>Internal Server Error</h1> </body></html>",
      httpStatus: 500,
      latencyMs: expect.any(Number),
    });
  });

  it("reads an HTTP-date Retry-After on 429 and holds the destination back", async () => {
    // HTTP dates have whole seconds.
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    const later = new Date(now.getTime() + 90_000);
    const receiver = await receivers.start(reply(429, "slow down", { "retry-after": later.toUTCString() }));
    const result = await sendWebhook(message, destination(receiver.origin), { ...dev, event: "created", now });
    expect(result).toMatchObject({
      ok: false,
      retryable: true,
      errorType: "rate_limited",
      retryAfterMs: 90_000,
      affectsDestination: true,
      response: "HTTP 429 slow down — retry after 1 min 30 s",
      httpStatus: 429,
    });
  });

  it("uses the destination's own timeout", async () => {
    const receiver = await receivers.start(silence);
    const result = await sendWebhook(message, destination(receiver.origin, { timeoutMs: 300 }), { ...dev, event: "created" });
    expect(result).toMatchObject({ ok: false, retryable: true, errorType: "timeout", affectsDestination: true });
    expect(result.response).toBe(`Timed out after 300 ms waiting for the response from 127.0.0.1`);
    expect(result.latencyMs).toBeGreaterThanOrEqual(290);
  });

  it("does not send what it cannot sign", async () => {
    const receiver = await receivers.start();
    const result = await sendWebhook(message, destination(receiver.origin, { secrets: { current: "whsec_" } }), { ...dev, event: "created" });
    expect(result).toMatchObject({ ok: false, retryable: false, errorType: "config" });
    expect(receiver.requests).toHaveLength(0);
  });
});
