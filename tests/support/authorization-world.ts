import { API_KEY_SCOPES, createApiKey, revokeApiKey, type TApiKeyScope } from "@/server/auth/api-keys";
import type { TSessionUser } from "@/server/auth/roles";
import { createUser } from "@/server/auth/users";
import { db, type Channel } from "@/server/db/client";
import { createChannel } from "@/server/destinations/create-channel";
import { savePersonalChannels } from "@/server/destinations/save-personal-channels";
import { ingestEvents } from "@/server/events/ingest-events";
import { parseEventRequest } from "@/server/events/parse-event-request";
import { createNotification } from "@/server/notifications/create-notification";
import { saveEscalationPolicy } from "@/server/incidents/escalation-policies";
import { createMaintenanceWindow } from "@/server/maintenance/maintenance-windows";
import { createRule } from "@/server/rules/save-rule";
import { saveSmtpSettings } from "@/server/smtp/save-smtp-settings";
import { createTemplate, updateTemplate } from "@/server/templates/custom/save-template";
import { createUserWithTemporaryPassword } from "@/server/users/create-user-with-temporary-password";
import { deactivateUser } from "@/server/users/deactivate-user";
import { inviteUser } from "@/server/users/invite-user";
import { newUserToken } from "@/server/users/user-token";
import { startHttpReceiver } from "./http-receiver";
import { startCaptureSmtp } from "./smtp-capture";

/**
 * One organisation for the authorization matrix: a user per role and one
 * more ("other", whose preferences and channels the others reach for), an API
 * key per scope and a revoked one, organisation channels, SMTP, a template, a
 * rule, an event and notifications. Sends land on loopback receivers. The
 * `fresh*` helpers make a throwaway row per call, so each caller that is let
 * through acts on a real row of its own.
 */
