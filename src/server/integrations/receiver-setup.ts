import { EVENT_LIMITS } from "@/server/events/event-schema";
import type { TAlertReceiver } from "./alert-receivers";

/** Where the key goes in the snippets: the page never shows a real key (it cannot: only its hash is stored). */
const KEY_PLACEHOLDER = "<api key with events:write>";

/**
 * What an operator pastes into the sender's configuration: the receiver
 * block of alertmanager.yml, or Grafana's contact point as a provisioning
 * file (the same fields as its form).
 */
export function receiverSetup(receiver: TAlertReceiver, url: string): { format: "yaml"; snippet: string } {
  return { format: "yaml", snippet: receiver === "alertmanager" ? alertmanagerSnippet(url) : grafanaSnippet(url) };
}

function alertmanagerSnippet(url: string): string {
  return `# alertmanager.yml
route:
  receiver: opsconductor-notify
  group_by: [alertname]
  group_wait: 30s
  group_interval: 5m
  repeat_interval: 4h   # Notify tells again only where a rule sets its own repeat_interval

receivers:
  - name: opsconductor-notify
    webhook_configs:
      - url: ${url}
        send_resolved: true   # a resolved alert sends the recovery message and resolves the incident
        max_alerts: ${EVENT_LIMITS.batch}
        http_config:
          authorization:
            type: Bearer
            credentials: ${KEY_PLACEHOLDER}
            # or keep it out of the file: credentials_file: /etc/alertmanager/notify-api-key
`;
}

function grafanaSnippet(url: string): string {
  return `# Alerting -> Contact points -> Add contact point -> Integration: Webhook
#   URL: ${url}
#   Optional settings -> Authorization Header - Scheme: Bearer, Credentials: the API key
# or provision it, e.g. /etc/grafana/provisioning/alerting/opsconductor-notify.yaml:
apiVersion: 1
contactPoints:
  - orgId: 1
    name: opsconductor-notify
    receivers:
      - uid: opsconductor-notify
        type: webhook
        settings:
          url: ${url}
          httpMethod: POST
          authorization_scheme: Bearer
          authorization_credentials: ${KEY_PLACEHOLDER}
          maxAlerts: ${EVENT_LIMITS.batch}
`;
}
