import net from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createScratchDatabase } from "./support/database";
import { selfSignedCertificate } from "./support/self-signed-certificate";

// Saved SMTP settings end to end: encrypted storage, the source in force, and
// the diagnosis of real servers (started here) failing in each way they can.
const scratch = await createScratchDatabase();
process.env.DATABASE_URL = scratch.url;
delete process.env.SMTP_URL;
delete process.env.SMTP_HOST;
process.env.MAIL_CATCHER_PORT = "2525";

const { db, disconnectDb } = await import("@/server/db/client");
const { createApiKey } = await import("@/server/auth/api-keys");
const { createUser } = await import("@/server/auth/users");
const { createCaller } = await import("@/server/api/root");
const { decryptSecret, encryptSecret } = await import("@/server/crypto/secret-box");
const { verifyEncryptionKey } = await import("@/server/crypto/verify-encryption-key");
const { getSmtpSettings } = await import("@/server/smtp/get-smtp-settings");
const { saveSmtpSettings } = await import("@/server/smtp/save-smtp-settings");
const { environmentSmtpServer, resolveSmtpConfig } = await import("@/server/smtp/resolve-smtp-config");
const { testSmtpConnection } = await import("@/server/smtp/test-smtp-connection");
const { sendSmtpTestEmail } = await import("@/server/smtp/send-smtp-test-email");
const { classifySmtpError } = await import("@/server/channels/email/classify-smtp-error");
const settingsRoute = await import("@/app/api/v1/notification/smtp/settings/route");
const testRoute = await import("@/app/api/v1/notification/smtp/test/route");

const USER = "notify";
const PASSWORD = "s3cret-password";
const received: { from: string; to: string[]; parsed: ParsedMail }[] = [];

/** STARTTLS with a self-signed certificate and AUTH required, like a small company relay. */
const tlsServer = new SMTPServer({
  ...selfSignedCertificate(),
  logger: false,
  authMethods: ["PLAIN", "LOGIN"],
  onAuth(auth, _session, callback) {
    if (auth.username === USER && auth.password === PASSWORD) return callback(null, { user: USER });
    callback(Object.assign(new Error("5.7.8 Authentication credentials invalid"), { responseCode: 535 }));
  },
  onMailFrom(address, _session, callback) {
    if (address.address.startsWith("blocked@")) return callback(Object.assign(new Error("5.7.1 Sender address rejected: not owned by user"), { responseCode: 553 }));
    callback();
  },
  onRcptTo(address, _session, callback) {
    if (address.address.startsWith("nobody@")) return callback(Object.assign(new Error("5.1.1 <nobody@example.com>: Recipient address rejected: User unknown"), { responseCode: 550 }));
    callback();
  },
  onData(stream, session, callback) {
    simpleParser(stream).then((parsed) => {
      received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address), parsed });
      callback(null, "Queued as TLS42");
    }, callback);
  },
});
// Clients that give up mid-handshake (the point of some tests) surface here.
tlsServer.on("error", () => undefined);

/** Accepts TCP connections and never says a word. */
const silentSockets: net.Socket[] = [];
const silentServer = net.createServer((socket) => silentSockets.push(socket));

let tlsPort = 0;
let silentPort = 0;
let closedPort = 0;

const listen = (server: net.Server | SMTPServer) =>
  new Promise<number>((resolve) => {
    const target = server instanceof SMTPServer ? server.server : server;
    server.listen(0, "127.0.0.1", () => resolve((target.address() as net.AddressInfo).port));
  });

const baseSettings = (overrides: Record<string, unknown> = {}) => ({
  smtp_server: "127.0.0.1",
  smtp_port: tlsPort,
  username: USER,
  password: PASSWORD,
  use_tls: true,
  use_ssl: false,
  allow_self_signed: true,
  from_email: "notify@example.com",
  from_name: "Ops, Notify",
  ...overrides,
});

let adminKey: string;
let writeKey: string;

