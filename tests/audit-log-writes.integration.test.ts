import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";

// Every kind of change leaves one audit entry, written by the change's own
// transaction: who (from the request's context), what, on which target,
// the diff with secrets masked, and from where.
const scratch = await createScratchDatabase();
process.env.DATABASE_URL = scratch.url;

const { db, disconnectDb } = await import("@/server/db/client");
const { withAuditContext } = await import("@/server/audit/audit-context");
const { createUser } = await import("@/server/auth/users");
const { createApiKey, revokeApiKey } = await import("@/server/auth/api-keys");
const { saveSmtpSettings } = await import("@/server/smtp/save-smtp-settings");
const { createChannel } = await import("@/server/destinations/create-channel");
const { updateChannel } = await import("@/server/destinations/update-channel");
const { deleteChannel } = await import("@/server/destinations/delete-channel");
const { savePreferences } = await import("@/server/preferences/save-preferences");
const { createRule, updateRule } = await import("@/server/rules/save-rule");
const { setRuleEnabled } = await import("@/server/rules/set-rule-enabled");
const { deleteRule } = await import("@/server/rules/delete-rule");
const { createTemplate, updateTemplate } = await import("@/server/templates/custom/save-template");
const { deleteTemplate } = await import("@/server/templates/custom/template-queries");
const { saveEscalationPolicy, deleteEscalationPolicy } = await import("@/server/incidents/escalation-policies");
const { createMaintenanceWindow, endMaintenanceWindow } = await import("@/server/maintenance/maintenance-windows");
const { setDeliveryPaused } = await import("@/server/delivery/worker-control");
const { createNotification } = await import("@/server/notifications/create-notification");
const { cancelNotification } = await import("@/server/notifications/cancel-notification");
const { requeueNotifications } = await import("@/server/dead-letters/requeue-notifications");
const { discardDeadLetters } = await import("@/server/dead-letters/discard-dead-letters");
const { acknowledgeIncident } = await import("@/server/incidents/close-incident");

const admin = await createUser({ email: "audit-admin@example.com", role: "ADMIN", password: "audit-admin-pw-1" });
const asAdmin = <T>(run: () => Promise<T>) => withAuditContext({ actor: { type: "user", id: admin.id, label: admin.email }, clientAddress: "203.0.113.7" }, run);

afterAll(async () => {
  await disconnectDb();
  await scratch.drop();
});

/** The entries the change wrote: everything newer than the last one seen. */
let seen = 0;
async function entriesOf(change: () => Promise<unknown>) {
  await asAdmin(change);
  const entries = await db().auditLogEntry.findMany({ where: { id: { gt: seen } }, orderBy: { id: "asc" } });
  seen = entries.at(-1)?.id ?? seen;
  return entries;
}
const actions = (entries: { action: string }[]) => entries.map((entry) => entry.action);

