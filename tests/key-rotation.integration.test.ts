import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createScratchDatabase } from "./support/database";

// Rotating NOTIFY_ENCRYPTION_KEY end to end: secrets saved through the domain
// code under key A, read under B with A as the previous key, re-sealed by the
// key:rotate code (interrupted, with an unreadable value, then to the end),
// and read again once A is gone. Start-up refuses an unknown key throughout.
const KEY_A = randomBytes(32).toString("base64");
const KEY_B = randomBytes(32).toString("hex");
const KEY_C = randomBytes(32).toString("base64");
const KEY_D = randomBytes(32).toString("base64");

const scratch = await createScratchDatabase();
process.env.DATABASE_URL = scratch.url;
const savedKeys = { current: process.env.NOTIFY_ENCRYPTION_KEY, previous: process.env.NOTIFY_ENCRYPTION_KEY_PREVIOUS };

const { db, disconnectDb } = await import("@/server/db/client");
const { createUser } = await import("@/server/auth/users");

/** The domain modules as a process started with these keys sees them. */
async function startWith(current: string, previous?: string) {
  process.env.NOTIFY_ENCRYPTION_KEY = current;
  if (previous) process.env.NOTIFY_ENCRYPTION_KEY_PREVIOUS = previous;
  else delete process.env.NOTIFY_ENCRYPTION_KEY_PREVIOUS;
  vi.resetModules();
  return {
    ...(await import("@/server/crypto/verify-encryption-key")),
    ...(await import("@/server/crypto/reseal-secrets")),
    ...(await import("@/server/crypto/describe-reseal-report")),
    ...(await import("@/server/crypto/secret-box")),
    ...(await import("@/server/crypto/encryption-keys")),
    ...(await import("@/server/destinations/create-channel")),
    ...(await import("@/server/destinations/save-personal-channels")),
    ...(await import("@/server/destinations/load-destination")),
    ...(await import("@/server/destinations/personal-columns")),
    ...(await import("@/server/smtp/save-smtp-settings")),
    ...(await import("@/server/smtp/saved-smtp-settings")),
    ...(await import("@/server/notifications/resolve-addressing")),
  };
}
type TProcess = Awaited<ReturnType<typeof startWith>>;

const SLACK = "https://hooks.slack.com/services/T0001/B0001/orgSlackToken";
const PERSONAL = {
  slack_enabled: true,
  slack_webhook_url: "https://hooks.slack.com/services/T0002/B0002/mySlackToken",
  teams_enabled: true,
  teams_webhook_url: "https://prod-01.westeurope.logic.azure.com/workflows/abc/triggers/manual/paths/invoke?sig=myTeamsSig",
  webhook_enabled: true,
  webhook_url: "https://receiver.example.com/hooks/mine",
  sms_enabled: true,
  phone_number: "+447700900999",
};
const SMTP_PASSWORD = "smtp-password-under-key-a";
const AD_HOC_NUMBERS = ["+447700900001", "+447700900002", "+447700900003"];
const TWILIO_TOKEN = "twilio-auth-token-0001";
let userId = 0;
let webhookSigningSecret = "";
const notificationIds: number[] = [];

/** Every sealed value, opened through the code that uses it. */
async function readEverything(app: TProcess) {
  const smtp = await app.findSavedSmtpSettings();
  const preferences = await db().userNotificationPreferences.findUnique({ where: { userId } });
  const channels = await db().notificationChannel.findMany({ orderBy: { id: "asc" } });
  const notifications = await db().notification.findMany({ where: { id: { in: notificationIds } }, orderBy: { id: "asc" } });
  return {
    smtpPassword: smtp ? app.decryptSavedPassword(smtp) : null,
    channels: await Promise.all(channels.map(async (channel) => ({ name: channel.name, destination: await app.loadChannelDestination(channel.id) }))),
    personal: app.openPersonalChannels(preferences),
    adHoc: notifications.map((row) => (row.destinationEncrypted ? app.decryptSecret(row.destinationEncrypted, app.DESTINATION_CONTEXT) : null)),
  };
}

