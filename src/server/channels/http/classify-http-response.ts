import type { TDeliveryResult } from "../delivery-result";
import type { THttpResponse } from "./send-http";

/** A receiver may ask for a pause, but not for one longer than the retry schedule can sensibly honour. */
export const MAX_RETRY_AFTER_MS = 60 * 60 * 1000;

const TRANSIENT: Record<number, string> = { 408: "request_timeout", 425: "too_early", 429: "rate_limited", 503: "unavailable" };
const PERMANENT: Record<number, string> = {
  400: "rejected",
  401: "auth",
  403: "auth",
  404: "not_found",
  410: "gone",
  413: "payload_too_large",
  422: "rejected",
};

/**
 * Judges a webhook-style receiver's answer: 2xx delivered; 408, 425, 429 and
 * 5xx may pass, so they are retried (after Retry-After when given); any other
 * status is the receiver refusing this message for good.
 */
export function classifyHttpResponse(
  response: Pick<THttpResponse, "status" | "headers" | "bodyExcerpt">,
  { now = new Date() }: { now?: Date } = {},
): TDeliveryResult {
  const { status } = response;
  const text = `HTTP ${status} ${response.bodyExcerpt.replace(/\s+/g, " ")}`.trim();
  if (status >= 200 && status < 300) return { ok: true, response: text };
  const transientType = TRANSIENT[status] ?? (status >= 500 && status < 600 ? "server_error" : undefined);
  if (transientType) {
    const retryAfterMs = parseRetryAfter(response.headers["retry-after"], now);
    return { ok: false, retryable: true, errorType: transientType, response: text, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
  }
  const errorType = PERMANENT[status] ?? (status >= 400 && status < 500 ? "rejected" : "unexpected_status");
  return { ok: false, retryable: false, errorType, response: text };
}

/** Retry-After as delay-seconds or an HTTP date, in ms, capped at MAX_RETRY_AFTER_MS; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: Date): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  // HTTP dates (all three historical forms) start with a day name; anything else Date.parse would guess at.
  const ms = /^\d+$/.test(text) ? Number(text) * 1000 : /^[A-Za-z]{3}/.test(text) ? Date.parse(text) - now.getTime() : NaN;
  if (Number.isNaN(ms)) return undefined;
  return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}