beforeAll(async () => {
  tlsPort = await listen(tlsServer);
  silentPort = await listen(silentServer);
  const probe = net.createServer();
  closedPort = await listen(probe);
  await new Promise((resolve) => probe.close(resolve));
  adminKey = (await createApiKey({ name: "ops-admin", scopes: ["admin"] })).secret;
  writeKey = (await createApiKey({ name: "executor", scopes: ["notifications:write", "notifications:read"] })).secret;
});

afterAll(async () => {
  silentSockets.forEach((socket) => socket.destroy());
  await new Promise((resolve) => silentServer.close(resolve));
  await new Promise<void>((resolve) => tlsServer.close(() => resolve()));
  await disconnectDb();
  await scratch.drop();
});

describe("saved settings", () => {
  it("uses the mail catcher until settings are saved", async () => {
    const view = await getSmtpSettings();
    expect(view).toMatchObject({ configured: false, source: "mail-catcher", password: null, password_set: false });
    expect(view.source_description).toContain("127.0.0.1:2525");
  });

  it("stores the password encrypted and reads it back masked", async () => {
    const view = await saveSmtpSettings({ settings: baseSettings({ reply_to: "ops@example.com" }) });
    expect(view).toMatchObject({ configured: true, source: "database", smtp_server: "127.0.0.1", password: "••••••••", password_set: true, use_tls: true, use_ssl: false });
    expect(JSON.stringify(view)).not.toContain(PASSWORD);

    const row = await db().smtpSettings.findFirstOrThrow();
    expect(row.passwordEncrypted).not.toBe(PASSWORD);
    expect(row.passwordEncrypted).not.toContain(PASSWORD);
    expect(decryptSecret(row.passwordEncrypted!, "smtp_settings.password")).toBe(PASSWORD);
  });

  it("keeps the saved password when none (or the mask) is sent, and clears it on null", async () => {
    await saveSmtpSettings({ settings: baseSettings({ password: undefined, from_name: "Ops" }) });
    let row = await db().smtpSettings.findFirstOrThrow();
    expect(decryptSecret(row.passwordEncrypted!, "smtp_settings.password")).toBe(PASSWORD);
    expect(row.fromName).toBe("Ops");

    await saveSmtpSettings({ settings: baseSettings({ password: "••••••••" }) });
    row = await db().smtpSettings.findFirstOrThrow();
    expect(decryptSecret(row.passwordEncrypted!, "smtp_settings.password")).toBe(PASSWORD);

    await saveSmtpSettings({ settings: baseSettings({ password: null }) });
    expect((await getSmtpSettings()).password_set).toBe(false);

    await saveSmtpSettings({ settings: baseSettings() });
    expect(await db().smtpSettings.count()).toBe(1);
  });

  it("refuses to send the saved password to a different server, port or security", async () => {
    for (const change of [{ smtp_server: "smtp.elsewhere.example" }, { smtp_port: 2525 }, { use_tls: false, use_ssl: false }]) {
      await expect(saveSmtpSettings({ settings: baseSettings({ ...change, password: undefined }) })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        fieldErrors: { password: [expect.stringContaining("enter it again")] },
      });
    }
  });

  it("puts the newest active row in force, with the right TLS options, until deactivated", async () => {
    const config = await resolveSmtpConfig();
    expect(config).toMatchObject({
      source: "database",
      description: `127.0.0.1:${tlsPort} (STARTTLS, self-signed certificates allowed) as notify`,
      from: '"Ops, Notify" <notify@example.com>',
      transport: { host: "127.0.0.1", port: tlsPort, secure: false, requireTLS: true, tls: { rejectUnauthorized: false }, auth: { user: USER, pass: PASSWORD } },
    });
    const implicit = await saveSmtpSettings({ settings: baseSettings({ use_tls: undefined, use_ssl: true, smtp_port: 465 }) });
    expect(implicit).toMatchObject({ use_tls: false, use_ssl: true });
    const changed = await resolveSmtpConfig();
    expect(changed.transport).toMatchObject({ secure: true, port: 465 });
    expect(changed.key).not.toBe(config.key);

    await saveSmtpSettings({ settings: baseSettings({ is_active: false }) });
    expect((await resolveSmtpConfig()).source).toBe("mail-catcher");
    await saveSmtpSettings({ settings: baseSettings() });
  });

  it("prefers the environment: SMTP_URL, or SMTP_HOST with its companions", () => {
    const none = { SMTP_URL: undefined, SMTP_HOST: undefined, SMTP_PORT: undefined, SMTP_USERNAME: undefined, SMTP_PASSWORD: undefined, SMTP_SECURITY: undefined, SMTP_ALLOW_SELF_SIGNED: false };
    expect(environmentSmtpServer(none)).toBeNull();
    expect(environmentSmtpServer({ ...none, SMTP_URL: "smtps://me%40x.com:p%40ss@mail.example.com" })).toEqual({
      host: "mail.example.com", port: 465, security: "tls", username: "me@x.com", password: "p@ss", allowSelfSigned: false,
    });
    expect(environmentSmtpServer({ ...none, SMTP_HOST: "relay.internal", SMTP_SECURITY: "none", SMTP_PORT: 25 })).toMatchObject({ host: "relay.internal", port: 25, security: "none" });
    expect(environmentSmtpServer({ ...none, SMTP_HOST: "relay.internal" })).toMatchObject({ port: 587, security: "auto" });
  });

  it("names the bad field for invalid input", async () => {
    for (const [overrides, field] of [
      [{ smtp_port: 0 }, "smtp_port"],
      [{ smtp_server: "smtp://mail.example.com" }, "smtp_server"],
      [{ from_email: "not-an-email" }, "from_email"],
      [{ reply_to: "nope" }, "reply_to"],
      [{ use_ssl: true }, "use_ssl"],
    ] as const) {
      await expect(saveSmtpSettings({ settings: baseSettings(overrides) })).rejects.toMatchObject({ code: "BAD_REQUEST", fieldErrors: { [field]: expect.any(Array) } });
    }
  });
});

