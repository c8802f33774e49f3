import { describe, expect, it } from "vitest";
import type { TSmsDestination, TSmsProvider } from "../channel-destination";
import { sampleChannelMessage } from "../test-support/sample-channel-message";
import { reply, testReceivers } from "../test-support/test-receivers";
import { fitSms } from "./fit-sms";
import { sendSms } from "./send-sms";

const dev = { allowPrivate: true };
const receivers = testReceivers();
const message = sampleChannelMessage();
const to = "+14155550123";

function twilio(baseUrl: string, overrides: Partial<Extract<TSmsProvider, { provider: "twilio" }>> = {}): TSmsDestination {
  return { channel: "SMS", to, provider: { provider: "twilio", accountSid: "AC123", authToken: "tok-secret", from: "+15005550006", baseUrl, ...overrides } };
}

const twilioError = (code: number, text: string) =>
  JSON.stringify({ code, message: text, more_info: `https://www.twilio.com/docs/errors/${code}`, status: 400 });

describe("sendSms through Twilio", () => {
  it("posts To, From and Body with Basic auth and records the message SID", async () => {
    const fake = await receivers.start(reply(201, JSON.stringify({ sid: "SM0123456789abcdef", status: "queued" }), { "content-type": "application/json" }));

    const result = await sendSms(message, twilio(fake.origin), dev);

    expect(result).toEqual({
      ok: true,
      response: "Twilio 201 queued (SM0123456789abcdef); 1 segment (GSM-7)",
      providerMessageId: "SM0123456789abcdef",
      httpStatus: 201,
      latencyMs: expect.any(Number),
    });
    const [received] = fake.requests;
    expect(received).toMatchObject({ method: "POST", path: "/2010-04-01/Accounts/AC123/Messages.json" });
    expect(received?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(received?.headers.authorization).toBe(`Basic ${Buffer.from("AC123:tok-secret").toString("base64")}`);
    const form = Object.fromEntries(new URLSearchParams(received?.body));
    expect(form).toEqual({ To: to, From: "+15005550006", Body: fitSms(message).body });
    expect(form.Body).toBe("ERROR: Nightly backup failed\nThe backup failed.\nSee the log.\nhttps://notify.example.com/notifications/42");
  });

  it("sends through a Messaging Service instead of a From number when one is set", async () => {
    const fake = await receivers.start(reply(201, JSON.stringify({ sid: "SM1", status: "accepted" })));
    await sendSms(message, twilio(fake.origin, { from: undefined, messagingServiceSid: "MG9" }), dev);
    expect(Object.fromEntries(new URLSearchParams(fake.requests[0]?.body))).toEqual({ To: to, MessagingServiceSid: "MG9", Body: fitSms(message).body });
  });

  it("holds every message back while the credentials are wrong (20003)", async () => {
    const fake = await receivers.start(reply(401, twilioError(20003, "Authenticate")));
    const result = await sendSms(message, twilio(fake.origin), dev);
    expect(result).toEqual({
      ok: false,
      retryable: true,
      affectsDestination: true,
      errorType: "auth",
      response: "Twilio HTTP 401 error 20003: Authenticate — Check the Account SID and Auth Token. https://www.twilio.com/docs/errors/20003",
      httpStatus: 401,
      latencyMs: expect.any(Number),
    });
  });

  it.each([
    [21211, "Invalid 'To' Phone Number"],
    [21614, "'To' number is not a valid mobile number"],
  ])("fails only this message when Twilio refuses the 'To' number (%i)", async (code, text) => {
    const fake = await receivers.start(reply(400, twilioError(code, text)));
    const result = await sendSms(message, twilio(fake.origin), dev);
    expect(result).toMatchObject({ ok: false, retryable: false, errorType: "recipient_rejected", httpStatus: 400 });
    expect(result).not.toHaveProperty("affectsDestination");
    expect(result).not.toHaveProperty("disableDestination");
    expect(result.response).toMatch(new RegExp(`^Twilio HTTP 400 error ${code}: `));
  });

  it("waits out Twilio's rate limit for Retry-After", async () => {
    const fake = await receivers.start(reply(429, twilioError(20429, "Too Many Requests"), { "retry-after": "5" }));
    const result = await sendSms(message, twilio(fake.origin), dev);
    expect(result).toMatchObject({ ok: false, retryable: true, errorType: "rate_limited", retryAfterMs: 5_000, affectsDestination: true, httpStatus: 429 });
    expect(result.response).toMatch(/ — retry after 5 s$/);
  });

  it("retries Twilio's own failures", async () => {
    const fake = await receivers.start(reply(503, "upstream unavailable"));
    const result = await sendSms(message, twilio(fake.origin), dev);
    expect(result).toMatchObject({ ok: false, retryable: true, errorType: "provider_unavailable", response: "Twilio HTTP 503: upstream unavailable" });
  });

  it("does not call Twilio without a sender", async () => {
    const fake = await receivers.start();
    const result = await sendSms(message, twilio(fake.origin, { from: undefined }), dev);
    expect(result).toMatchObject({ ok: false, retryable: true, affectsDestination: true, errorType: "config" });
    expect(fake.requests).toHaveLength(0);
  });
});

describe("sendSms through an HTTP gateway", () => {
  it("posts { to, body, notification_id } with the bearer token", async () => {
    const gateway = await receivers.start(reply(200, '{"id":"g-1"}'));
    const destination: TSmsDestination = {
      channel: "SMS",
      to,
      provider: { provider: "http", url: `${gateway.origin}/send`, bearerToken: "gw-token", headers: { "X-Tenant": "ops" } },
    };

    const result = await sendSms(message, destination, dev);

    expect(result).toMatchObject({ ok: true, response: 'HTTP 200 {"id":"g-1"}; 1 segment (GSM-7)', httpStatus: 200 });
    const [received] = gateway.requests;
    expect(received?.headers).toMatchObject({ authorization: "Bearer gw-token", "content-type": "application/json", "x-tenant": "ops" });
    expect(JSON.parse(received?.body ?? "")).toEqual({ to, body: fitSms(message).body, notification_id: 42 });
  });

  it("treats a refused token as a settings problem for the whole destination", async () => {
    const gateway = await receivers.start(reply(401, "bad token"));
    const destination: TSmsDestination = { channel: "SMS", to, provider: { provider: "http", url: `${gateway.origin}/send`, bearerToken: "x" } };
    const result = await sendSms(message, destination, dev);
    expect(result).toMatchObject({ ok: false, retryable: true, affectsDestination: true, errorType: "auth", response: "HTTP 401 bad token" });
  });
});
