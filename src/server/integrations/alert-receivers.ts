import { z } from "zod";
import { mapAlertmanagerPayload, type TAlertsMapped } from "./map-alertmanager-payload";
import { mapGrafanaPayload } from "./map-grafana-payload";

export const ALERT_RECEIVERS = ["alertmanager", "grafana"] as const;
export const ZAlertReceiver = z.enum(ALERT_RECEIVERS, `must be one of ${ALERT_RECEIVERS.join(", ")}`);
export type TAlertReceiver = z.infer<typeof ZAlertReceiver>;

/** Each receiver: what it is called and how its payload becomes events. */
export const ALERT_RECEIVER_DEFINITIONS: Record<TAlertReceiver, { name: string; path: string; map: (body: unknown) => TAlertsMapped }> = {
  alertmanager: { name: "Alertmanager", path: "/api/v1/integrations/alertmanager", map: mapAlertmanagerPayload },
  grafana: { name: "Grafana", path: "/api/v1/integrations/grafana", map: mapGrafanaPayload },
};