function expectEverythingReadable(everything: Awaited<ReturnType<typeof readEverything>>) {
  expect(everything.smtpPassword).toBe(SMTP_PASSWORD);
  expect(everything.channels).toEqual([
    { name: "ops-slack", destination: expect.objectContaining({ channel: "SLACK", url: SLACK }) },
    { name: "ops-hook", destination: expect.objectContaining({ channel: "WEBHOOK", url: "https://receiver.example.com/hooks/org", secrets: expect.objectContaining({ current: webhookSigningSecret }) }) },
    { name: "ops-sms", destination: expect.objectContaining({ channel: "SMS", to: "+447700900123", provider: expect.objectContaining({ authToken: TWILIO_TOKEN }) }) },
    { name: "added-during-rotation", destination: expect.objectContaining({ url: "https://hooks.slack.com/services/T0003/B0003/laterToken" }) },
  ]);
  expect(everything.personal).toMatchObject({
    slackWebhookUrl: PERSONAL.slack_webhook_url,
    teamsWebhookUrl: PERSONAL.teams_webhook_url,
    customWebhookUrl: PERSONAL.webhook_url,
    webhookSecrets: { current: expect.stringMatching(/^whsec_/) },
    phoneNumber: PERSONAL.phone_number,
  });
  expect(everything.adHoc).toEqual(AD_HOC_NUMBERS);
}

/** Every non-null sealed value in the database, with the key id it names (null: from before key ids). */
async function sealedKeyIds(app: TProcess) {
  const rows = await db().$queryRaw<{ sealed: string }[]>`
    select password_encrypted as sealed from smtp_settings where password_encrypted is not null
    union all select config_encrypted from notification_channels
    union all select unnest(array[slack_webhook_url, teams_webhook_url, custom_webhook_url, custom_webhook_secret, phone_number]) from user_notification_preferences
    union all select destination_encrypted from notifications where destination_encrypted is not null
    union all select sealed from encryption_key_check`;
  return rows.filter((row) => row.sealed !== null).map((row) => app.sealedKeyId(row.sealed));
}

const column = <T extends { table: string; column: string }>(report: { columns: T[] }, name: string) => report.columns.find((entry) => `${entry.table}.${entry.column}` === name);

beforeAll(async () => {
  const app = await startWith(KEY_A);
  await app.verifyEncryptionKey();
  userId = (await createUser({ email: "viewer@example.com", role: "VIEWER", password: "viewer-password-1" })).id;
  await app.savePersonalChannels({ userId, input: PERSONAL });
  await app.createChannel({ type: "slack", name: "ops-slack", webhook_url: SLACK });
  webhookSigningSecret = (await app.createChannel({ type: "webhook", name: "ops-hook", url: "https://receiver.example.com/hooks/org" })).signing_secret ?? "";
  await app.createChannel({ type: "sms", provider: "twilio", name: "ops-sms", account_sid: `AC${"1".repeat(32)}`, auth_token: TWILIO_TOKEN, from: "+15005550006", to: "+447700900123" });
  await app.saveSmtpSettings({ settings: { smtp_server: "smtp.example.com", smtp_port: 587, username: "notify", password: SMTP_PASSWORD, from_email: "notify@example.com" } });
  for (const number of AD_HOC_NUMBERS) {
    const row = await db().notification.create({
      data: { channel: "SMS", destinationEncrypted: app.encryptSecret(number, app.DESTINATION_CONTEXT), subject: "s", body: "b", notificationType: "job.failed" },
    });
    notificationIds.push(row.id);
  }
  // One value in the format written before key ids existed (sealed with A).
  const legacy = app.sealWithKey(app.keyRing().current, AD_HOC_NUMBERS[0] ?? "", app.DESTINATION_CONTEXT).split(":").slice(0, 4).join(":");
  await db().notification.update({ where: { id: notificationIds[0] }, data: { destinationEncrypted: legacy } });
});

