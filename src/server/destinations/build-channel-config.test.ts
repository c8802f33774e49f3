import { describe, expect, it } from "vitest";
import { buildChannelConfig } from "./build-channel-config";
import { ZChannelInput, type TChannelInput } from "./channel-input-schema";

const build = (input: TChannelInput, previous: Parameters<typeof buildChannelConfig>[1] = null) => buildChannelConfig(ZChannelInput.parse(input), previous);

describe("buildChannelConfig", () => {
  it("generates a signing secret for a new webhook and keeps it on edits", () => {
    const created = build({ type: "webhook", name: "hook", url: "https://example.com/hook", headers: { "X-Key": "k" } });
    expect(created.signingSecret).toMatch(/^whsec_/);
    const edited = build({ type: "webhook", name: "hook", timeout_ms: 2000 }, created.config);
    expect(edited).toEqual({ signingSecret: null, config: { ...created.config, timeout_ms: 2000 } });
    expect(build({ type: "webhook", name: "hook", headers: null }, created.config).config).toMatchObject({ headers: undefined });
  });

  it("keeps a blank token, removes a null one and requires secrets on create", () => {
    const saved = build({ type: "sms", provider: "http", name: "gw", url: "https://sms.example.com/send", bearer_token: "t0ken" }).config;
    expect(build({ type: "sms", provider: "http", name: "gw", bearer_token: "" }, saved).config).toMatchObject({ provider: { bearer_token: "t0ken" } });
    expect(build({ type: "sms", provider: "http", name: "gw", bearer_token: null }, saved).config).toMatchObject({ provider: { bearer_token: undefined } });
    expect(() => build({ type: "slack", name: "s" })).toThrow(/webhook_url: is required/);
  });

  it("refuses plain http and retired Teams connectors, naming the field", () => {
    expect(() => build({ type: "slack", name: "s", webhook_url: "http://hooks.example.com/x" })).toThrow(/webhook_url: Destination must use https/);
    expect(() => build({ type: "teams", name: "t", webhook_url: "https://x.webhook.office.com/webhookb2/1" })).toThrow(/retired/);
  });

  it("asks for a saved secret again when the destination it is sent to changes", () => {
    const hook = build({ type: "webhook", name: "hook", url: "https://hooks.example.com/in", headers: { Authorization: "Bearer abc" } }).config;
    expect(() => build({ type: "webhook", name: "hook", url: "https://attacker.example.net/in" }, hook)).toThrow(/headers: enter it again/);
    expect(() => build({ type: "webhook", name: "hook", url: "https://hooks.example.com/elsewhere" }, hook)).toThrow(/headers: enter it again/);
    expect(build({ type: "webhook", name: "hook", url: "https://hooks.example.com/in/" }, hook).config).toMatchObject({ headers: { Authorization: "Bearer abc" } });
    expect(build({ type: "webhook", name: "hook", url: "https://attacker.example.net/in", headers: { Authorization: "Bearer new" } }, hook).config).toMatchObject({ headers: { Authorization: "Bearer new" } });

    const gateway = build({ type: "sms", provider: "http", name: "gw", url: "https://sms.example.com/send", bearer_token: "t0ken" }).config;
    expect(() => build({ type: "sms", provider: "http", name: "gw", url: "https://sms.example.com:8443/send" }, gateway)).toThrow(/bearer_token: enter it again/);

    const twilio = { type: "sms" as const, provider: "twilio" as const, name: "tw", account_sid: `AC${"a".repeat(32)}`, from: "+14155550123" };
    const saved = build({ ...twilio, auth_token: "twilio-token" }).config;
    expect(() => build({ ...twilio, base_url: "https://twilio.attacker.example" }, saved)).toThrow(/auth_token: enter it again/);
    expect(build({ ...twilio }, saved).config).toMatchObject({ provider: { auth_token: "twilio-token" } });
  });
});
