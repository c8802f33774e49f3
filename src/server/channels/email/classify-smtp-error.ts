import type { TDeliveryResult } from "../delivery-result";

type TSmtpError = Error & { code?: string; responseCode?: number; response?: string; command?: string };

const CONNECTION_CODES = new Set(["ECONNECTION", "ESOCKET", "ECONNREFUSED", "ECONNRESET", "EPIPE", "EHOSTUNREACH", "ENETUNREACH"]);

/**
 * Turns a nodemailer error into a delivery result. SMTP 5xx replies are
 * permanent (the server said no and will say no again); 4xx replies, timeouts
 * and connection failures are transient.
 */
export function classifySmtpError(error: unknown): Extract<TDeliveryResult, { ok: false }> {
  const smtp = error as TSmtpError;
  const reply = smtp.response ?? smtp.message ?? String(error);
  const during = smtp.command ? ` during ${smtp.command}` : "";
  if (typeof smtp.responseCode === "number" && smtp.responseCode >= 400) {
    const permanent = smtp.responseCode >= 500;
    const errorType =
      smtp.code === "EAUTH" ? "auth" : smtp.command === "MAIL FROM" ? "sender_rejected" : smtp.command?.startsWith("RCPT") ? "recipient_rejected" : permanent ? "rejected" : "deferred";
    return { ok: false, retryable: !permanent, errorType, response: `SMTP ${smtp.responseCode}${during}: ${reply}` };
  }
  if (smtp.code === "ETIMEDOUT") return { ok: false, retryable: true, errorType: "timeout", response: `Timed out${during}: ${reply}` };
  if (smtp.code === "EDNS") return { ok: false, retryable: true, errorType: "dns", response: `DNS lookup failed: ${reply}` };
  if (smtp.code === "ETLS") return { ok: false, retryable: true, errorType: "tls", response: `TLS failed: ${reply}` };
  if (smtp.code === "EAUTH") return { ok: false, retryable: false, errorType: "auth", response: `Authentication failed: ${reply}` };
  if (smtp.code && CONNECTION_CODES.has(smtp.code)) return { ok: false, retryable: true, errorType: "connection", response: `Connection failed: ${reply}` };
  if (smtp.code === "EENVELOPE") return { ok: false, retryable: false, errorType: "envelope", response: `Envelope rejected: ${reply}` };
  return { ok: false, retryable: true, errorType: "unknown", response: reply };
}