afterAll(async () => {
  process.env.NOTIFY_ENCRYPTION_KEY = savedKeys.current;
  if (savedKeys.previous === undefined) delete process.env.NOTIFY_ENCRYPTION_KEY_PREVIOUS;
  else process.env.NOTIFY_ENCRYPTION_KEY_PREVIOUS = savedKeys.previous;
  vi.resetModules();
  await disconnectDb();
  await scratch.drop();
});

describe("rotating NOTIFY_ENCRYPTION_KEY", () => {
  it("refuses an unknown key at start-up, with or without a previous key", async () => {
    await expect((await startWith(KEY_C)).verifyEncryptionKey()).rejects.toThrow(/^NOTIFY_ENCRYPTION_KEY is not the key this database was set up with/);
    await expect((await startWith(KEY_C, KEY_D)).verifyEncryptionKey()).rejects.toThrow(/and neither is NOTIFY_ENCRYPTION_KEY_PREVIOUS.*set the original as NOTIFY_ENCRYPTION_KEY_PREVIOUS/);
    // The new key alone is refused too, until key:rotate has finished.
    await expect((await startWith(KEY_B)).verifyEncryptionKey()).rejects.toThrow(/NOTIFY_ENCRYPTION_KEY is not the key this database was set up with/);
  });

  it("starts with the new key and the old one as previous, reads everything and writes with the new key", async () => {
    const app = await startWith(KEY_B, KEY_A);
    const log: string[] = [];
    await expect(app.verifyEncryptionKey({ log: (line) => log.push(line) })).resolves.toEqual({ sealedWith: "NOTIFY_ENCRYPTION_KEY_PREVIOUS" });
    expect(log).toEqual([expect.stringContaining("key rotation in progress")]);

    const created = await app.createChannel({ type: "slack", name: "added-during-rotation", webhook_url: "https://hooks.slack.com/services/T0003/B0003/laterToken" });
    expect(created.channel.name).toBe("added-during-rotation");
    expectEverythingReadable(await readEverything(app));

    const b = app.keyRing().current.id;
    const a = app.keyRing().previous?.id;
    const ids = await sealedKeyIds(app);
    expect(ids.filter((id) => id === b)).toHaveLength(1);
    expect(ids.filter((id) => id === a)).toHaveLength(ids.length - 2);
    expect(ids.filter((id) => id === null)).toHaveLength(1);
  });

  it("re-seals in committed batches: an interrupted run keeps what it did and start-up still needs the old key", async () => {
    const app = await startWith(KEY_B, KEY_A);
    let batches = 0;
    const interrupted = app.resealSecrets({
      batchSize: 2,
      onBatch: () => {
        if (++batches === 2) throw new Error("interrupted");
      },
    });
    await expect(interrupted).rejects.toThrow("interrupted");
    const ids = await sealedKeyIds(app);
    expect(ids.filter((id) => id === app.keyRing().current.id).length).toBeGreaterThan(1);
    expectEverythingReadable(await readEverything(app));
    await expect((await startWith(KEY_B)).verifyEncryptionKey()).rejects.toThrow(/NOTIFY_ENCRYPTION_KEY is not the key this database was set up with/);
  });

  it("leaves a value neither key opens alone, reports it and does not finish", async () => {
    const app = await startWith(KEY_B, KEY_A);
    const stranger = app.sealWithKey(app.toEncryptionKey(KEY_D, "NOTIFY_ENCRYPTION_KEY"), "+447700900004", app.DESTINATION_CONTEXT);
    const orphan = await db().notification.create({ data: { channel: "SMS", destinationEncrypted: stranger, subject: "s", body: "b", notificationType: "job.failed" } });

    const report = await app.resealSecrets({ batchSize: 2 });
    expect(report.complete).toBe(false);
    expect(column(report, "notifications.destination_encrypted")).toMatchObject({ unreadableIds: [orphan.id], remaining: 1, total: 4 });
    expect(column(report, "encryption_key_check.sealed")).toMatchObject({ resealed: 0, remaining: 1 });
    expect(app.describeResealReport(report).at(-1)).toMatch(/^Not finished: the values listed as unreadable/);
    expect((await db().notification.findUniqueOrThrow({ where: { id: orphan.id } })).destinationEncrypted).toBe(stranger);
    await expect((await startWith(KEY_B)).verifyEncryptionKey()).rejects.toThrow(/NOTIFY_ENCRYPTION_KEY is not the key this database was set up with/);
    await db().notification.delete({ where: { id: orphan.id } });
  });

  it("finishes with every value under the new key, also one a process rewrote under the old key meanwhile, and a second run has nothing to do", async () => {
    const app = await startWith(KEY_B, KEY_A);
    const keyA = app.toEncryptionKey(KEY_A, "NOTIFY_ENCRYPTION_KEY_PREVIOUS");
    const underA = (index: number) => ({ destinationEncrypted: app.sealWithKey(keyA, AD_HOC_NUMBERS[index] ?? "", app.DESTINATION_CONTEXT) });
    await db().notification.update({ where: { id: notificationIds[2] }, data: underA(2) });
    let rewritten = false;
    const report = await app.resealSecrets({
      batchSize: 2,
      // Like a save that read the row before the run and writes it back after the run passed it.
      onBatch: async ({ table }) => {
        if (table !== "notifications" || rewritten) return;
        rewritten = true;
        await db().notification.update({ where: { id: notificationIds[0] }, data: underA(0) });
      },
    });
    expect(rewritten).toBe(true);
    expect(column(report, "notifications.destination_encrypted")).toMatchObject({ resealed: 2, remaining: 0 });
    expect(report).toMatchObject({ complete: true, currentKeyId: app.keyRing().current.id, previousKeyId: app.keyRing().previous?.id });
    expect(report.columns.map((entry) => `${entry.table}.${entry.column}`)).toEqual([
      "smtp_settings.password_encrypted",
      "notification_channels.config_encrypted",
      "user_notification_preferences.slack_webhook_url",
      "user_notification_preferences.teams_webhook_url",
      "user_notification_preferences.custom_webhook_url",
      "user_notification_preferences.custom_webhook_secret",
      "user_notification_preferences.phone_number",
      "notifications.destination_encrypted",
      "encryption_key_check.sealed",
    ]);
    expect(report.columns.every((entry) => entry.remaining === 0 && entry.unreadableIds.length === 0)).toBe(true);
    expect(Object.fromEntries(report.columns.map((entry) => [`${entry.table}.${entry.column}`, entry.total]))).toMatchObject({
      "smtp_settings.password_encrypted": 1,
      "notification_channels.config_encrypted": 4,
      "user_notification_preferences.phone_number": 1,
      "notifications.destination_encrypted": 3,
      "encryption_key_check.sealed": 1,
    });
    expect(column(report, "encryption_key_check.sealed")?.resealed).toBe(1);
    expect(app.describeResealReport(report).at(-1)).toMatch(/^All sealed values \(14\) are under the current key/);

    const again = await app.resealSecrets();
    expect(again.complete).toBe(true);
    expect(again.columns.map((entry) => entry.resealed)).toEqual(again.columns.map(() => 0));
    expect(await app.verifyEncryptionKey({ log: () => {} })).toEqual({ sealedWith: "NOTIFY_ENCRYPTION_KEY" });
  });

  it("reads everything with the new key alone once the old one is removed", async () => {
    const app = await startWith(KEY_B);
    const log: string[] = [];
    await expect(app.verifyEncryptionKey({ log: (line) => log.push(line) })).resolves.toEqual({ sealedWith: "NOTIFY_ENCRYPTION_KEY" });
    expect(log).toEqual([]);
    expectEverythingReadable(await readEverything(app));
    expect(new Set(await sealedKeyIds(app))).toEqual(new Set([app.keyRing().current.id]));
    await expect((await startWith(KEY_A)).verifyEncryptionKey()).rejects.toThrow(/NOTIFY_ENCRYPTION_KEY is not the key this database was set up with/);
  });
});
