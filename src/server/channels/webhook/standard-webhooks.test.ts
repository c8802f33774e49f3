import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { activeSigningSecrets, generateWebhookSecret, signWebhook } from "./standard-webhooks";

const body = JSON.stringify({ type: "notification.created", data: { text: "ünïcödé ✅" } });
const now = () => Math.floor(Date.now() / 1000);

describe("generateWebhookSecret", () => {
  it("makes a whsec_ secret of 32 random bytes", () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), "base64")).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(secret);
  });
});

describe("signWebhook", () => {
  it("is verified by the standardwebhooks reference library", () => {
    const secret = generateWebhookSecret();
    const headers = signWebhook({ msgId: "msg_notification_1_created", timestamp: now(), body, secrets: [secret] });
    expect(headers["webhook-id"]).toBe("msg_notification_1_created");
    expect(headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it("matches the library's own signature byte for byte", () => {
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const timestamp = 1_614_265_330;
    const headers = signWebhook({ msgId: "msg_p5jXN8AQM9LWM0D4loKWxJek", timestamp, body: '{"test": 2432232314}', secrets: [secret] });
    expect(headers["webhook-signature"]).toBe(new Webhook(secret).sign("msg_p5jXN8AQM9LWM0D4loKWxJek", new Date(timestamp * 1000), '{"test": 2432232314}'));
  });

  it("signs with both secrets during a rotation so either one verifies", () => {
    const previous = generateWebhookSecret();
    const current = generateWebhookSecret();
    const secrets = activeSigningSecrets({ current, previous, previousExpiresAt: new Date(Date.now() + 3_600_000) }, new Date());
    const headers = signWebhook({ msgId: "msg_x", timestamp: now(), body, secrets });
    expect(headers["webhook-signature"].split(" ")).toHaveLength(2);
    expect(() => new Webhook(current).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(previous).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(generateWebhookSecret()).verify(body, headers)).toThrow(/No matching signature/);
  });

  it("fails verification when the body is altered", () => {
    const secret = generateWebhookSecret();
    const headers = signWebhook({ msgId: "msg_x", timestamp: now(), body, secrets: [secret] });
    expect(() => new Webhook(secret).verify(`${body} `, headers)).toThrow();
  });

  it("refuses to sign without a secret", () => {
    expect(() => signWebhook({ msgId: "m", timestamp: now(), body, secrets: [] })).toThrow();
    expect(() => signWebhook({ msgId: "m", timestamp: now(), body, secrets: ["whsec_"] })).toThrow();
  });
});

describe("activeSigningSecrets", () => {
  const at = new Date("2026-11-27T12:00:00Z");
  it.each([
    [{ current: "new" }, ["new"]],
    [{ current: "new", previous: "old", previousExpiresAt: new Date("2026-11-28T00:00:00Z") }, ["new", "old"]],
    [{ current: "new", previous: "old", previousExpiresAt: at }, ["new"]],
    [{ current: "new", previous: "old", previousExpiresAt: null }, ["new"]],
    [{ current: "new", previous: null, previousExpiresAt: new Date("2026-11-28T00:00:00Z") }, ["new"]],
  ])("%o -> %o", (secrets, expected) => expect(activeSigningSecrets(secrets, at)).toEqual(expected));
});
