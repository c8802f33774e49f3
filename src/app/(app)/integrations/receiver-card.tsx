"use client";

import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CodeBlock } from "@/components/ui/code-block";
import { CopyButton } from "@/components/ui/copy-button";
import type { TIntegrationReceiverView } from "@/server/integrations/integrations-overview";
import { DeliveriesTable } from "./deliveries-table";
import styles from "./integrations.module.css";
import { SendSampleButton } from "./send-sample-button";

const AUTH_HINT: Record<TIntegrationReceiverView["id"], string> = {
  alertmanager: "Alertmanager authenticates with an API key that has the events:write scope, as a bearer token (http_config.authorization) or as the password of basic_auth.",
  grafana: "Grafana authenticates with an API key that has the events:write scope: Authorization header scheme Bearer with the key as credentials, or basic authentication with the key as password.",
};

/** One receiver: its URL, the configuration snippet, a sample alert, and the last payloads it got. */
export function ReceiverCard({ receiver }: { receiver: TIntegrationReceiverView }) {
  return (
    <Card aria-labelledby={`receiver-${receiver.id}`}>
      <CardHeader title={<span id={`receiver-${receiver.id}`}>{receiver.name}</span>} description={AUTH_HINT[receiver.id]} actions={<SendSampleButton receiver={receiver.id} name={receiver.name} />} />
      <CardBody>
        <div className="stack">
          <div className={styles.url}>
            <span className="text-sm text-muted">Receiver URL</span>
            <code className={styles.urlValue}>{receiver.url}</code>
            <CopyButton value={receiver.url} aria-label={`Copy the ${receiver.name} receiver URL`} />
          </div>
          <CodeBlock label={receiver.id === "alertmanager" ? "alertmanager.yml" : "Grafana contact point"} copyable maxHeight={360}>
            {receiver.setup.snippet}
          </CodeBlock>
          <h3 className={styles.subheading}>Last payloads received</h3>
          <DeliveriesTable name={receiver.name} deliveries={receiver.deliveries} />
        </div>
      </CardBody>
    </Card>
  );
}
