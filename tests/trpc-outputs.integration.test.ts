import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";
import { startHttpReceiver } from "./support/http-receiver";
import { startCaptureSmtp } from "./support/smtp-capture";

// Every tRPC procedure, called as an admin on a database holding one of
// everything, must answer a DTO: no encrypted column, hash, stored secret or
// Prisma-only field reaches the browser. Test sends go to loopback receivers.
process.env.NOTIFY_ALLOW_PRIVATE_DESTINATIONS = "true";
const scratch = await createScratchDatabase();
process.env.DATABASE_URL = scratch.url;

const { appRouter, createCaller } = await import("@/server/api/root");
const { createApiKey } = await import("@/server/auth/api-keys");
const { createUser } = await import("@/server/auth/users");
const { db, disconnectDb } = await import("@/server/db/client");
const { createChannel } = await import("@/server/destinations/create-channel");
const { savePersonalChannels } = await import("@/server/destinations/save-personal-channels");
const { ingestEvents } = await import("@/server/events/ingest-events");
const { parseEventRequest } = await import("@/server/events/parse-event-request");
const { createNotification } = await import("@/server/notifications/create-notification");
const { savePreferences } = await import("@/server/preferences/save-preferences");
const { createRule } = await import("@/server/rules/save-rule");
const { saveSmtpSettings } = await import("@/server/smtp/save-smtp-settings");

type TCaller = ReturnType<typeof createCaller>;

// Plaintext secrets, each recognisable on its own.
const SECRETS = {
  slackPath: "orgSlackSecretPart7f3a",
  teamsSig: "orgTeamsSecretSig91b2",
  webhookPath: "orgHookSecretPath55c1",
  webhookHeader: "orgHookHeaderValue0d9e",
  twilioToken: "twilioAuthToken4e6f8a",
  smsGatewayPath: "smsGatewaySecret2b7c",
  smsBearer: "smsBearerToken3c5d7e",
  smtpPassword: "smtpPassword9q8w7e6r",
  personalSlack: "personalSlackSecret11aa",
  personalTeams: "personalTeamsSecret22bb",
  personalWebhook: "personalHookSecret33cc",
  personalPhone: "+447700900777",
  adhocSlack: "adhocSlackSecret44dd",
  adhocPhone: "+14155550199",
};
const TWILIO_SID = `AC${"2".repeat(32)}`;

const receiver = await startHttpReceiver((request) =>
  request.path.includes("/Messages.json") ? { status: 201, body: JSON.stringify({ sid: "SM0001", status: "queued" }), headers: { "content-type": "application/json" } } : { status: 200, body: "ok" },
);
const smtp = await startCaptureSmtp({ allowInsecureAuth: true, onAuth: (auth, _session, callback) => callback(null, { user: auth.username }) });

const { newUserToken } = await import("@/server/users/user-token");
const admin = await createUser({ email: "admin@example.com", role: "ADMIN", password: "admin-password" });
const apiKey = await createApiKey({ name: "executor", scopes: ["notifications:write", "events:write"] });

const [slackChannel, , webhookChannel] = await Promise.all([
  createChannel({ type: "slack", name: "ops-slack", webhook_url: receiver.url(`/services/T0/B0/${SECRETS.slackPath}`) }),
  createChannel({ type: "teams", name: "ops-teams", webhook_url: receiver.url(`/workflows/abc/triggers/manual/paths/invoke?sig=${SECRETS.teamsSig}`) }),
  createChannel({ type: "webhook", name: "ops-hook", url: receiver.url(`/hooks/${SECRETS.webhookPath}`), headers: { "X-Api-Key": SECRETS.webhookHeader } }),
  createChannel({ type: "sms", provider: "twilio", name: "ops-twilio", account_sid: TWILIO_SID, auth_token: SECRETS.twilioToken, from: "+15005550006", base_url: receiver.url(""), to: "+447700900123" }),
  createChannel({ type: "sms", provider: "http", name: "ops-gateway", url: receiver.url(`/sms/${SECRETS.smsGatewayPath}`), bearer_token: SECRETS.smsBearer }),
]);

