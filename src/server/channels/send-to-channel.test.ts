import { describe, expect, it } from "vitest";
import type { TChannelDestination, TWebhookDestination } from "./channel-destination";
import { startConnectionCounter, startReceiver } from "./http/test-support/test-servers";
import { sendToChannel } from "./send-to-channel";
import { sampleChannelMessage } from "./test-support/sample-channel-message";
import { reply, silence, testReceivers } from "./test-support/test-receivers";
import { generateWebhookSecret } from "./webhook/standard-webhooks";

const receivers = testReceivers();
const message = sampleChannelMessage();
const created = { event: "created" as const };
const dev = { ...created, allowPrivate: true };

/** One destination per channel (and SMS provider) at `origin`, each with a secret in its path or query. */
const slackAt = (origin: string): TChannelDestination => ({ channel: "SLACK", url: `${origin}/services/T0/B0/slack-secret` });
const teamsAt = (origin: string): TChannelDestination => ({ channel: "TEAMS", url: `${origin}/workflows/1/invoke?sig=teams-secret` });
const webhookAt = (origin: string): TWebhookDestination => ({
  channel: "WEBHOOK",
  url: `${origin}/hook/webhook-secret`,
  secrets: { current: generateWebhookSecret() },
});
const twilioAt = (origin: string): TChannelDestination => ({
  channel: "SMS",
  to: "+14155550123",
  provider: { provider: "twilio", accountSid: "AC1", authToken: "t", from: "+15005550006", baseUrl: `${origin}/twilio-secret` },
});
const gatewayAt = (origin: string): TChannelDestination => ({
  channel: "SMS",
  to: "+14155550123",
  provider: { provider: "http", url: `${origin}/sms?key=gateway-secret` },
});

const CHANNELS: [name: string, destinationAt: (origin: string) => TChannelDestination][] = [
  ["Slack", slackAt],
  ["Teams", teamsAt],
  ["webhook", webhookAt],
  ["SMS (Twilio)", twilioAt],
  ["SMS (gateway)", gatewayAt],
];

describe("sendToChannel", () => {
  it.each([
    ["SLACK", slackAt, /"blocks":\[/],
    ["TEAMS", teamsAt, /"contentType":"application\/vnd.microsoft.card.adaptive"/],
    ["WEBHOOK", webhookAt, /^\{"type":"notification.created"/],
    ["SMS", twilioAt, /^To=%2B14155550123&From=/],
  ])("hands a %s destination to its adapter", async (_channel, destinationAt, body) => {
    const receiver = await receivers.start(reply(200, '{"sid":"SM1"}'));
    const result = await sendToChannel(message, destinationAt(receiver.origin), dev);
    expect(result).toMatchObject({ ok: true, httpStatus: 200 });
    expect(receiver.requests).toHaveLength(1);
    expect(receiver.requests[0]?.body).toMatch(body);
  });

  describe.each(CHANNELS)("%s", (_name, destinationAt) => {
    it("reports a timeout as the destination being down", async () => {
      const receiver = await receivers.start(silence);
      const result = await sendToChannel(message, destinationAt(receiver.origin), { ...dev, timeoutMs: 300 });
      expect(result).toMatchObject({
        ok: false,
        retryable: true,
        errorType: "timeout",
        affectsDestination: true,
        response: "Timed out after 300 ms waiting for the response from 127.0.0.1",
      });
      expect(result.latencyMs).toBeGreaterThanOrEqual(290);
      expect(result).not.toHaveProperty("httpStatus");
    });

    it("reports a refused connection as the destination being down", async () => {
      const closed = await startReceiver();
      await closed.close();
      const result = await sendToChannel(message, destinationAt(closed.origin), dev);
      expect(result).toMatchObject({ ok: false, retryable: true, errorType: "refused", affectsDestination: true });
      expect(result.response).toBe(`Connection refused by 127.0.0.1:${closed.port}`);
    });

    it("refuses a private address for good, without connecting, unless the development switch is on", async () => {
      const counter = await startConnectionCounter();
      try {
        const result = await sendToChannel(message, destinationAt(`https://127.0.0.1:${counter.port}`), { ...created, allowPrivate: false });
        expect(result).toEqual({
          ok: false,
          retryable: false,
          errorType: "blocked_destination",
          response:
            "Destination 127.0.0.1 is a loopback (127.0.0.0/8) address, which is not allowed " +
            "(private and internal addresses are refused while NOTIFY_ALLOW_PRIVATE_DESTINATIONS is off)",
        });
        expect(counter.connections()).toBe(0);
      } finally {
        await counter.close();
      }
    });

    it("never repeats the destination's path or query, even when the receiver echoes them", async () => {
      const receiver = await receivers.start((request, response) => {
        response.writeHead(404, { "content-type": "text/html" });
        response.end(`<pre>Cannot POST ${request.path}</pre>`);
      });
      const result = await sendToChannel(message, destinationAt(receiver.origin), dev);
      expect(result).toMatchObject({ ok: false, retryable: false, httpStatus: 404 });
      expect(result.response).toContain("Cannot POST [redacted]");
      expect(result.response).not.toMatch(/secret/);
    });
  });

  it("lets the caller's timeout override a webhook's own", async () => {
    const receiver = await receivers.start(silence);
    const destination = { ...webhookAt(receiver.origin), timeoutMs: 5_000 };
    const result = await sendToChannel(message, destination, { ...dev, timeoutMs: 300 });
    expect(result).toMatchObject({ ok: false, errorType: "timeout", response: expect.stringMatching(/^Timed out after 300 ms/) });
  });
});
