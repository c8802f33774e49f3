import type { TApiKeyScope } from "@/server/auth/api-keys";
import type { TAuthorizationWorld } from "./authorization-world";

/** Who a REST route lets in: API keys with one of `scopes` (`admin` always), anyone, or the service token. */
export type TRestAccess = { scopes: TApiKeyScope[] } | "anyone" | "service token";

export type TRestRequest = { params?: Record<string, string>; body?: unknown; search?: string };

/** One route handler, as "METHOD /path/[param]" after its file under src/app, and a real request to it. */
export type TRestRow = { route: string; access: TRestAccess; request: () => Promise<TRestRequest> | TRestRequest };

export function restRows(world: TAuthorizationWorld): TRestRow[] {
  const { bodies, template, other, eventId, event } = world;
  const needs = (...scopes: TApiKeyScope[]) => ({ scopes });
  const rule = { match: { all: [{ field: "type", op: "glob", value: "job.*" }] }, actions: { stop: true } };
  const row = (route: string, access: TRestAccess, request: TRestRow["request"] = () => ({})): TRestRow => ({ route, access, request });
  return [
    row("GET /api/v1/notification/health", "anyone", async () => {
      await world.workerBeat();
      return {};
    }),
    row("POST /api/v1/notifications", needs("notifications:write"), () => ({ body: { recipient_email: "ops@example.com", subject: "Deploy finished", body: "All green.", notification_type: "job_completed" } })),
    row("GET /api/v1/notifications", needs("notifications:read"), () => ({ search: "?page_size=5" })),
    row("GET /api/v1/notifications/[id]", needs("notifications:read"), () => ({ params: { id: String(world.notification) } })),
    row("DELETE /api/v1/notifications/[id]", needs("notifications:write"), async () => ({ params: { id: String(await world.freshNotification()) } })),
    row("GET /api/v1/worker/status", needs("notifications:read")),
    row("GET /api/v1/stats", needs("notifications:read"), () => ({ search: "?range=24h" })),
    row("POST /api/v1/notification/worker/stop", needs("admin")),
    row("POST /api/v1/notification/worker/start", needs("admin")),

    row("POST /api/v1/events", needs("events:write"), () => ({ body: event })),
    row("POST /api/v1/integrations/alertmanager", needs("events:write"), () => ({ body: { version: "4", status: "firing", alerts: [{ status: "firing", labels: { alertname: "MatrixCheck" }, startsAt: new Date().toISOString(), fingerprint: world.unique("am") }] } })),
    row("POST /api/v1/integrations/grafana", needs("events:write"), () => ({ body: { version: "1", status: "firing", alerts: [{ status: "firing", labels: { alertname: "MatrixCheck" }, startsAt: new Date().toISOString(), fingerprint: world.unique("gf") }] } })),
    row("GET /api/v1/events", needs("events:read", "notifications:read"), () => ({ search: "?type=job.*" })),
    row("GET /api/v1/events/[id]", needs("events:read", "notifications:read"), () => ({ params: { id: eventId } })),

    // Keys act for a system, not a person: a preferences key reaches every user's (documented).
    row("GET /api/v1/notification/preferences/[user_id]", needs("preferences:read", "preferences:write"), () => ({ params: { user_id: String(other.id) } })),
    row("POST /api/v1/notification/preferences/[user_id]", needs("preferences:write"), () => ({ params: { user_id: other.email }, body: { timezone: "Europe/Berlin" } })),

    row("GET /api/v1/notification/smtp/settings", needs("admin")),
    row("POST /api/v1/notification/smtp/settings", needs("admin"), () => ({ body: { smtp_server: "127.0.0.1", smtp_port: world.smtp.port, use_tls: false, from_email: "notify@example.com" } })),
    row("POST /api/v1/notification/smtp/test", needs("admin"), () => ({ body: {} })),
    row("POST /api/v1/notification/test/slack", needs("notifications:write"), () => ({ body: { webhook_url: world.receiver.url("/typed-in/slack") } })),
    row("POST /api/v1/notification/test/teams", needs("notifications:write"), () => ({ body: { webhook_url: world.receiver.url("/workflows/abc/triggers/manual/paths/invoke?sig=typed-in") } })),
    row("POST /api/v1/notification/test/webhook", needs("notifications:write"), () => ({ body: { channel_name: "ops-hook" } })),
    row("POST /api/v1/notification/test/sms", needs("notifications:write"), () => ({ body: { to: "+14155550100" } })),

    row("GET /api/v1/incidents", needs("notifications:read"), () => ({ search: "?status=open" })),
    row("GET /api/v1/incidents/[id]", needs("notifications:read"), async () => ({ params: { id: String(await world.freshIncident()) } })),
    row("POST /api/v1/incidents/[id]/acknowledge", needs("notifications:write"), async () => ({ params: { id: String(await world.freshIncident()) } })),
    row("POST /api/v1/incidents/[id]/resolve", needs("notifications:write"), async () => ({ params: { id: String(await world.freshIncident()) } })),
    row("GET /api/v1/escalation-policies", needs("admin")),
    row("POST /api/v1/escalation-policies", needs("admin"), () => ({ body: { name: world.unique("REST policy"), levels: [{ delay_seconds: 0, targets: [{ role: "OPERATOR" }] }] } })),
    row("GET /api/v1/escalation-policies/[id]", needs("admin"), async () => ({ params: { id: String(await world.freshPolicy()) } })),
    row("PUT /api/v1/escalation-policies/[id]", needs("admin"), async () => ({ params: { id: String(await world.freshPolicy()) }, body: { name: world.unique("REST policy"), levels: [{ delay_seconds: 0, targets: [{ role: "OPERATOR" }] }] } })),
    row("DELETE /api/v1/escalation-policies/[id]", needs("admin"), async () => ({ params: { id: String(await world.freshPolicy()) } })),
    row("GET /api/v1/maintenance-windows", needs("maintenance:read", "maintenance:write"), () => ({ search: "?status=active" })),
    row("POST /api/v1/maintenance-windows", needs("maintenance:write"), () => ({ body: { name: world.unique("REST window"), weekdays: [1, 2, 3, 4, 5], start_time: "01:00", end_time: "03:00", timezone: "Europe/Berlin" } })),
    row("GET /api/v1/maintenance-windows/[id]", needs("maintenance:read", "maintenance:write"), async () => ({ params: { id: String(await world.freshMaintenanceWindow()) } })),
    row("PATCH /api/v1/maintenance-windows/[id]", needs("maintenance:write"), async () => ({ params: { id: String(await world.freshMaintenanceWindow()) }, body: { critical: "hold" } })),
    row("DELETE /api/v1/maintenance-windows/[id]", needs("maintenance:write"), async () => ({ params: { id: String(await world.freshMaintenanceWindow()) } })),
    row("POST /api/v1/maintenance-windows/[id]/end", needs("maintenance:write"), async () => ({ params: { id: String(await world.freshMaintenanceWindow()) } })),
    row("GET /api/v1/rules", needs("admin")),
    row("POST /api/v1/rules", needs("admin"), () => ({ body: { name: world.unique("REST rule"), ...rule } })),
    row("GET /api/v1/rules/[id]", needs("admin"), () => ({ params: { id: String(world.ruleId) } })),
    row("PUT /api/v1/rules/[id]", needs("admin"), async () => ({ params: { id: String(await world.freshRule()) }, body: { name: world.unique("REST rule"), ...rule } })),
    row("DELETE /api/v1/rules/[id]", needs("admin"), async () => ({ params: { id: String(await world.freshRule()) } })),
    row("POST /api/v1/rules/test", needs("admin"), () => ({ body: { rule_id: world.ruleId, event_id: eventId } })),

    row("GET /api/v1/templates", needs("notifications:read")),
    row("POST /api/v1/templates", needs("admin"), () => ({ body: { key: world.unique("rest-created"), name: "Created", bodies } })),
    row("GET /api/v1/templates/[key]", needs("notifications:read"), () => ({ params: { key: template } })),
    row("PUT /api/v1/templates/[key]", needs("admin"), () => ({ params: { key: template }, body: { name: "Shared via REST", event_types: ["job.failed"], bodies } })),
    row("DELETE /api/v1/templates/[key]", needs("admin"), async () => ({ params: { key: await world.freshTemplate() } })),
    row("POST /api/v1/templates/validate", needs("notifications:read"), () => ({ body: { bodies } })),
    row("POST /api/v1/templates/preview", needs("notifications:read"), () => ({ body: { key: template, channel: "email", sample: "job-failed" } })),

    row("POST /internal/notifications", "service token", () => ({ body: { recipient_email: "ops@example.com", subject: "From a service", body: "Hello.", notification_type: "report" } })),
    row("GET /api/v1/audit-log", needs("admin")),
    row("GET /api/v1/openapi.json", "anyone"),
    row("GET /api/v1/users", needs("admin")),
    row("POST /api/v1/users", needs("admin"), () => ({ body: { email: `${world.unique("rest-user")}@example.com`, role: "VIEWER" } })),
    row("PATCH /api/v1/users/[id]", needs("admin"), async () => ({ params: { id: String(await world.freshUser()) }, body: { role: "OPERATOR" } })),
    row("POST /api/v1/users/[id]/deactivate", needs("admin"), async () => ({ params: { id: String(await world.freshUser()) } })),
    row("POST /api/v1/users/[id]/reactivate", needs("admin"), async () => ({ params: { id: String(await world.freshUser({ deactivated: true })) } })),
    row("POST /api/v1/users/[id]/password-reset", needs("admin"), async () => ({ params: { id: String(await world.freshUser()) } })),
    row("GET /api/v1/users/invitations", needs("admin")),
    row("POST /api/v1/users/invitations", needs("admin"), () => ({ body: { email: `${world.unique("rest-invitee")}@example.com`, role: "VIEWER" } })),
    row("DELETE /api/v1/users/invitations/[id]", needs("admin"), async () => ({ params: { id: String(await world.freshInvitation()) } })),
  ];
}