await saveSmtpSettings({
  settings: { smtp_server: "127.0.0.1", smtp_port: smtp.port, username: "mailer", password: SECRETS.smtpPassword, use_tls: false, from_email: "notify@example.com" },
  updatedById: admin.id,
});

const personal = await savePersonalChannels({
  userId: admin.id,
  input: {
    slack_enabled: true,
    slack_webhook_url: receiver.url(`/services/T1/B1/${SECRETS.personalSlack}`),
    teams_enabled: true,
    teams_webhook_url: receiver.url(`/workflows/mine/triggers/manual/paths/invoke?sig=${SECRETS.personalTeams}`),
    webhook_enabled: true,
    webhook_url: receiver.url(`/mine/${SECRETS.personalWebhook}`),
    sms_enabled: true,
    phone_number: SECRETS.personalPhone,
  },
});
await savePreferences({ user: admin.id, input: { quiet_hours_start: "22:00", quiet_hours_end: "07:00", timezone: "Europe/Berlin", subscriptions: [{ pattern: "job.*", min_severity: "warning", channels: ["email", "slack"] }] } });

const { notification } = await createNotification({
  input: { channel: "slack", destination: receiver.url(`/services/T2/B2/${SECRETS.adhocSlack}`), subject: "Deploy finished", body: "All green.", notification_type: "job_completed", metadata: { host: "web-1" } },
  apiKeyId: apiKey.id,
  idempotencyKey: "deploy-42",
  attachments: [{ field: "attachments[0]", filename: "deploy.log", content: Buffer.from("step 1 ok\nstep 2 ok\n") }],
});
await db().deliveryAttempt.create({ data: { notificationId: notification.id, attemptNumber: 1, finishedAt: new Date(), outcome: "TRANSIENT_FAILURE", response: "HTTP 503", errorType: "http_5xx", durationMs: 120 } });
const sms = await createNotification({ input: { channel: "sms", destination: SECRETS.adhocPhone, subject: "Disk full", body: "Disk full on db-1.", notification_type: "alert" }, apiKeyId: apiKey.id, idempotencyKey: "disk-1" });
const toCancel = await createNotification({ input: { recipient_email: "ops@example.com", subject: "Nightly report", body: "Report.", notification_type: "report" } });

/** Two dead letters: one to requeue, one to discard. */
async function deadNotification(subject: string): Promise<number> {
  const created = await createNotification({ input: { channel: "sms", destination: SECRETS.adhocPhone, subject, body: "Failed.", notification_type: "alert" }, apiKeyId: apiKey.id, idempotencyKey: subject });
  const id = created.notification.id;
  await db().notification.update({ where: { id }, data: { status: "DEAD", errorMessage: "HTTP 500", retryCount: 5 } });
  await db().deadLetter.create({ data: { notificationId: id, errorType: "http_5xx", errorMessage: "HTTP 500 from the gateway", retryCount: 5, lastRetryAt: new Date() } });
  return id;
}
const deadToRequeue = await deadNotification("dead-1");
const deadToDiscard = await deadNotification("dead-2");

const rule = await createRule({ input: { name: "Failures to admins", match: { all: [{ field: "type", op: "glob", value: "job.*" }] }, actions: { notify: [{ role: "ADMIN" }], channels: ["email"] } }, actorId: admin.id });
const { ids: eventIds } = await ingestEvents({
  events: parseEventRequest({ type: "job.failed", severity: "critical", title: "Backup failed", labels: { env: "prod" }, recipients: [{ email: "admin@example.com" }], idempotency_key: "backup-7" }, null).events,
  apiKeyId: apiKey.id,
});
const eventId = eventIds[0]!;
await db().routingDecision.create({ data: { eventId, notificationId: notification.id, userId: admin.id, recipient: admin.email, channel: "EMAIL", outcome: "NOTIFIED", reason: "Rule matched", ruleId: rule.id } });

