import type { TSmsDestination, TSmsProvider } from "../channel-destination";
import type { TChannelMessage } from "../channel-message";
import { deliverOverHttp, judgeReceiverResponse, withRetryAfter, type THttpDeliveryOptions } from "../deliver-over-http";
import type { TDeliveryResult } from "../delivery-result";
import { parseRetryAfter } from "../http/classify-http-response";
import type { THttpResponse } from "../http/send-http";
import { fitSms, type TFittedSms } from "./fit-sms";
import { buildHttpGatewayRequest } from "./http-gateway-request";
import { buildTwilioRequest, parseTwilioResponse } from "./twilio-request";

type TTwilioProvider = Extract<TSmsProvider, { provider: "twilio" }>;

/**
 * Twilio errors that are the account settings' fault (credentials, sender), not this
 * message's: every message would fail alike, so they wait behind the destination's circuit
 * until an admin fixes the settings, instead of each being failed for good.
 */
const SETTINGS_ERRORS = new Set([20003, 21212, 21606]);

/** Sends the notification as one (possibly multi-part) SMS through Twilio or a plain HTTP gateway. */
export async function sendSms(message: TChannelMessage, destination: TSmsDestination, options: THttpDeliveryOptions = {}): Promise<TDeliveryResult> {
  const sms = fitSms(message);
  const { provider } = destination;
  if (provider.provider === "twilio") return sendViaTwilio(provider, destination.to, sms, options);
  const request = buildHttpGatewayRequest({
    url: provider.url,
    to: destination.to,
    body: sms.body,
    notificationId: message.notificationId,
    bearerToken: provider.bearerToken,
    headers: provider.headers,
  });
  return deliverOverHttp({ ...request, timeoutMs: options.timeoutMs }, options, (response) => {
    const result = judgeReceiverResponse(response, { now: options.now });
    if (result.ok) return { ...result, response: `${result.response}; ${segmentsNote(sms)}` };
    // A refused token is a settings problem, treated like Twilio's (see SETTINGS_ERRORS).
    return response.status === 401 ? { ...result, retryable: true, affectsDestination: true } : result;
  });
}

function sendViaTwilio(provider: TTwilioProvider, to: string, sms: TFittedSms, options: THttpDeliveryOptions): Promise<TDeliveryResult> {
  const { accountSid, authToken, from, messagingServiceSid, baseUrl } = provider;
  const sender = messagingServiceSid ? { messagingServiceSid } : from ? { from } : undefined;
  if (!sender) {
    // Retried like the other settings errors: the fix is in the settings, and then this message can go.
    const response = "Not sent: the Twilio settings have neither a From number nor a Messaging Service SID";
    return Promise.resolve({ ok: false, retryable: true, errorType: "config", response, affectsDestination: true });
  }
  const request = buildTwilioRequest({ accountSid, authToken, to, body: sms.body, baseUrl, ...sender });
  return deliverOverHttp({ ...request, timeoutMs: options.timeoutMs }, options, (response) => judgeTwilioResponse(response, sms, options.now));
}

function judgeTwilioResponse(response: THttpResponse, sms: TFittedSms, now: Date | undefined): TDeliveryResult {
  const result = parseTwilioResponse(response.status, response.body);
  if (result.ok) return { ...result, response: `${result.response}; ${segmentsNote(sms)}` };
  const { code, ...failure } = result;
  if (response.status === 429 || code === 20429) {
    const retryAfterMs = parseRetryAfter(response.headers["retry-after"], now ?? new Date());
    const rateLimited = { ...failure, retryable: true, affectsDestination: true, response: withRetryAfter(failure.response, retryAfterMs) };
    return retryAfterMs === undefined ? rateLimited : { ...rateLimited, retryAfterMs };
  }
  if (response.status === 401 || (code !== undefined && SETTINGS_ERRORS.has(code))) return { ...failure, retryable: true, affectsDestination: true };
  // Anything else Twilio refuses (an invalid or non-mobile 'To', 21211/21614) concerns this message only.
  return failure;
}

function segmentsNote(sms: TFittedSms): string {
  const parts = `${sms.segments} ${sms.segments === 1 ? "segment" : "segments"} (${sms.encoding})`;
  return sms.truncated ? `${parts}, text shortened to fit` : parts;
}
