import { ZAlertmanagerPayload, ZGrafanaPayload } from "@/server/integrations/alert-payload-schema";
import { ZAlertsReceived } from "@/server/integrations/receive-alerts";
import type { TApiRoute } from "../api-route";
import { EXAMPLE_EVENT_ID, EXAMPLE_TIME } from "../examples";

const tag = "Integrations";
const AUTH_NOTE = "The API key goes as a bearer token or, for senders that cannot set a header, as the password of HTTP basic auth (any user name).";
const alert = { status: "firing", labels: { alertname: "DiskFull", instance: "db-01:9100", severity: "critical" }, annotations: { summary: "Disk 95% full on db-01" }, startsAt: EXAMPLE_TIME, fingerprint: "5f2c1a7e9b3d4c60" };
const received = { status: "received", ids: [EXAMPLE_EVENT_ID], alerts: 1, repeated: 0, warnings: [] };

export const integrationRoutes: TApiRoute[] = [
  {
    method: "post",
    path: "/api/v1/integrations/alertmanager",
    tag,
    summary: "Receive Alertmanager alerts",
    description: `Prometheus Alertmanager's webhook payload (version 4): each alert becomes an event routed by the same rules; a re-sent firing alert is the event already stored, a resolved one answers it. ${AUTH_NOTE}`,
    access: { scopes: ["events:write"] },
    body: { schema: ZAlertmanagerPayload, example: { version: "4", status: "firing", receiver: "notify", groupKey: '{}:{alertname="DiskFull"}', alerts: [alert] } },
    response: { status: 202, description: "One event id per alert, in order", body: { schema: ZAlertsReceived, example: received } },
    errors: [400, 413, 429],
  },
  {
    method: "post",
    path: "/api/v1/integrations/grafana",
    tag,
    summary: "Receive Grafana alerts",
    description: `Grafana alerting's webhook contact point payload. ${AUTH_NOTE}`,
    access: { scopes: ["events:write"] },
    body: { schema: ZGrafanaPayload, example: { version: "1", status: "firing", orgId: 1, title: "[FIRING:1] DiskFull", alerts: [{ ...alert, dashboardURL: "https://grafana.example.com/d/abc" }] } },
    response: { status: 202, description: "One event id per alert, in order", body: { schema: ZAlertsReceived, example: received } },
    errors: [400, 413, 429],
  },
];