const caught = await db().caughtEmail.create({
  data: { mailFrom: "notify@example.com", rcptTo: ["ops@example.com"], subject: "Caught", messageId: "<m1@example.com>", html: "<p>Hi</p>", text: "Hi", headers: { subject: "Caught" }, raw: "Subject: Caught\r\n\r\nHi" },
});
await db().transportCircuit.create({ data: { transportKey: notification.destinationKey!, nextProbeAt: new Date(Date.now() + 60_000), lastError: "HTTP 503 from the receiver" } });
await db().workerHeartbeat.create({ data: { workerId: "worker-1", hostname: "worker-host", pid: 4242, graphileWorkerIds: ["graphile-1"] } });
const destinationKey = `slack:channel:${slackChannel.channel.id}`;
await db().destinationState.create({ data: { destinationKey, channel: "SLACK", label: 'Slack channel "ops-slack"', channelId: slackChannel.channel.id, consecutiveFailures: 3, disabledAt: new Date(), disabledReason: "HTTP 404" } });

afterAll(async () => {
  await Promise.all([receiver.stop(), smtp.stop()]);
  await disconnectDb();
  await scratch.drop();
});

/** Whatever the database holds sealed or hashed: none of it may be answered, whatever the field is called. */
async function storedSecrets(): Promise<string[]> {
  const [notifications, channels, smtpRows, preferences, keys, events, users] = await Promise.all([
    db().notification.findMany({ select: { destinationEncrypted: true, requestHash: true } }),
    db().notificationChannel.findMany({ select: { configEncrypted: true } }),
    db().smtpSettings.findMany({ select: { passwordEncrypted: true } }),
    db().userNotificationPreferences.findMany({ select: { slackWebhookUrl: true, teamsWebhookUrl: true, customWebhookUrl: true, customWebhookSecret: true, phoneNumber: true } }),
    db().apiKey.findMany({ select: { secretHash: true } }),
    db().event.findMany({ select: { requestHash: true } }),
    db().user.findMany({ select: { passwordHash: true } }),
  ]);
  return [
    ...notifications.flatMap((row) => [row.destinationEncrypted, row.requestHash]),
    ...channels.map((row) => row.configEncrypted),
    ...smtpRows.map((row) => row.passwordEncrypted),
    ...preferences.flatMap((row) => Object.values(row)),
    ...keys.map((row) => row.secretHash),
    ...events.map((row) => row.requestHash),
    ...users.map((row) => row.passwordHash),
  ].filter((value): value is string => typeof value === "string" && value.length > 0);
}

const PRISMA_ONLY_FIELDS = new Set(["destinationEncrypted", "configEncrypted", "passwordEncrypted", "passwordHash", "secretHash", "idempotencyKey", "requestHash"]);
const SECRET_NAMED = /encrypted|hash|secret|password|token/i;
/** Names that describe a secret rather than hold one: help text and the end of a rotation's grace period. */
const DESCRIBES_A_SECRET = /_hint$|_expires_at$/;
/** A mask always shows bullets ("••••••••abcd", "whsec_••••••••Ab1="). */
const isMasked = (value: string) => value === "" || value.includes("•");

/** The answers made to carry a secret once: a new API key, a new or rotated signing secret. */
const ONE_TIME_SECRETS: Record<string, string[]> = {
  "apiKeys.create": ["secret"],
  "channels.create": ["signing_secret"],
  "channels.rotateSecret": ["signing_secret"],
  "channels.personal.save": ["signing_secret"],
  "channels.personal.rotateSecret": ["signing_secret"],
  "preferences.save": ["custom_webhook_signing_secret"],
  "users.create": ["temporary_password"],
  "users.createApiKey": ["secret"],
};

/** An audit diff of a secret field: `{from, to}`, each masked or null. */
const isMaskedChange = (value: unknown) =>
  value !== null && typeof value === "object" && !Array.isArray(value) && Object.values(value).every((side) => side === null || (typeof side === "string" && isMasked(side)));