export async function seedAuthorizationWorld() {
  const receiver = await startHttpReceiver((request) =>
    request.path.includes("/Messages.json") ? { status: 201, body: JSON.stringify({ sid: "SM0001", status: "queued" }), headers: { "content-type": "application/json" } } : { status: 200, body: "ok" },
  );
  const smtp = await startCaptureSmtp();

  const [viewer, operator, admin, other] = await Promise.all([
    createUser({ email: "viewer@example.com", role: "VIEWER", password: "viewer-password" }),
    createUser({ email: "operator@example.com", role: "OPERATOR", password: "operator-password" }),
    createUser({ email: "admin@example.com", role: "ADMIN", password: "admin-password" }),
    createUser({ email: "other@example.com", role: "VIEWER", password: "other-password" }),
  ]);
  const users = { VIEWER: viewer, OPERATOR: operator, ADMIN: admin } satisfies Record<string, TSessionUser>;

  const keys = Object.fromEntries(
    await Promise.all(API_KEY_SCOPES.map(async (scope) => [scope, (await createApiKey({ name: `key-${scope}`, scopes: [scope] })).secret] as const)),
  ) as Record<TApiKeyScope, string>;
  const revokedKey = (await createApiKey({ name: "key-revoked", scopes: ["admin"] })).secret;
  await revokeApiKey("key-revoked");
  const seedKey = await createApiKey({ name: "seed", scopes: ["notifications:write"] });

  const [slackChannel, webhookChannel] = await Promise.all([
    createChannel({ type: "slack", name: "ops-slack", webhook_url: receiver.url("/org/slack") }),
    createChannel({ type: "webhook", name: "ops-hook", url: receiver.url("/org/hook") }),
    createChannel({ type: "sms", provider: "twilio", name: "ops-twilio", account_sid: `AC${"3".repeat(32)}`, auth_token: "twilio-token-authz", from: "+15005550006", base_url: receiver.url("") }),
  ]);
  await saveSmtpSettings({ settings: { smtp_server: "127.0.0.1", smtp_port: smtp.port, use_tls: false, from_email: "notify@example.com" }, updatedById: admin.id });

  // Everyone, "other" included, has each personal channel saved.
  await Promise.all(
    [viewer, operator, admin, other].map((user, index) =>
      savePersonalChannels({
        userId: user.id,
        input: {
          slack_enabled: true,
          slack_webhook_url: receiver.url(`/personal/${user.id}/slack`),
          teams_enabled: true,
          teams_webhook_url: receiver.url(`/personal/${user.id}/teams`),
          webhook_enabled: true,
          webhook_url: receiver.url(`/personal/${user.id}/hook`),
          sms_enabled: true,
          phone_number: `+4477009001${10 + index}`,
        },
      }),
    ),
  );

  const bodies = { email: { subject: "{{ event.title }}", html: "<p>{{ event.message }}</p>" }, slack: { text: "{{ event.title }} on {{ job.host }}" } };
  const template = "authz-shared";
  await createTemplate({ input: { key: template, name: "Shared", event_types: ["job.*"], bodies }, actor: "seed" });
  await updateTemplate({ key: template, input: { name: "Shared v2", event_types: ["job.failed"], bodies }, actor: "seed" });

  const rule = await createRule({ input: { name: "Shared rule", match: { all: [{ field: "type", op: "glob", value: "job.*" }] }, actions: { notify: [{ role: "ADMIN" }], channels: ["email"] } }, actorId: admin.id });
  const event = { type: "job.failed", severity: "critical", title: "Backup failed", labels: { env: "prod" } };
  const [eventId] = (await ingestEvents({ events: parseEventRequest(event, null).events, apiKeyId: seedKey.id })).ids;
  if (!eventId) throw new Error("the seed event was not stored");

  let counter = 0;
  const unique = (prefix: string) => `${prefix}-${++counter}`;
  const pendingNotification = async () =>
    (await createNotification({ input: { recipient_email: "ops@example.com", subject: unique("Pending"), body: "Report.", notification_type: "report" }, apiKeyId: seedKey.id })).notification.id;
  const notification = await pendingNotification();

  return {
    receiver,
    smtp,
    users,
    other,
    keys,
    revokedKey,
    slackChannelId: slackChannel.channel.id,
    webhookChannelId: webhookChannel.channel.id,
    template,
    bodies,
    ruleId: rule.id,
    event,
    eventId,
    notification,
    unique,
    /** Paid messages that reached the SMS provider so far. */
    smsSent: () => receiver.received.filter((request) => request.path.includes("/Messages.json")).length,
    freshNotification: pendingNotification,
    async freshDeadLetter() {
      const id = await pendingNotification();
      await db().notification.update({ where: { id }, data: { status: "DEAD", errorMessage: "HTTP 500", retryCount: 5 } });
      await db().deadLetter.create({ data: { notificationId: id, errorType: "http_5xx", errorMessage: "HTTP 500 from the gateway", retryCount: 5, lastRetryAt: new Date() } });
      return id;
    },
    async freshPolicy() {
      return (await saveEscalationPolicy({ input: { name: unique("Throwaway policy"), levels: [{ delay_seconds: 0, targets: [{ role: "ADMIN" }] }] } })).id;
    },
    /** A triggered incident (no escalation job: acknowledging or resolving it is all the rows do). */
    async freshIncident() {
      const incident = await db().incident.create({ data: { policyName: "Seeded", title: unique("Incident"), severity: "WARNING", incidentKey: unique("incident-key"), level: 1 } });
      return incident.id;
    },
    /** A one-off maintenance window active now (so it can be ended), for the calls that change or remove one. */
    async freshMaintenanceWindow() {
      const now = Date.now();
      const input = { name: unique("Throwaway window"), starts_at: new Date(now - 60_000).toISOString(), ends_at: new Date(now + 3_600_000).toISOString() };
      return (await createMaintenanceWindow({ input, actor: "seed" })).id;
    },
    async freshRule() {
      return (await createRule({ input: { name: unique("Throwaway rule"), match: { all: [] }, actions: { stop: true } }, actorId: null })).id;
    },
    async freshTemplate() {
      const key = unique("authz-throwaway");
      await createTemplate({ input: { key, name: "Throwaway", bodies }, actor: "seed" });
      return key;
    },
    async freshChannel() {
      return (await createChannel({ type: "webhook", name: unique("throwaway-hook"), url: receiver.url("/org/throwaway") })).channel.id;
    },
    async freshApiKey() {
      const name = unique("throwaway-key");
      await createApiKey({ name, scopes: ["notifications:read"] });
      return name;
    },
    /** A throwaway account to change the role or state of (deactivated when asked). */
    async freshUser(options: { deactivated?: boolean } = {}) {
      const { user } = await createUserWithTemporaryPassword({ email: `${unique("throwaway-user")}@example.com`, role: "VIEWER" });
      if (options.deactivated) await deactivateUser({ id: user.id });
      return user.id;
    },
    async freshInvitation() {
      return (await inviteUser({ input: { email: `${unique("invitee")}@example.com`, role: "VIEWER" }, invitedBy: "seed" })).invitation.id;
    },
    async freshInvitationToken() {
      const { accept_url } = await inviteUser({ input: { email: `${unique("invitee")}@example.com`, role: "VIEWER" }, invitedBy: "seed" });
      return accept_url.split("/").at(-1) ?? "";
    },
    /** A reset link of a throwaway account: the token, its hash stored as the app stores it. */
    async freshResetToken() {
      const { user } = await createUserWithTemporaryPassword({ email: `${unique("resetting")}@example.com`, role: "VIEWER" });
      const { token, tokenHash } = newUserToken();
      await db().passwordReset.create({ data: { userId: user.id, tokenHash, requestedBy: "seed", expiresAt: new Date(Date.now() + 3_600_000) } });
      return token;
    },
    passwordOf: (user: TSessionUser | null) => PASSWORDS[user?.email ?? ""] ?? "",
    async freshCaughtEmail() {
      const row = await db().caughtEmail.create({ data: { mailFrom: "notify@example.com", rcptTo: ["ops@example.com"], subject: "Caught", html: "<p>Hi</p>", text: "Hi", headers: {}, raw: "Subject: Caught\r\n\r\nHi" } });
      return row.id;
    },
    /** A destination the breaker disabled: a user's personal Slack (`owner`) or an organisation channel (`channelId`). */
    async disabledDestination(target: { owner: number } | { channelId: number }) {
      const destinationKey = "owner" in target ? `slack:user:${target.owner}` : `slack:channel:${target.channelId}`;
      const state = { disabledAt: new Date(), disabledReason: "HTTP 404", consecutiveFailures: 3 };
      const channel: Channel = "SLACK";
      await db().destinationState.upsert({
        where: { destinationKey },
        create: { destinationKey, channel, label: destinationKey, ...("owner" in target ? { ownerUserId: target.owner } : { channelId: target.channelId }), ...state },
        update: state,
      });
      return destinationKey;
    },
    /** A worker that beat just now, so health answers 200 rather than 503 for want of one. */
    async workerBeat() {
      const beat = { hostname: "worker-host", pid: 4242, lastSeenAt: new Date() };
      await db().workerHeartbeat.upsert({ where: { workerId: "worker-1" }, create: { workerId: "worker-1", ...beat }, update: beat });
    },
    stop: () => Promise.all([receiver.stop(), smtp.stop()]),
  };
}

const PASSWORDS: Record<string, string> = { "viewer@example.com": "viewer-password", "operator@example.com": "operator-password", "admin@example.com": "admin-password", "other@example.com": "other-password" };

export type TAuthorizationWorld = Awaited<ReturnType<typeof seedAuthorizationWorld>>;
