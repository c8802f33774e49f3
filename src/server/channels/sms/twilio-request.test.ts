import { describe, expect, it } from "vitest";
import { buildTwilioRequest, parseTwilioResponse } from "./twilio-request";

const sid = "AC00000000000000000000000000000001";

describe("buildTwilioRequest", () => {
  it("posts the form fields Twilio expects with basic auth", () => {
    const request = buildTwilioRequest({ accountSid: sid, authToken: "tok:en", from: "+15005550006", to: "+14155550123", body: "Hi & bye ✅" });
    expect(request.method).toBe("POST");
    expect(request.url).toBe(`https://api.twilio.com/2010-04-01/Accounts/${sid}/Messages.json`);
    expect(request.headers).toEqual({
      authorization: `Basic ${Buffer.from(`${sid}:tok:en`).toString("base64")}`,
      "content-type": "application/x-www-form-urlencoded",
    });
    expect([...request.body.entries()]).toEqual([
      ["To", "+14155550123"],
      ["From", "+15005550006"],
      ["Body", "Hi & bye ✅"],
    ]);
    expect(request.body.toString()).toBe("To=%2B14155550123&From=%2B15005550006&Body=Hi+%26+bye+%E2%9C%85");
  });

  it("uses a messaging service instead of a number, and a test base URL", () => {
    const request = buildTwilioRequest({
      accountSid: sid,
      authToken: "t",
      messagingServiceSid: "MG123",
      to: "+14155550123",
      body: "x",
      baseUrl: "http://127.0.0.1:4010/",
    });
    expect(request.url).toBe(`http://127.0.0.1:4010/2010-04-01/Accounts/${sid}/Messages.json`);
    expect([...request.body.keys()]).toEqual(["To", "MessagingServiceSid", "Body"]);
  });
});

describe("parseTwilioResponse", () => {
  it("takes the message sid from a 201", () => {
    expect(parseTwilioResponse(201, JSON.stringify({ sid: "SM123", status: "queued" }))).toEqual({
      ok: true,
      response: "Twilio 201 queued (SM123)",
      providerMessageId: "SM123",
    });
  });

  it.each([
    [400, 21211, "Invalid 'To' Phone Number: +1555", "recipient_rejected"],
    [400, 21608, "The number +1555 is unverified.", "recipient_rejected"],
    [400, 21610, "Attempt to send to unsubscribed recipient", "recipient_rejected"],
    [401, 20003, "Authenticate", "auth"],
    [400, 21606, "The From phone number is not a valid, SMS-capable number", "sender_rejected"],
    [400, 99999, "Something new", "rejected"],
  ])("HTTP %i code %i is permanent (%s)", (status, code, message, errorType) => {
    const result = parseTwilioResponse(status, JSON.stringify({ code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status }));
    expect(result).toMatchObject({ ok: false, retryable: false, errorType, code });
    expect(!result.ok && result.response).toContain(`Twilio HTTP ${status} error ${code}: ${message}`);
    expect(!result.ok && result.response).toContain(`https://www.twilio.com/docs/errors/${code}`);
  });

  it("explains the codes an operator can fix", () => {
    const result = parseTwilioResponse(400, JSON.stringify({ code: 21608, message: "The number is unverified." }));
    expect(!result.ok && result.response).toContain("trial accounts can send only to verified numbers");
  });

  it("treats rate limits and Twilio outages as transient", () => {
    expect(parseTwilioResponse(429, JSON.stringify({ code: 20429, message: "Too Many Requests" }))).toMatchObject({ retryable: true, errorType: "rate_limited" });
    expect(parseTwilioResponse(503, "<html>Service Unavailable</html>")).toMatchObject({
      ok: false,
      retryable: true,
      errorType: "provider_unavailable",
      response: "Twilio HTTP 503: <html>Service Unavailable</html>",
    });
    expect(parseTwilioResponse(401, "")).toMatchObject({ retryable: false, errorType: "auth", response: "Twilio HTTP 401: (empty reply)" });
  });
});
