import { z } from "zod";
import { appUrl } from "@/env";
import { ALERT_RECEIVERS, ALERT_RECEIVER_DEFINITIONS, type TAlertReceiver } from "./alert-receivers";
import { listIntegrationDeliveries, ZIntegrationDeliveryView } from "./integration-deliveries";
import { receiverSetup } from "./receiver-setup";
import { receiveAlerts, type TAlertsReceived } from "./receive-alerts";
import { sampleAlertPayload } from "./sample-alert";

const LISTED_DELIVERIES = 20;

export const ZIntegrationReceiverView = z.object({
  id: z.enum(ALERT_RECEIVERS),
  name: z.string(),
  url: z.string(),
  setup: z.object({ format: z.literal("yaml"), snippet: z.string() }),
  deliveries: z.array(ZIntegrationDeliveryView),
});
export type TIntegrationReceiverView = z.infer<typeof ZIntegrationReceiverView>;

/** Each receiver with its URL, the configuration to paste into the sender, and the payloads it got last. */
export async function integrationsOverview(): Promise<TIntegrationReceiverView[]> {
  return Promise.all(
    ALERT_RECEIVERS.map(async (id) => {
      const url = `${appUrl()}${ALERT_RECEIVER_DEFINITIONS[id].path}`;
      return { id, name: ALERT_RECEIVER_DEFINITIONS[id].name, url, setup: receiverSetup(id, url), deliveries: await listIntegrationDeliveries(id, LISTED_DELIVERIES) };
    }),
  );
}

/** A sample alert through the very path a real one takes, recorded as sent by the admin. */
export function sendSampleAlert(options: { receiver: TAlertReceiver; actor: string; now?: Date }): Promise<TAlertsReceived> {
  const now = options.now ?? new Date();
  return receiveAlerts({ receiver: options.receiver, payload: JSON.stringify(sampleAlertPayload(options.receiver, now)), apiKey: null, sentBy: `${options.actor} (sample alert)`, now });
}

export const ZSendSampleAlert = z.object({ receiver: z.enum(ALERT_RECEIVERS) });
