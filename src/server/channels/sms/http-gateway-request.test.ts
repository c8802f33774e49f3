import { describe, expect, it } from "vitest";
import { buildHttpGatewayRequest } from "./http-gateway-request";

describe("buildHttpGatewayRequest", () => {
  it("posts JSON with a bearer token and the gateway's own headers", () => {
    const request = buildHttpGatewayRequest({
      url: "https://sms.example.com/send",
      to: "+14155550123",
      body: "Backup failed",
      notificationId: 42,
      bearerToken: "s3cret",
      headers: { "X-Api-Key": "k", "Content-Type": "text/plain", Authorization: "Basic nope" },
    });
    expect(request).toEqual({
      method: "POST",
      url: "https://sms.example.com/send",
      headers: { "x-api-key": "k", "content-type": "application/json", authorization: "Bearer s3cret" },
      body: '{"to":"+14155550123","body":"Backup failed","notification_id":42}',
    });
  });

  it("leaves authorization to custom headers when there is no token", () => {
    const request = buildHttpGatewayRequest({ url: "https://x", to: "+1", body: "b", notificationId: 1, headers: { Authorization: "Token abc" } });
    expect(request.headers).toEqual({ authorization: "Token abc", "content-type": "application/json" });
  });
});
