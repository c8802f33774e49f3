import type { TDeliveryResult } from "../delivery-result";

export type TTwilioRequestInput = {
  accountSid: string;
  authToken: string;
  to: string;
  body: string;
  baseUrl?: string;
} & ({ from: string; messagingServiceSid?: never } | { messagingServiceSid: string; from?: never });

export type TTwilioRequest = {
  method: "POST";
  url: string;
  headers: { authorization: string; "content-type": "application/x-www-form-urlencoded" };
  body: URLSearchParams;
};

/** Twilio's Messages resource (2010-04-01 API); `baseUrl` lets tests point it at a local server. */
export function buildTwilioRequest(input: TTwilioRequestInput): TTwilioRequest {
  const { accountSid, authToken, to, body, baseUrl = "https://api.twilio.com" } = input;
  const form = new URLSearchParams({ To: to });
  if (input.messagingServiceSid) form.set("MessagingServiceSid", input.messagingServiceSid);
  else form.set("From", input.from ?? "");
  form.set("Body", body);
  return {
    method: "POST",
    url: `${baseUrl.replace(/\/+$/, "")}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`,
    headers: {
      authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString("base64")}`,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: form,
  };
}

type TKnownError = { errorType: string; hint: string };

/** Twilio error codes an operator can act on; anything else keeps Twilio's own message. */
const KNOWN_ERRORS: Record<number, TKnownError> = {
  20003: { errorType: "auth", hint: "Check the Account SID and Auth Token." },
  20429: { errorType: "rate_limited", hint: "Twilio is rate limiting this account." },
  21211: { errorType: "recipient_rejected", hint: "The 'To' number is not a valid phone number." },
  21212: { errorType: "sender_rejected", hint: "The 'From' number is not a valid phone number or sender id." },
  21408: { errorType: "recipient_rejected", hint: "SMS to this country is disabled in the Twilio geographic permissions." },
  21606: { errorType: "sender_rejected", hint: "The 'From' number cannot send SMS (not an SMS-capable Twilio number)." },
  21608: { errorType: "recipient_rejected", hint: "Twilio trial accounts can send only to verified numbers: verify this number or upgrade the account." },
  21610: { errorType: "recipient_rejected", hint: "The recipient replied STOP and must reply START before they can receive SMS again." },
  21614: { errorType: "recipient_rejected", hint: "The 'To' number is not a mobile number." },
};

export type TTwilioResult =
  | Extract<TDeliveryResult, { ok: true }>
  | (Extract<TDeliveryResult, { ok: false }> & { code?: number });

/**
 * Reads the reply to a Messages POST. 201 carries the message sid; errors carry Twilio's
 * numeric code. Rate limits and Twilio's own 5xx may pass; every other 4xx will not.
 */
export function parseTwilioResponse(status: number, bodyText: string): TTwilioResult {
  const json = parseObject(bodyText);
  if (status >= 200 && status < 300) {
    const sid = typeof json.sid === "string" ? json.sid : undefined;
    const state = typeof json.status === "string" ? json.status : "accepted";
    return { ok: true, response: `Twilio ${status} ${state}${sid ? ` (${sid})` : ""}`, providerMessageId: sid };
  }
  const code = typeof json.code === "number" ? json.code : undefined;
  const message = typeof json.message === "string" ? json.message : bodyText.trim().slice(0, 500) || "(empty reply)";
  const known = code === undefined ? undefined : KNOWN_ERRORS[code];
  const transient = status === 429 || status >= 500 || code === 20429;
  const errorType = known?.errorType ?? (status === 401 ? "auth" : transient ? "provider_unavailable" : "rejected");
  const moreInfo = typeof json.more_info === "string" ? ` ${json.more_info}` : "";
  const response = `Twilio HTTP ${status}${code ? ` error ${code}` : ""}: ${message}${known ? ` — ${known.hint}` : ""}${moreInfo}`;
  return { ok: false, retryable: transient, errorType, response, code };
}

function parseObject(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