describe("audit log writes", () => {
  it("records the actor and client address of the request, and masks the SMTP password", async () => {
    const created = await entriesOf(() => saveSmtpSettings({ settings: { smtp_server: "smtp.example.com", smtp_port: 587, username: "notify", password: "first-password", from_email: "notify@example.com" } }));
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ action: "smtp_settings.created", actorType: "user", actorId: admin.id, actorLabel: admin.email, clientAddress: "203.0.113.7", targetType: "smtp_settings" });
    expect(created[0]?.diff).toMatchObject({ smtp_server: { to: "smtp.example.com" }, password: { to: "••••" } });

    const changed = await entriesOf(() => saveSmtpSettings({ settings: { smtp_server: "smtp.example.com", smtp_port: 2525, username: "notify", password: "second-password", from_email: "notify@example.com" } }));
    expect(changed[0]?.diff).toEqual({ smtp_port: { from: 587, to: 2525 }, password: { from: "••••", to: "••••" } });
    expect(JSON.stringify(changed)).not.toMatch(/first-password|second-password/);
  });

  it("records organisation channels created, changed and deleted, never their URL", async () => {
    const url = "https://hooks.slack.com/services/T000/B000/very-secret-token";
    const [created] = await entriesOf(() => createChannel({ type: "slack", name: "ops-slack", webhook_url: url }));
    expect(created).toMatchObject({ action: "channel.created", targetType: "channel", targetLabel: "ops-slack" });
    const id = Number(created?.targetId);
    const [renamed] = await entriesOf(() => updateChannel({ id, channel: { type: "slack", name: "ops-alerts" } }));
    // Only the name changed: the kept URL is not reported as a change.
    expect(renamed?.diff).toEqual({ name: { from: "ops-slack", to: "ops-alerts" } });
    const [deleted] = await entriesOf(() => deleteChannel(id));
    expect(deleted).toMatchObject({ action: "channel.deleted", targetLabel: "ops-alerts" });
    expect(deleted?.diff).toMatchObject({ configuration: { from: "••••" } });
    expect(JSON.stringify([created, renamed, deleted])).not.toContain("very-secret-token");
  });

  it("records a user's preferences with the fields that changed", async () => {
    const [entry] = await entriesOf(() => savePreferences({ user: admin.email, input: { timezone: "Europe/Berlin", quiet_hours_start: "22:00", quiet_hours_end: "07:00", slack_webhook_url: "https://hooks.slack.com/services/T1/B1/mine" } }));
    expect(entry).toMatchObject({ action: "preferences.updated", targetType: "user_preferences", targetId: String(admin.id), targetLabel: admin.email });
    expect(entry?.diff).toMatchObject({ timezone: { to: "Europe/Berlin" }, quiet_hours_start: { to: "22:00" }, slack_webhook_url: { to: "••••" } });
  });

  it("records rules created, changed, switched off and deleted", async () => {
    const input = { name: "Failures to ops", match: { all: [{ field: "type", op: "equals", value: "job.failed" }] }, actions: { notify: [{ role: "OPERATOR" }] } };
    const rule = await asAdmin(() => createRule({ input, actorId: admin.id }));
    await entriesOf(() => updateRule({ id: rule.id, input: { ...input, description: "Paged at night" }, actorId: admin.id }));
    const entries = await db().auditLogEntry.findMany({ where: { targetType: "rule", targetId: String(rule.id) }, orderBy: { id: "asc" } });
    expect(actions(entries)).toEqual(["rule.created", "rule.updated"]);
    expect(entries[1]?.diff).toEqual({ description: { from: null, to: "Paged at night" } });
    expect(actions(await entriesOf(() => setRuleEnabled({ id: rule.id, enabled: false }, admin.id)))).toEqual(["rule.disabled"]);
    expect(actions(await entriesOf(() => deleteRule(rule.id)))).toEqual(["rule.deleted"]);
  });

  it("writes nothing when the change itself fails", async () => {
    const input = { name: "Twice", match: { all: [{ field: "type", op: "equals", value: "job.failed" }] }, actions: { notify: [{ role: "OPERATOR" }] } };
    await entriesOf(() => createRule({ input, actorId: admin.id }));
    await expect(asAdmin(() => createRule({ input, actorId: admin.id }))).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db().auditLogEntry.count({ where: { id: { gt: seen } } })).toBe(0);
  });

  it("records templates, escalation policies and maintenance windows", async () => {
    const template = { key: "audit-template", name: "Audit template", event_types: ["job.failed"], bodies: { sms: { text: "{{ job.name }} failed" } } };
    expect(actions(await entriesOf(() => createTemplate({ input: template, actor: admin.email })))).toEqual(["template.created"]);
    const [changed] = await entriesOf(() => updateTemplate({ key: template.key, input: { ...template, bodies: { sms: { text: "{{ job.name }} broke" } } }, actor: admin.email }));
    expect(changed?.diff).toEqual({ bodies: { from: { sms: { text: "{{ job.name }} failed" } }, to: { sms: { text: "{{ job.name }} broke" } } } });
    expect(actions(await entriesOf(() => deleteTemplate(template.key)))).toEqual(["template.deleted"]);

    const policy = await asAdmin(() => saveEscalationPolicy({ input: { name: "Audit on-call", levels: [{ delay_seconds: 0, targets: [{ user: admin.id }] }] } }));
    const [, repeat] = await entriesOf(() => saveEscalationPolicy({ id: policy.id, input: { name: "Audit on-call", levels: [{ delay_seconds: 0, targets: [{ user: admin.id }] }], repeat: 2 } }));
    expect(repeat).toMatchObject({ action: "escalation_policy.updated", diff: { repeat: { from: 0, to: 2 } } });
    expect(actions(await entriesOf(() => deleteEscalationPolicy(policy.id)))).toEqual(["escalation_policy.deleted"]);
    expect(repeat?.targetLabel).toBe("Audit on-call");

    const window = await asAdmin(() =>
      createMaintenanceWindow({ input: { name: "Audit upgrade", starts_at: new Date(Date.now() - 60_000).toISOString(), ends_at: new Date(Date.now() + 3_600_000).toISOString() }, actor: `user:${admin.email}` }),
    );
    expect(actions(await entriesOf(() => endMaintenanceWindow({ id: window.id, actor: `user:${admin.email}` })))).toEqual(["maintenance_window.created", "maintenance_window.ended"]);
  });

  it("records API keys created and revoked, never their secret", async () => {
    const [created] = await entriesOf(() => createApiKey({ name: "audit-executor", scopes: ["events:write"], createdById: admin.id }));
    expect(created).toMatchObject({ action: "api_key.created", targetLabel: "audit-executor", diff: { scopes: { to: ["events:write"] } } });
    expect(JSON.stringify(created)).not.toContain("ocn_");
    expect(actions(await entriesOf(() => revokeApiKey("audit-executor")))).toEqual(["api_key.revoked"]);
  });

  it("records operator actions: pause, resume, cancel, requeue, discard, acknowledge", async () => {
    expect(actions(await entriesOf(() => setDeliveryPaused(true, admin.email)))).toEqual(["delivery.paused"]);
    expect(actions(await entriesOf(() => setDeliveryPaused(false, admin.email)))).toEqual(["delivery.resumed"]);

    const message = { recipient_email: "someone@example.com", subject: "Audit me", body: "Body.", notification_type: "job_completed" };
    const { notification: pending } = await createNotification({ input: message });
    expect(actions(await entriesOf(() => cancelNotification({ id: pending.id, cancelledBy: `user:${admin.email}` })))).toEqual(["notification.cancelled"]);

    const { notification: dead } = await createNotification({ input: message });
    const makeDead = async () => {
      await db().notification.update({ where: { id: dead.id }, data: { status: "DEAD" } });
      await db().deadLetter.create({ data: { notificationId: dead.id, errorType: "connection", errorMessage: "refused" } });
    };
    await makeDead();
    const [requeued] = await entriesOf(() => requeueNotifications({ notification_ids: [dead.id] }));
    expect(requeued).toMatchObject({ action: "notification.requeued", targetId: String(dead.id), diff: { status: { from: "dead", to: "pending" } } });
    await makeDead();
    expect(actions(await entriesOf(() => discardDeadLetters({ notification_ids: [dead.id] }, admin.email)))).toEqual(["notification.discarded"]);

    const incident = await db().incident.create({ data: { policyName: "Audit on-call", title: "Job audit failed", severity: "CRITICAL", incidentKey: "audit:job" } });
    const [acknowledged] = await entriesOf(() => acknowledgeIncident({ id: incident.id, actor: admin.email, via: "the web app" }));
    expect(acknowledged).toMatchObject({ action: "incident.acknowledged", targetLabel: "Job audit failed", actorLabel: admin.email, diff: { status: { from: "triggered", to: "acknowledged" } } });
  });

  it("names the service when no request is behind the change", async () => {
    await setDeliveryPaused(true, "service");
    const entry = await db().auditLogEntry.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(entry).toMatchObject({ action: "delivery.paused", actorType: "service", actorId: null, clientAddress: null });
  });
});
