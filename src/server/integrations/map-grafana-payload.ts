import { ZGrafanaPayload, type TGrafanaAlert } from "./alert-payload-schema";
import { alertToEvent, linkIf, type TAlertLink } from "./alert-to-event";
import type { TAlertsMapped } from "./map-alertmanager-payload";
import { parseAlertPayload, toParsedEvents, versionWarnings, withinBatch } from "./parse-alert-payload";

const SENDER = "Grafana";

/** Grafana alerting's webhook contact point (version 1): Alertmanager's shape, plus dashboard, panel, silence and image links and the values that fired. */
export function mapGrafanaPayload(body: unknown): TAlertsMapped {
  const payload = parseAlertPayload(ZGrafanaPayload, body, SENDER);
  const warnings = versionWarnings(payload.version, "1", SENDER);
  if (payload.truncatedAlerts) warnings.push(`Grafana left out ${payload.truncatedAlerts} alerts of this group (max alerts); only those sent became events.`);
  const alerts = withinBatch(payload.alerts, SENDER, warnings);
  const batch = { source: "grafana" as const, receiver: payload.receiver, groupKey: payload.groupKey, externalURL: payload.externalURL, commonAnnotations: payload.commonAnnotations, warnings };
  const events = alerts.map((alert) => alertToEvent(alert, batch, { links: grafanaLinks(alert), data: grafanaData(alert, payload.orgId) }));
  return { events: toParsedEvents(events, SENDER), warnings };
}

function grafanaLinks(alert: TGrafanaAlert): TAlertLink[] {
  return [...linkIf("Dashboard", alert.dashboardURL), ...linkIf("Panel", alert.panelURL), ...linkIf("Silence", alert.silenceURL), ...linkIf("Image", alert.imageURL)];
}

function grafanaData(alert: TGrafanaAlert, orgId: number | undefined): Record<string, unknown> {
  return {
    ...(alert.values && Object.keys(alert.values).length ? { values: alert.values } : {}),
    ...(alert.valueString ? { value_string: alert.valueString.slice(0, 1_000) } : {}),
    ...(orgId !== undefined ? { grafana_org_id: orgId } : {}),
  };
}
