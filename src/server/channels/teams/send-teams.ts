import type { TTeamsDestination } from "../channel-destination";
import type { TChannelMessage } from "../channel-message";
import { deliverOverHttp, judgeReceiverResponse, statusLine, type THttpDeliveryOptions } from "../deliver-over-http";
import type { TDeliveryResult } from "../delivery-result";
import type { THttpResponse } from "../http/send-http";
import { buildTeamsMessage } from "./build-teams-message";
import { isRetiredTeamsConnectorUrl, RETIRED_TEAMS_CONNECTOR_HINT } from "./retired-connector";

const ACCEPTED_NOTE =
  "Teams accepted the request; the flow posts the card afterwards, so this does not prove the card appeared in the channel";
const GONE_HINT = "The flow was deleted or its URL changed. Copy the URL from the flow's trigger again";

/** Posts an Adaptive Card to a Teams Workflows ("When a Teams webhook request is received") URL. */
export async function sendTeams(message: TChannelMessage, destination: TTeamsDestination, options: THttpDeliveryOptions = {}): Promise<TDeliveryResult> {
  // Retired connectors no longer deliver; sending would only hand the message to a dead end.
  if (isRetiredTeamsConnectorUrl(destination.url)) {
    return {
      ok: false,
      retryable: false,
      errorType: "retired_connector",
      response: `Not sent to ${new URL(destination.url).host}: ${RETIRED_TEAMS_CONNECTOR_HINT}`,
      disableDestination: true,
    };
  }
  const request = {
    url: destination.url,
    headers: { "content-type": "application/json; charset=utf-8" },
    body: JSON.stringify(buildTeamsMessage(message)),
    timeoutMs: options.timeoutMs,
  };
  return deliverOverHttp(request, options, (response) => judgeTeamsResponse(response, options.now));
}

function judgeTeamsResponse(response: THttpResponse, now: Date | undefined): TDeliveryResult {
  const result = judgeReceiverResponse(response, { now });
  // A flow answers 202 when its trigger fires; posting the card is a later step that can still fail.
  if (result.ok) return { ...result, response: `${statusLine(response)} — ${ACCEPTED_NOTE}` };
  if (response.status === 404 || response.status === 410) {
    return { ...result, errorType: "gone", response: `${result.response} — ${GONE_HINT}`, disableDestination: true };
  }
  return result;
}