/** Every problem in one output, as "path: why". */
function leaksIn(procedure: string, output: unknown, forbiddenValues: string[]): string[] {
  const problems: string[] = [];
  const json = output === undefined ? "null" : JSON.stringify(output);
  for (const value of forbiddenValues) if (json.includes(value)) problems.push(`contains the stored or plaintext secret "${value.slice(0, 24)}…"`);
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) return value.forEach((item, index) => walk(item, `${path}[${index}]`));
    if (value === null || typeof value !== "object") return;
    for (const [key, inner] of Object.entries(value)) {
      const at = `${path}.${key}`;
      if (PRISMA_ONLY_FIELDS.has(key)) problems.push(`${at}: Prisma-only field`);
      const oneTime = ONE_TIME_SECRETS[procedure]?.includes(key) && path === "$";
      if (SECRET_NAMED.test(key) && !DESCRIBES_A_SECRET.test(key) && !oneTime) {
        if (typeof inner === "string" ? !isMasked(inner) : inner !== null && typeof inner !== "boolean" && !isMaskedChange(inner)) problems.push(`${at}: secret-named field with an unmasked value`);
      }
      walk(inner, at);
    }
  };
  walk(JSON.parse(json), "$");
  return problems;
}

/**
 * One call per procedure, in this order: reads first, then mutations on
 * throwaway rows. A procedure added to the router without a line here fails
 * the first test.
 */
