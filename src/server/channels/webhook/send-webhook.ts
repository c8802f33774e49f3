import { randomBytes } from "node:crypto";
import type { TWebhookDestination } from "../channel-destination";
import type { TChannelMessage } from "../channel-message";
import { deliverOverHttp, judgeReceiverResponse, type THttpDeliveryOptions } from "../deliver-over-http";
import type { TDeliveryResult } from "../delivery-result";
import { buildWebhookPayload, webhookMessageId, type TWebhookEvent } from "./build-webhook-payload";
import { activeSigningSecrets, signWebhook } from "./standard-webhooks";

const WEBHOOK_USER_AGENT = "OpsConductor-Notify/1";

/**
 * Headers an owner's custom headers may not set: the signature scheme and the body's type
 * are ours to vouch for, and framing headers would corrupt the request.
 */
const RESERVED_HEADER = /^(webhook-.*|content-type|content-length|transfer-encoding|host|connection)$/;

/** POSTs the documented payload (PAYLOAD.md), signed per Standard Webhooks. */
export async function sendWebhook(
  message: TChannelMessage,
  destination: TWebhookDestination,
  options: THttpDeliveryOptions & { event: TWebhookEvent },
): Promise<TDeliveryResult> {
  const now = options.now ?? new Date();
  const body = JSON.stringify(buildWebhookPayload(message, options.event));
  let signature: ReturnType<typeof signWebhook>;
  try {
    signature = signWebhook({
      msgId: messageId(message.notificationId, options.event),
      timestamp: now.getTime() / 1000,
      body,
      secrets: activeSigningSecrets(destination.secrets, now),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, retryable: false, errorType: "config", response: `Not sent: cannot sign the message (${reason}). Rotate the webhook's secret.` };
  }
  const custom = Object.entries(destination.headers ?? {})
    .map(([name, value]): [string, string] => [name.toLowerCase(), value])
    .filter(([name]) => !RESERVED_HEADER.test(name));
  const headers = { "user-agent": WEBHOOK_USER_AGENT, ...Object.fromEntries(custom), "content-type": "application/json", ...signature };
  const request = { url: destination.url, headers, body, timeoutMs: options.timeoutMs ?? destination.timeoutMs };
  return deliverOverHttp(request, options, (response) => {
    const result = judgeReceiverResponse(response, { now });
    // 410 is the one answer a receiver gives to say "stop sending here", as Standard Webhooks suggests.
    return response.status === 410 && !result.ok ? { ...result, disableDestination: true } : result;
  });
}

/**
 * Real notifications keep one id across retries so receivers can drop duplicates; each test
 * send gets its own, or a receiver that deduplicates would swallow every test after the first.
 */
function messageId(notificationId: number, event: TWebhookEvent): string {
  return event === "test" ? `msg_test_${randomBytes(12).toString("hex")}` : webhookMessageId(notificationId, event);
}
