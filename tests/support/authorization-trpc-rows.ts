import type { createCaller } from "@/server/api/root";
import type { TSessionUser } from "@/server/auth/roles";
import type { Role } from "@/server/db/client";
import type { TAuthorizationWorld } from "./authorization-world";

type TCaller = ReturnType<typeof createCaller>;

/**
 * One tRPC call and the least role that may make it; every procedure needs
 * a signed-in user. `case` tells apart the rows of one procedure whose answer
 * depends on what is reached (one's own or another user's).
 */
/** "anyone": a public procedure (reached from an emailed link), open to every caller, signed in or not. */
export type TTrpcRow = { procedure: string; case?: string; least: Role | "anyone"; call: (caller: TCaller, me: TSessionUser | null) => Promise<unknown> };

export function trpcRows(world: TAuthorizationWorld): TTrpcRow[] {
  const { other, template, bodies, eventId } = world;
  const rule = { match: { all: [] }, actions: { stop: true } };
  const row = (procedure: string, least: TTrpcRow["least"], call: TTrpcRow["call"], label?: string): TTrpcRow => ({ procedure, least, call, ...(label ? { case: label } : {}) });
  return [
    row("me", "VIEWER", (c) => c.me()),
    row("auditLog.list", "ADMIN", (c) => c.auditLog.list({})),
    row("auditLog.filterOptions", "ADMIN", (c) => c.auditLog.filterOptions()),
    row("users.manage", "ADMIN", (c) => c.users.manage()),
    row("users.invitations", "ADMIN", (c) => c.users.invitations()),
    row("users.invite", "ADMIN", (c) => c.users.invite({ email: `${world.unique("invitee")}@example.com`, role: "VIEWER" })),
    row("users.revokeInvitation", "ADMIN", async (c) => c.users.revokeInvitation({ id: await world.freshInvitation() })),
    row("users.create", "ADMIN", (c) => c.users.create({ email: `${world.unique("created")}@example.com`, role: "VIEWER" })),
    row("users.changeRole", "ADMIN", async (c) => c.users.changeRole({ id: await world.freshUser(), role: "OPERATOR" })),
    row("users.deactivate", "ADMIN", async (c) => c.users.deactivate({ id: await world.freshUser() })),
    row("users.reactivate", "ADMIN", async (c) => c.users.reactivate({ id: await world.freshUser({ deactivated: true }) })),
    row("users.sendPasswordReset", "ADMIN", async (c) => c.users.sendPasswordReset({ id: await world.freshUser() })),
    row("users.account", "VIEWER", (c) => c.users.account()),
    row("users.updateProfile", "VIEWER", (c) => c.users.updateProfile({ timezone: "Europe/Berlin" })),
    row("users.changePassword", "VIEWER", (c, me) => c.users.changePassword({ current_password: world.passwordOf(me), new_password: `${world.passwordOf(me)}-changed` })),
    row("users.apiKeys", "VIEWER", (c) => c.users.apiKeys()),
    row("users.createApiKey", "VIEWER", (c) => c.users.createApiKey({ name: world.unique("personal"), scopes: ["events:read"] })),
    row("users.revokeApiKey", "VIEWER", async (c) => c.users.revokeApiKey({ id: (await c.users.createApiKey({ name: world.unique("personal"), scopes: ["events:read"] })).id })),
    row("users.describeInvitation", "anyone", async (c) => c.users.describeInvitation({ token: await world.freshInvitationToken() })),
    row("users.acceptInvitation", "anyone", async (c) => c.users.acceptInvitation({ token: await world.freshInvitationToken(), name: "Matrix", password: "matrix-password" })),
    row("users.requestPasswordReset", "anyone", (c) => c.users.requestPasswordReset({ email: "nobody@example.com" })),
    row("users.describePasswordReset", "anyone", async (c) => c.users.describePasswordReset({ token: await world.freshResetToken() })),
    row("users.resetPassword", "anyone", async (c) => c.users.resetPassword({ token: await world.freshResetToken(), password: "matrix-password-2" })),
    row("users.list", "ADMIN", (c) => c.users.list()),
    row("health.status", "VIEWER", (c) => c.health.status()),

    row("notifications.list", "VIEWER", (c) => c.notifications.list({})),
    row("notifications.types", "VIEWER", (c) => c.notifications.types()),
    row("notifications.byId", "VIEWER", (c) => c.notifications.byId({ id: world.notification })),
    row("notifications.cancel", "OPERATOR", async (c) => c.notifications.cancel({ id: await world.freshNotification() })),
    row("events.list", "VIEWER", (c) => c.events.list({})),
    row("events.byId", "VIEWER", (c) => c.events.byId({ id: eventId })),
    row("incidents.list", "VIEWER", (c) => c.incidents.list({})),
    row("incidents.byId", "VIEWER", async (c) => c.incidents.byId({ id: await world.freshIncident() })),
    row("incidents.acknowledge", "OPERATOR", async (c) => c.incidents.acknowledge({ id: await world.freshIncident() })),
    row("incidents.resolve", "OPERATOR", async (c) => c.incidents.resolve({ id: await world.freshIncident() })),
    row("escalationPolicies.list", "ADMIN", (c) => c.escalationPolicies.list()),
    row("escalationPolicies.byId", "ADMIN", async (c) => c.escalationPolicies.byId({ id: await world.freshPolicy() })),
    row("escalationPolicies.create", "ADMIN", (c) => c.escalationPolicies.create({ name: world.unique("Created policy"), levels: [{ delay_seconds: 0, targets: [{ role: "OPERATOR" }] }] })),
    row("escalationPolicies.update", "ADMIN", async (c) => c.escalationPolicies.update({ id: await world.freshPolicy(), name: world.unique("Updated policy"), levels: [{ delay_seconds: 0, targets: [{ role: "OPERATOR" }] }] })),
    row("escalationPolicies.delete", "ADMIN", async (c) => c.escalationPolicies.delete({ id: await world.freshPolicy() })),
    row("integrations.overview", "ADMIN", (c) => c.integrations.overview()),
    row("integrations.sendSample", "ADMIN", (c) => c.integrations.sendSample({ receiver: "alertmanager" })),

    // Operators see maintenance windows (why their alerts are quiet); only admins change them.
    row("maintenanceWindows.list", "OPERATOR", (c) => c.maintenanceWindows.list({ status: "all" })),
    row("maintenanceWindows.byId", "OPERATOR", async (c) => c.maintenanceWindows.byId({ id: await world.freshMaintenanceWindow() })),
    row("maintenanceWindows.create", "ADMIN", (c) => c.maintenanceWindows.create({ name: world.unique("Created window"), weekdays: [6, 7], start_time: "22:00", end_time: "06:00", timezone: "Europe/Berlin" })),
    row("maintenanceWindows.update", "ADMIN", async (c) => c.maintenanceWindows.update({ id: await world.freshMaintenanceWindow(), critical: "hold" })),
    row("maintenanceWindows.end", "ADMIN", async (c) => c.maintenanceWindows.end({ id: await world.freshMaintenanceWindow() })),
    row("maintenanceWindows.delete", "ADMIN", async (c) => c.maintenanceWindows.delete({ id: await world.freshMaintenanceWindow() })),

    row("queue.status", "VIEWER", (c) => c.queue.status()),
    row("stats.overview", "VIEWER", (c) => c.stats.overview({ range: "24h" })),
    row("queue.requeue", "OPERATOR", async (c) => c.queue.requeue({ notification_ids: [await world.freshDeadLetter()] })),
    // The dead-letter page lists and discards in bulk; operators retry from a notification's own page.
    row("queue.deadLetters", "ADMIN", (c) => c.queue.deadLetters({})),
    row("queue.discard", "ADMIN", async (c) => c.queue.discard({ notification_ids: [await world.freshDeadLetter()] })),
    row("queue.setPaused", "ADMIN", (c) => c.queue.setPaused({ paused: false })),

    row("templates.builtIn.list", "VIEWER", (c) => c.templates.builtIn.list()),
    row("templates.builtIn.preview", "VIEWER", (c) => c.templates.builtIn.preview({ id: "job-failed" })),
    row("templates.list", "VIEWER", (c) => c.templates.list()),
    row("templates.byKey", "VIEWER", (c) => c.templates.byKey({ key: template })),
    row("templates.versions", "VIEWER", (c) => c.templates.versions({ key: template })),
    row("templates.diff", "VIEWER", (c) => c.templates.diff({ key: template, version: 2 })),
    row("templates.validate", "VIEWER", (c) => c.templates.validate({ bodies })),
    row("templates.preview", "VIEWER", (c) => c.templates.preview({ key: template, channel: "slack", event_id: eventId })),
    row("templates.variables.list", "VIEWER", (c) => c.templates.variables.list()),
    row("templates.branding.get", "VIEWER", (c) => c.templates.branding.get()),
    row("templates.create", "ADMIN", (c) => c.templates.create({ key: world.unique("authz-created"), name: "Created", bodies })),
    row("templates.update", "ADMIN", (c) => c.templates.update({ key: template, name: "Shared v3", event_types: ["job.failed"], bodies })),
    row("templates.restore", "ADMIN", (c) => c.templates.restore({ key: template, version: 1 })),
    row("templates.delete", "ADMIN", async (c) => c.templates.delete({ key: await world.freshTemplate() })),
    row("templates.sendTest", "ADMIN", (c) => c.templates.sendTest({ key: template, channel: "email", sample: "job-failed" })),
    row("templates.variables.save", "ADMIN", (c) => c.templates.variables.save({ variables: [{ key: "runbook_base", value: "https://runbooks.example.com" }] })),
    row("templates.branding.save", "ADMIN", (c) => c.templates.branding.save({ product_name: "Acme Ops", accent_color: "#0f766e" })),

    row("rules.list", "ADMIN", (c) => c.rules.list()),
    row("rules.byId", "ADMIN", (c) => c.rules.byId({ id: world.ruleId })),
    row("rules.create", "ADMIN", (c) => c.rules.create({ name: world.unique("Created rule"), ...rule })),
    row("rules.update", "ADMIN", async (c) => c.rules.update({ id: await world.freshRule(), name: world.unique("Updated rule"), ...rule })),
    row("rules.setEnabled", "ADMIN", async (c) => c.rules.setEnabled({ id: await world.freshRule(), enabled: false })),
    row("rules.delete", "ADMIN", async (c) => c.rules.delete({ id: await world.freshRule() })),
    row("rules.reorder", "ADMIN", async (c) => c.rules.reorder({ ids: (await c.rules.list()).map((one) => one.id).reverse() })),
    row("rules.test", "ADMIN", (c) => c.rules.test({ event_id: eventId, rule_id: world.ruleId })),

    row("apiKeys.list", "ADMIN", (c) => c.apiKeys.list()),
    row("apiKeys.create", "ADMIN", (c) => c.apiKeys.create({ name: world.unique("created-key"), scopes: ["notifications:read"] })),
    row("apiKeys.revoke", "ADMIN", async (c) => c.apiKeys.revoke({ name: await world.freshApiKey() })),
    row("mailCatcher.list", "ADMIN", (c) => c.mailCatcher.list({})),
    row("mailCatcher.byId", "ADMIN", async (c) => c.mailCatcher.byId({ id: await world.freshCaughtEmail() })),
    row("mailCatcher.clear", "ADMIN", (c) => c.mailCatcher.clear()),
    row("smtpSettings.get", "ADMIN", (c) => c.smtpSettings.get()),
    row("smtpSettings.presets", "ADMIN", (c) => c.smtpSettings.presets()),
    row("smtpSettings.save", "ADMIN", (c) =>
      c.smtpSettings.save({ smtp_server: "127.0.0.1", smtp_port: world.smtp.port, username: "", password: "", use_tls: false, from_email: "notify@example.com" }),
    ),
    row("smtpSettings.testConnection", "ADMIN", (c) => c.smtpSettings.testConnection({})),
    row("smtpSettings.sendTestEmail", "ADMIN", (c) => c.smtpSettings.sendTestEmail({ to: "ops@example.com" })),

    row("channels.list", "ADMIN", (c) => c.channels.list()),
    row("channels.create", "ADMIN", (c) => c.channels.create({ type: "webhook", name: world.unique("created-hook"), url: world.receiver.url("/org/created") })),
    row("channels.update", "ADMIN", (c) => c.channels.update({ id: world.slackChannelId, channel: { type: "slack", name: "ops-slack", rate_limit_per_minute: 30 } })),
    row("channels.delete", "ADMIN", async (c) => c.channels.delete({ id: await world.freshChannel() })),
    row("channels.rotateSecret", "ADMIN", (c) => c.channels.rotateSecret({ id: world.webhookChannelId, grace_period_hours: 0 })),
    row("channels.reenable", "VIEWER", async (c, me) => c.channels.reenable({ destination_key: await world.disabledDestination({ owner: me?.id ?? other.id }) }), "own personal destination"),
    row("channels.reenable", "ADMIN", async (c) => c.channels.reenable({ destination_key: await world.disabledDestination({ owner: other.id }) }), "another user's personal destination"),
    row("channels.reenable", "ADMIN", async (c) => c.channels.reenable({ destination_key: await world.disabledDestination({ channelId: world.slackChannelId }) }), "organisation channel"),

    row("channels.personal.get", "VIEWER", (c) => c.channels.personal.get()),
    row("channels.personal.save", "VIEWER", (c) => c.channels.personal.save({ slack_enabled: true })),
    row("channels.personal.rotateSecret", "VIEWER", (c) => c.channels.personal.rotateSecret({ grace_period_hours: 0 })),
    row("channels.test", "VIEWER", (c) => c.channels.test({ channel: "slack", request: { personal: true } }), "own Slack"),
    row("channels.test", "VIEWER", (c) => c.channels.test({ channel: "teams", request: { personal: true } }), "own Teams"),
    row("channels.test", "VIEWER", (c) => c.channels.test({ channel: "webhook", request: { personal: true } }), "own webhook"),
    row("channels.test", "VIEWER", (c) => c.channels.test({ channel: "webhook", request: { url: world.receiver.url("/typed-in/hook") } }), "typed-in webhook URL"),
    row("channels.test", "OPERATOR", (c) => c.channels.test({ channel: "slack", request: { channel_id: world.slackChannelId } }), "organisation Slack channel"),
    row("channels.test", "OPERATOR", (c) => c.channels.test({ channel: "sms", request: { personal: true } }), "own SMS number (paid)"),
    row("channels.test", "OPERATOR", (c) => c.channels.test({ channel: "sms", request: { to: "+14155550100" } }), "typed-in SMS number (paid)"),
    // Viewers get their own free channels tested; their SMS comes back as "not tried" (and no SMS is sent: checked for every viewer call).
    row("channels.testAll", "VIEWER", (c) => c.channels.testAll()),

    row("preferences.get", "VIEWER", (c) => c.preferences.get({}), "own"),
    row("preferences.get", "ADMIN", (c) => c.preferences.get({ user: other.id }), "another user's, by id"),
    row("preferences.get", "ADMIN", (c) => c.preferences.get({ user: other.email }), "another user's, by email"),
    row("preferences.save", "VIEWER", (c) => c.preferences.save({ input: { timezone: "Europe/Berlin" } }), "own"),
    row("preferences.save", "ADMIN", (c) => c.preferences.save({ user: other.id, input: { quiet_hours_start: "22:00", quiet_hours_end: "07:00" } }), "another user's"),
    row("preferences.save", "ADMIN", (c) => c.preferences.save({ user: other.email, input: { slack_enabled: true, slack_webhook_url: world.receiver.url(`/personal/${other.id}/slack-v2`) } }), "another user's personal channel"),
  ];
}