describe("encryption key", () => {
  it("round-trips secrets bound to their context", () => {
    const sealed = encryptSecret("hunter2", "smtp_settings.password");
    expect(sealed).toMatch(/^v1:/);
    expect(decryptSecret(sealed, "smtp_settings.password")).toBe("hunter2");
    expect(() => decryptSecret(sealed, "webhook.url")).toThrow(/NOTIFY_ENCRYPTION_KEY/);
  });

  it("passes with the key the database was set up with and fails loudly with another", async () => {
    await verifyEncryptionKey();
    await verifyEncryptionKey();
    expect(await db().encryptionKeyCheck.count()).toBe(1);

    const original = process.env.NOTIFY_ENCRYPTION_KEY;
    process.env.NOTIFY_ENCRYPTION_KEY = Buffer.alloc(32, 1).toString("base64");
    vi.resetModules();
    try {
      const withOtherKey = await import("@/server/crypto/verify-encryption-key");
      await expect(withOtherKey.verifyEncryptionKey()).rejects.toThrow(/NOTIFY_ENCRYPTION_KEY is not the key this database was set up with/);
    } finally {
      process.env.NOTIFY_ENCRYPTION_KEY = original;
      vi.resetModules();
    }
  });
});

describe("test connection and test email", () => {
  const quick = { timeoutMs: 2_000 };

  it("connects, upgrades with STARTTLS and logs in", async () => {
    const result = await testSmtpConnection({ settings: baseSettings() }, quick);
    expect(result).toMatchObject({ ok: true, stage: "ok", source: "request" });
    expect(result.message).toContain("accepted the login of notify");
    expect(result.latency_ms).toBeLessThan(2_000);
  });

  it("tests the saved settings when none are given, and falls back to the saved password", async () => {
    expect(await testSmtpConnection({}, quick)).toMatchObject({ ok: true, source: "database" });
    expect(await testSmtpConnection({ settings: baseSettings({ password: undefined }) }, quick)).toMatchObject({ ok: true });
  });

  it("rejects a self-signed certificate unless allowed", async () => {
    const result = await testSmtpConnection({ settings: baseSettings({ allow_self_signed: false }) }, quick);
    expect(result).toMatchObject({ ok: false, stage: "tls" });
    expect(result.message).toMatch(/self-signed/);
  });

  it("reports implicit TLS spoken to a STARTTLS port", async () => {
    const result = await testSmtpConnection({ settings: baseSettings({ use_tls: false, use_ssl: true }) }, quick);
    expect(result).toMatchObject({ ok: false, stage: "tls" });
    expect(result.message).toMatch(/did not answer with TLS/);
  });

  it("reports a rejected login with the server's reply", async () => {
    const result = await testSmtpConnection({ settings: baseSettings({ password: "wrong" }) }, quick);
    expect(result).toMatchObject({ ok: false, stage: "auth", response_code: 535 });
    expect(result.server_reply).toContain("5.7.8 Authentication credentials invalid");
  });

  it("sends the test email, describing the server it went through", async () => {
    const result = await sendSmtpTestEmail({ settings: baseSettings(), to: "oncall@example.com", sentBy: "admin@example.com" }, quick);
    expect(result).toMatchObject({ ok: true, stage: "ok", response_code: 250 });
    expect(result.server_reply).toContain("Queued as TLS42");
    expect(result.message_id).toMatch(/^<.+>$/);
    const message = received.find((m) => m.parsed.messageId === result.message_id);
    expect(message?.to).toEqual(["oncall@example.com"]);
    expect(message?.parsed.subject).toContain("SMTP test email");
    expect(message?.parsed.from?.text).toContain("notify@example.com");
    expect(message?.parsed.text).toContain(`127.0.0.1:${tlsPort} (STARTTLS`);
  });

  it("reports a refused sender", async () => {
    const result = await sendSmtpTestEmail({ settings: baseSettings({ from_email: "blocked@example.com" }), to: "oncall@example.com", sentBy: "admin" }, quick);
    expect(result).toMatchObject({ ok: false, stage: "sender", response_code: 553 });
    expect(result.message).toContain("Sender address rejected");
  });

  it("reports a refused recipient", async () => {
    const result = await sendSmtpTestEmail({ settings: baseSettings(), to: "nobody@example.com", sentBy: "admin" }, quick);
    expect(result).toMatchObject({ ok: false, stage: "recipient", response_code: 550 });
    expect(result.server_reply).toContain("User unknown");
  });

  it("reports a refused connection", async () => {
    const result = await testSmtpConnection({ settings: baseSettings({ smtp_port: closedPort, password: "x" }) }, quick);
    expect(result).toMatchObject({ ok: false, stage: "connect" });
    expect(result.message).toMatch(/refused/);
  });

  it("reports a host name that does not resolve", async () => {
    const result = await testSmtpConnection({ settings: baseSettings({ smtp_server: "nonexistent.invalid", password: "x" }) }, quick);
    expect(result).toMatchObject({ ok: false, stage: "dns" });
    expect(result.message).toContain("nonexistent.invalid");
  });

  it("gives up on a server that never greets, within the timeout", async () => {
    const result = await testSmtpConnection({ settings: baseSettings({ smtp_port: silentPort, password: "x" }) }, { timeoutMs: 800 });
    expect(result).toMatchObject({ ok: false, stage: "timeout" });
    expect(result.message).toMatch(/no SMTP greeting/);
    expect(result.latency_ms).toBeLessThan(2_500);
  });

  it("classifies delivery errors with the same reading", async () => {
    const result = await sendSmtpTestEmail({ settings: baseSettings(), to: "nobody@example.com", sentBy: "admin" }, quick);
    expect(result.stage).toBe("recipient");
    const error = Object.assign(new Error("Can't send mail"), { code: "EENVELOPE", command: "RCPT TO", responseCode: 550, response: result.server_reply });
    expect(classifySmtpError(error)).toMatchObject({ ok: false, retryable: false, errorType: "recipient_rejected", response: expect.stringContaining("550 5.1.1") });
    expect(classifySmtpError(Object.assign(new Error("Invalid login"), { code: "EAUTH", responseCode: 535, response: "535 nope" }))).toMatchObject({ retryable: true, errorType: "auth" });
  });
});

