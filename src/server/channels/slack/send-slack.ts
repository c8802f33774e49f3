import type { TSlackDestination } from "../channel-destination";
import type { TChannelMessage } from "../channel-message";
import { deliverOverHttp, judgeReceiverResponse, withRetryAfter, type THttpDeliveryOptions } from "../deliver-over-http";
import type { TDeliveryResult } from "../delivery-result";
import type { THttpResponse } from "../http/send-http";
import { buildSlackMessage } from "./build-slack-message";
import { slackErrorHint } from "./slack-error-hint";

/** Replies meaning the webhook or its channel is gone: no later message can get through either. */
const GONE_ERRORS = new Set(["no_service", "channel_is_archived", "channel_not_found", "invalid_token", "team_disabled", "no_team", "user_not_found"]);
const GONE_STATUSES = new Set([403, 404, 410]);

/** Posts to a Slack incoming webhook, which answers "ok" or an error string such as "channel_not_found". */
export function sendSlack(message: TChannelMessage, destination: TSlackDestination, options: THttpDeliveryOptions = {}): Promise<TDeliveryResult> {
  const request = {
    url: destination.url,
    headers: { "content-type": "application/json; charset=utf-8" },
    body: JSON.stringify(buildSlackMessage(message)),
    timeoutMs: options.timeoutMs,
  };
  return deliverOverHttp(request, options, (response) => judgeSlackResponse(response, options.now));
}

function judgeSlackResponse(response: THttpResponse, now: Date | undefined): TDeliveryResult {
  const generic = judgeReceiverResponse(response, { now });
  if (generic.ok) return generic;
  const { error, hint } = slackErrorHint(response.status, response.bodyExcerpt);
  // Slack's own string stays verbatim: it is what their docs and support know it by.
  const text = withRetryAfter(`HTTP ${response.status} ${error}`, generic.retryAfterMs);
  const result = { ...generic, response: hint ? `${text} — ${hint}` : text };
  if (GONE_STATUSES.has(response.status) || GONE_ERRORS.has(error)) return { ...result, retryable: false, errorType: "gone", disableDestination: true };
  return result;
}