const TEMPLATE_BODIES = {
  email: { subject: "{{ event.title }}", html: "<p>{{ event.message }} — <a href=\"{{ custom.runbook_base }}/{{ job.name }}\">runbook</a></p>" },
  slack: { text: "{{ event.title }} on {{ job.host }}" },
};
const created: { channelId?: number; ruleId?: number; policyId?: number; incidentId?: number; windowId?: number } = {};
const CALLS: [string, (caller: TCaller) => Promise<unknown>][] = [
  ["me", (c) => c.me()],
  ["users.list", (c) => c.users.list()],
  ["auditLog.list", (c) => c.auditLog.list({})],
  ["auditLog.filterOptions", (c) => c.auditLog.filterOptions()],
  ["users.manage", (c) => c.users.manage()],
  ["users.invitations", (c) => c.users.invitations()],
  ["users.invite", (c) => c.users.invite({ email: "outputs-invitee@example.com", role: "VIEWER" })],
  ["users.describeInvitation", (c) => c.users.describeInvitation({ token: "not-a-token" })],
  [
    "users.acceptInvitation",
    async (c) => {
      const { accept_url } = await c.users.invite({ email: "outputs-acceptor@example.com", role: "VIEWER" });
      return c.users.acceptInvitation({ token: accept_url.split("/").at(-1) ?? "", name: "Acceptor", password: "acceptor-password" });
    },
  ],
  ["users.revokeInvitation", async (c) => c.users.revokeInvitation({ id: (await c.users.invite({ email: "outputs-withdrawn@example.com", role: "VIEWER" })).invitation.id })],
  ["users.create", (c) => c.users.create({ email: "outputs-temp@example.com", role: "VIEWER" })],
  ["users.changeRole", async (c) => c.users.changeRole({ id: (await c.users.create({ email: "outputs-role@example.com", role: "VIEWER" })).user.id, role: "OPERATOR" })],
  ["users.deactivate", async (c) => c.users.deactivate({ id: (await c.users.create({ email: "outputs-off@example.com", role: "VIEWER" })).user.id })],
  [
    "users.reactivate",
    async (c) => {
      const { user } = await c.users.create({ email: "outputs-on@example.com", role: "VIEWER" });
      await c.users.deactivate({ id: user.id });
      return c.users.reactivate({ id: user.id });
    },
  ],
  ["users.sendPasswordReset", async (c) => c.users.sendPasswordReset({ id: (await c.users.create({ email: "outputs-reset@example.com", role: "VIEWER" })).user.id })],
  ["users.account", (c) => c.users.account()],
  ["users.updateProfile", (c) => c.users.updateProfile({ name: "Outputs Admin", timezone: "Europe/Berlin" })],
  ["users.apiKeys", (c) => c.users.apiKeys()],
  ["users.createApiKey", (c) => c.users.createApiKey({ name: "outputs-personal", scopes: ["events:read"] })],
  ["users.revokeApiKey", async (c) => c.users.revokeApiKey({ id: (await c.users.createApiKey({ name: "outputs-personal-2", scopes: ["events:read"] })).id })],
  ["users.requestPasswordReset", (c) => c.users.requestPasswordReset({ email: "nobody@example.com" })],
  ["users.describePasswordReset", (c) => c.users.describePasswordReset({ token: "not-a-token" })],
  [
    "users.resetPassword",
    async (c) => {
      const { user } = await c.users.create({ email: "outputs-resetting@example.com", role: "VIEWER" });
      const { token, tokenHash } = newUserToken();
      await db().passwordReset.create({ data: { userId: user.id, tokenHash, requestedBy: "seed", expiresAt: new Date(Date.now() + 3_600_000) } });
      return c.users.resetPassword({ token, password: "reset-password-99" });
    },
  ],
  ["notifications.list", (c) => c.notifications.list({})],
  ["notifications.types", (c) => c.notifications.types()],
  ["notifications.byId", (c) => c.notifications.byId({ id: notification.id })],
  ["mailCatcher.list", (c) => c.mailCatcher.list({})],
  ["mailCatcher.byId", (c) => c.mailCatcher.byId({ id: caught.id })],
  ["apiKeys.list", (c) => c.apiKeys.list()],
  ["apiKeys.create", (c) => c.apiKeys.create({ name: "throwaway", scopes: ["notifications:read"] })],
  ["health.status", (c) => c.health.status()],
  ["queue.status", (c) => c.queue.status()],
  ["stats.overview", (c) => c.stats.overview({ range: "7d" })],
  ["queue.deadLetters", (c) => c.queue.deadLetters({})],
  ["queue.setPaused", (c) => c.queue.setPaused({ paused: false })],
  ["queue.requeue", (c) => c.queue.requeue({ notification_ids: [deadToRequeue] })],
  ["queue.discard", (c) => c.queue.discard({ notification_ids: [deadToDiscard] })],
  ["escalationPolicies.create", async (c) => (created.policyId = (await c.escalationPolicies.create({ name: "Outputs policy", levels: [{ delay_seconds: 0, targets: [{ role: "ADMIN" }] }] })).id)],
  ["escalationPolicies.list", (c) => c.escalationPolicies.list()],
  ["escalationPolicies.byId", (c) => c.escalationPolicies.byId({ id: created.policyId! })],
  ["integrations.sendSample", (c) => c.integrations.sendSample({ receiver: "grafana" })],
  ["integrations.overview", (c) => c.integrations.overview()],
  ["escalationPolicies.update", (c) => c.escalationPolicies.update({ id: created.policyId!, name: "Outputs policy 2", levels: [{ delay_seconds: 0, targets: [{ role: "ADMIN" }] }] })],
  ["incidents.list", async (c) => {
    created.incidentId = (await db().incident.create({ data: { policyId: created.policyId!, policyName: "Outputs policy", title: "Outputs incident", severity: "CRITICAL", incidentKey: "outputs", level: 1 } })).id;
    return c.incidents.list({});
  }],
  ["incidents.byId", (c) => c.incidents.byId({ id: created.incidentId! })],
  ["incidents.acknowledge", (c) => c.incidents.acknowledge({ id: created.incidentId! })],
  ["incidents.resolve", (c) => c.incidents.resolve({ id: created.incidentId! })],
  ["escalationPolicies.delete", (c) => c.escalationPolicies.delete({ id: created.policyId! })],
  [
    "maintenanceWindows.create",
    async (c) => {
      const window = await c.maintenanceWindows.create({ name: "Outputs window", starts_at: new Date(Date.now() - 60_000).toISOString(), ends_at: new Date(Date.now() + 3_600_000).toISOString(), labels: { env: "prod" } });
      created.windowId = window.id;
      return window;
    },
  ],
  ["maintenanceWindows.list", (c) => c.maintenanceWindows.list({ status: "all" })],
  ["maintenanceWindows.byId", (c) => c.maintenanceWindows.byId({ id: created.windowId! })],
  ["maintenanceWindows.update", (c) => c.maintenanceWindows.update({ id: created.windowId!, critical: "hold" })],
  ["maintenanceWindows.end", (c) => c.maintenanceWindows.end({ id: created.windowId! })],
  ["maintenanceWindows.delete", (c) => c.maintenanceWindows.delete({ id: created.windowId! })],
  ["templates.builtIn.list", (c) => c.templates.builtIn.list()],
  ["templates.builtIn.preview", (c) => c.templates.builtIn.preview({ id: "job-failed" })],
  ["templates.variables.save", (c) => c.templates.variables.save({ variables: [{ key: "runbook_base", value: "https://runbooks.example.com" }] })],
  ["templates.variables.list", (c) => c.templates.variables.list()],
  ["templates.create", (c) => c.templates.create({ key: "outputs-test", name: "Outputs", event_types: ["job.*"], bodies: TEMPLATE_BODIES })],
  ["templates.list", (c) => c.templates.list()],
  ["templates.byKey", (c) => c.templates.byKey({ key: "outputs-test" })],
  ["templates.update", (c) => c.templates.update({ key: "outputs-test", name: "Outputs v2", event_types: ["job.failed"], bodies: TEMPLATE_BODIES })],
  ["templates.versions", (c) => c.templates.versions({ key: "outputs-test" })],
  ["templates.diff", (c) => c.templates.diff({ key: "outputs-test", version: 2 })],
  ["templates.restore", (c) => c.templates.restore({ key: "outputs-test", version: 1 })],
  ["templates.validate", (c) => c.templates.validate({ bodies: TEMPLATE_BODIES })],
  ["templates.preview", (c) => c.templates.preview({ key: "outputs-test", channel: "slack", event_id: eventId })],
  ["templates.sendTest", (c) => c.templates.sendTest({ key: "outputs-test", channel: "email", sample: "job-failed" })],
  ["templates.branding.get", (c) => c.templates.branding.get()],
  ["templates.branding.save", (c) => c.templates.branding.save({ product_name: "Acme Ops", accent_color: "#0f766e" })],
  ["smtpSettings.get", (c) => c.smtpSettings.get()],
  ["smtpSettings.presets", (c) => c.smtpSettings.presets()],
  [
    "smtpSettings.save",
    (c) => c.smtpSettings.save({ smtp_server: "127.0.0.1", smtp_port: smtp.port, username: "mailer", password: "", use_tls: false, from_email: "notify@example.com" }),
  ],
  ["smtpSettings.testConnection", (c) => c.smtpSettings.testConnection({})],
  ["smtpSettings.sendTestEmail", (c) => c.smtpSettings.sendTestEmail({ to: "ops@example.com" })],
  ["channels.list", (c) => c.channels.list()],
  [
    "channels.create",
    async (c) => {
      const result = await c.channels.create({ type: "webhook", name: "throwaway-hook", url: receiver.url("/throwaway") });
      created.channelId = result.channel.id;
      return result;
    },
  ],
  ["channels.update", (c) => c.channels.update({ id: slackChannel.channel.id, channel: { type: "slack", name: "ops-slack", rate_limit_per_minute: 30 } })],
  ["channels.rotateSecret", (c) => c.channels.rotateSecret({ id: webhookChannel.channel.id })],
  ["channels.reenable", (c) => c.channels.reenable({ destination_key: destinationKey })],
  ["channels.personal.get", (c) => c.channels.personal.get()],
  ["channels.personal.save", (c) => c.channels.personal.save({ slack_enabled: true })],
  ["channels.personal.rotateSecret", (c) => c.channels.personal.rotateSecret({})],
  ["channels.test", (c) => c.channels.test({ channel: "slack", request: { channel_id: slackChannel.channel.id } })],
  ["channels.testAll", (c) => c.channels.testAll()],
  ["channels.delete", (c) => c.channels.delete({ id: created.channelId! })],
  ["events.list", (c) => c.events.list({})],
  ["events.byId", (c) => c.events.byId({ id: eventId })],
  ["preferences.get", (c) => c.preferences.get({})],
  ["preferences.save", (c) => c.preferences.save({ input: { dnd_until: null } })],
  ["rules.list", (c) => c.rules.list()],
  ["rules.byId", (c) => c.rules.byId({ id: rule.id })],
  [
    "rules.create",
    async (c) => {
      const result = await c.rules.create({ name: "Throwaway", match: { all: [] }, actions: { stop: true } });
      created.ruleId = result.id;
      return result;
    },
  ],
  ["rules.update", (c) => c.rules.update({ id: created.ruleId!, name: "Throwaway", match: { all: [] }, actions: { stop: true } })],
  ["rules.setEnabled", (c) => c.rules.setEnabled({ id: created.ruleId!, enabled: false })],
  ["rules.reorder", (c) => c.rules.reorder({ ids: [created.ruleId!, rule.id] })],
  ["rules.test", (c) => c.rules.test({ event_id: eventId, rule_id: rule.id })],
  ["rules.delete", (c) => c.rules.delete({ id: created.ruleId! })],
  ["templates.delete", (c) => c.templates.delete({ key: "outputs-test" })],
  ["notifications.cancel", (c) => c.notifications.cancel({ id: toCancel.notification.id })],
  ["mailCatcher.clear", (c) => c.mailCatcher.clear()],
  ["apiKeys.revoke", (c) => c.apiKeys.revoke({ name: "throwaway" })],
  // Last: it ends the admin's older sessions.
  ["users.changePassword", (c) => c.users.changePassword({ current_password: "admin-password", new_password: "admin-password-changed" })],
];

