import type { TParsedEvent } from "@/server/events/event-schema";
import { ZAlertmanagerPayload } from "./alert-payload-schema";
import { alertToEvent } from "./alert-to-event";
import { parseAlertPayload, toParsedEvents, versionWarnings, withinBatch } from "./parse-alert-payload";

export type TAlertsMapped = { events: TParsedEvent[]; warnings: string[] };

const SENDER = "Alertmanager";

/** Alertmanager's webhook payload (version 4): one event per alert. */
export function mapAlertmanagerPayload(body: unknown): TAlertsMapped {
  const payload = parseAlertPayload(ZAlertmanagerPayload, body, SENDER);
  const warnings = versionWarnings(payload.version, "4", SENDER);
  if (payload.truncatedAlerts) warnings.push(`Alertmanager left out ${payload.truncatedAlerts} alerts of this group (max_alerts); only those sent became events.`);
  const alerts = withinBatch(payload.alerts, SENDER, warnings);
  const batch = { source: "alertmanager" as const, receiver: payload.receiver, groupKey: payload.groupKey, externalURL: payload.externalURL, commonAnnotations: payload.commonAnnotations, warnings };
  return { events: toParsedEvents(alerts.map((alert) => alertToEvent(alert, batch)), SENDER), warnings };
}
