import { diagnoseSmtpError, type TSmtpFailure } from "@/server/smtp/diagnose-smtp-error";
import type { TDeliveryResult } from "../delivery-result";

const ERROR_TYPE: Record<TSmtpFailure["stage"], (failure: TSmtpFailure) => string> = {
  dns: () => "dns",
  connect: () => "connection",
  timeout: () => "timeout",
  tls: () => "tls",
  auth: () => "auth",
  sender: () => "sender_rejected",
  recipient: () => "recipient_rejected",
  data: (failure) => (failure.retryable ? "deferred" : "rejected"),
  protocol: (failure) => (failure.response_code === undefined ? "unknown" : failure.retryable ? "deferred" : "rejected"),
};

/** Failures that would hit every message alike: the server or our settings for it, not this message. */
const SERVER_WIDE_STAGES = new Set<TSmtpFailure["stage"]>(["dns", "connect", "timeout", "tls", "auth", "sender"]);

/**
 * Turns a nodemailer error into a delivery result, with the same reading as
 * the settings page's diagnosis (diagnoseSmtpError). 5xx refusals of the
 * message are permanent; 4xx replies, timeouts, connection and settings
 * problems (TLS, login, sender) are retried, since fixing the settings or
 * waiting makes the same message deliverable.
 */
export function classifySmtpError(error: unknown): Extract<TDeliveryResult, { ok: false }> {
  const failure = diagnoseSmtpError(error);
  return {
    ok: false,
    retryable: failure.retryable,
    errorType: ERROR_TYPE[failure.stage](failure),
    response: failure.message,
    affectsDestination: failure.retryable && SERVER_WIDE_STAGES.has(failure.stage),
  };
}