describe("tRPC outputs", () => {
  it("lists every procedure of the router", () => {
    const procedures = Object.keys(appRouter._def.procedures as Record<string, unknown>).sort();
    expect(CALLS.map(([path]) => path).sort()).toEqual(procedures);
  });

  it("never answer encrypted fields, hashes, stored secrets or Prisma-only fields", async () => {
    const caller = createCaller({ user: admin });
    const plaintext = [
      ...Object.values(SECRETS),
      // An E.164 number shown whole is a leak even without its plus sign.
      SECRETS.personalPhone.slice(1),
      SECRETS.adhocPhone.slice(1),
      apiKey.secret,
      createHash("sha256").update(apiKey.secret).digest("hex"),
      webhookChannel.signing_secret ?? "-",
      personal.signing_secret ?? "-",
    ];
    const problems: string[] = [];
    for (const [path, call] of CALLS) {
      const output = await call(caller).catch((error: unknown) => {
        throw new Error(`${path} failed: ${error instanceof Error ? error.message : String(error)}`);
      });
      // Read after each call: mutations (rotations, saves) seal new values.
      const forbidden = [...plaintext, ...(await storedSecrets())];
      problems.push(...leaksIn(path, output, forbidden).map((problem) => `${path}: ${problem}`));
    }
    expect(problems).toEqual([]);
    // The seed reached the procedures that must show it (masked), so a vacuous pass is ruled out.
    expect(await caller.notifications.byId({ id: notification.id })).toMatchObject({ attachments: [{ filename: "deploy.log" }], attempts: [{ attempt_number: 1 }], decisions: [{ rule_id: rule.id }] });
    expect((await caller.channels.personal.get()).sms.phone_number).toBe("+44•••••0777");
    expect((await caller.smtpSettings.get()).password).toBe("••••••••");
    expect((await caller.queue.status()).open_circuits).toHaveLength(1);
    expect(sms.notification.destinationEncrypted).toMatch(/^v1:/);
  });
});