describe("REST and tRPC", () => {
  const call = (handler: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>, key: string | null, body?: unknown) =>
    handler(
      new Request("http://test/api/v1/notification/smtp", {
        method: body === undefined ? "GET" : "POST",
        headers: { ...(key && { authorization: `Bearer ${key}` }), "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
      { params: Promise.resolve({}) },
    );

  it("requires an API key with the admin scope", async () => {
    expect((await call(settingsRoute.GET, null)).status).toBe(401);
    expect((await call(settingsRoute.GET, writeKey)).status).toBe(403);
    expect((await call(settingsRoute.POST, writeKey, baseSettings())).status).toBe(403);
    expect((await call(testRoute.POST, writeKey, {})).status).toBe(403);
  });

  it("reads masked settings with the source in force", async () => {
    const response = await call(settingsRoute.GET, adminKey);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ source: "database", smtp_server: "127.0.0.1", password: "••••••••", password_set: true, from_email: "notify@example.com" });
    expect(JSON.stringify(body)).not.toContain(PASSWORD);
  });

  it("saves, and answers 400 naming the bad field", async () => {
    const saved = await call(settingsRoute.POST, adminKey, baseSettings({ password: undefined, from_name: "Notify" }));
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ from_name: "Notify", password_set: true });

    const bad = await call(settingsRoute.POST, adminKey, baseSettings({ smtp_port: "twenty-five" }));
    expect(bad.status).toBe(400);
    const { error } = await bad.json();
    expect(error.fields).toHaveProperty("smtp_port");
    expect(error.message).toMatch(/smtp_port/);

    const broken = await settingsRoute.POST(
      new Request("http://test", { method: "POST", headers: { authorization: `Bearer ${adminKey}` }, body: "{nope" }),
      { params: Promise.resolve({}) },
    );
    expect(broken.status).toBe(400);
  });

  it("tests given settings, and sends a test email with `to`", async () => {
    const connection = await call(testRoute.POST, adminKey, { settings: baseSettings({ password: "wrong" }) });
    expect(connection.status).toBe(200);
    expect(await connection.json()).toMatchObject({ ok: false, stage: "auth", response_code: 535 });

    const email = await call(testRoute.POST, adminKey, { to: "oncall@example.com" });
    expect(await email.json()).toMatchObject({ ok: true, stage: "ok", source: "database" });

    const bad = await call(testRoute.POST, adminKey, { to: "not-an-address", settings: { smtp_server: "" } });
    expect(bad.status).toBe(400);
    const { error } = await bad.json();
    expect(Object.keys(error.fields)).toEqual(expect.arrayContaining(["to", "settings.smtp_server"]));
  });

  it("serves the same through tRPC, to admins only", async () => {
    const admin = await createUser({ email: "admin@example.com", role: "ADMIN", password: "admin-password" });
    const viewer = await createUser({ email: "viewer@example.com", role: "VIEWER", password: "viewer-password" });
    const caller = createCaller({ user: admin });
    const presets = await caller.smtpSettings.presets();
    expect(presets.map((p) => p.id)).toEqual(["gmail", "office365", "ses", "sendgrid", "mailgun", "postmark"]);
    expect(presets.find((p) => p.id === "sendgrid")).toMatchObject({ smtp_server: "smtp.sendgrid.net", username: "apikey" });
    expect(await caller.smtpSettings.testConnection({})).toMatchObject({ ok: true });
    const saved = await caller.smtpSettings.save(baseSettings({ password: undefined }));
    expect(saved.password_set).toBe(true);
    expect((await db().smtpSettings.findFirstOrThrow()).updatedById).toBe(admin.id);
    await expect(createCaller({ user: viewer }).smtpSettings.get()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
