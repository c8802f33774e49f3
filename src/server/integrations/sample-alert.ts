import { randomBytes } from "node:crypto";
import type { TAlertReceiver } from "./alert-receivers";

/**
 * A firing alert as the receiver's sender would post it, new each time (its
 * own fingerprint), so "send sample alert" walks the whole way: mapping,
 * rules, preferences, delivery.
 */
export function sampleAlertPayload(receiver: TAlertReceiver, now: Date): Record<string, unknown> {
  const fingerprint = randomBytes(8).toString("hex");
  const labels = { alertname: "NotifySampleAlert", severity: "warning", instance: "sample-host:9100", job: "node" };
  const annotations = {
    summary: "Sample alert from the Integrations page",
    description: `A sample ${receiver === "grafana" ? "Grafana" : "Alertmanager"} alert sent by an admin to check routing. Rules matching type alert.notify_sample_alert or labels.alertname NotifySampleAlert decide who gets it.`,
  };
  const alert = { status: "firing", labels, annotations, startsAt: now.toISOString(), endsAt: "0001-01-01T00:00:00Z", generatorURL: "", fingerprint };
  const common = { receiver: "opsconductor-notify", status: "firing", groupLabels: { alertname: labels.alertname }, commonLabels: labels, commonAnnotations: annotations, externalURL: "", groupKey: `{}:{alertname="${labels.alertname}"}`, truncatedAlerts: 0 };
  if (receiver === "alertmanager") return { version: "4", ...common, alerts: [alert] };
  return { version: "1", orgId: 1, ...common, title: `[FIRING:1] ${labels.alertname}`, state: "alerting", message: annotations.summary, alerts: [{ ...alert, silenceURL: "", dashboardURL: "", panelURL: "", values: { A: 1 } }] };
}
