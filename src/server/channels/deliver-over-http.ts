import { STATUS_CODES } from "node:http";
import { formatDuration } from "@/emails/components/format-duration";
import { truncateText } from "./channel-message";
import type { TDeliveryResult } from "./delivery-result";
import { classifyHttpResponse } from "./http/classify-http-response";
import { classifyHttpTransportError } from "./http/classify-http-transport-error";
import { HttpTransportError, type THttpTransportErrorKind } from "./http/http-transport-error";
import { sendHttp, type THttpRequest, type THttpResponse } from "./http/send-http";

/** What every HTTP channel adapter accepts besides the message and the destination. */
export type THttpDeliveryOptions = {
  /** Development switch: allows http:// and private addresses. Defaults to NOTIFY_ALLOW_PRIVATE_DESTINATIONS. */
  allowPrivate?: boolean;
  /** Overrides the destination's own timeout (webhooks may set one). Default 10 s. */
  timeoutMs?: number;
  /** The clock for signatures and Retry-After dates. */
  now?: Date;
};

type TFailure = Extract<TDeliveryResult, { ok: false }>;

/** With no answer at all, the receiver is down or unreachable: every message for it would fail alike. */
const DESTINATION_DOWN = new Set<THttpTransportErrorKind>(["dns", "refused", "timeout", "network", "tls"]);

/** Enough of an error page to act on; whole HTML pages would bury the diagnosis. */
const RESPONSE_EXCERPT_CHARS = 500;

/**
 * Sends one request through the SSRF-guarded transport and turns whatever happens into a
 * delivery result: `judge` reads a response, transport failures are classified here.
 * Every result carries the receiver's status and latency when there was one, and never
 * the destination's path or query (they often are the destination's secret).
 */
export async function deliverOverHttp(
  request: THttpRequest,
  { allowPrivate }: Pick<THttpDeliveryOptions, "allowPrivate">,
  judge: (response: THttpResponse) => TDeliveryResult,
): Promise<TDeliveryResult> {
  const started = performance.now();
  try {
    const response = await sendHttp(request, { allowPrivate });
    const redact = (text: string) => redactUrlSecrets(text, [request.url, response.finalUrl]);
    // Redacted before any excerpt is cut, so a cut can never leave half a secret behind.
    const body = redact(response.body);
    const wasCut = response.bodyExcerpt.length < response.body.length;
    const result = judge({ ...response, body, bodyExcerpt: wasCut ? body.slice(0, response.bodyExcerpt.length) : body });
    return { ...result, response: redact(result.response), httpStatus: response.status, latencyMs: response.latencyMs };
  } catch (error) {
    const result = transportFailure(error);
    const latencyMs = result.errorType === "blocked_destination" ? {} : { latencyMs: Math.round(performance.now() - started) };
    return { ...result, response: redactUrlSecrets(result.response, [request.url]), ...latencyMs };
  }
}

function transportFailure(error: unknown): TFailure {
  const result = classifyHttpTransportError(error);
  if (!(error instanceof HttpTransportError)) return result;
  if (DESTINATION_DOWN.has(error.kind)) return { ...result, affectsDestination: true };
  // Scheme and credential refusals hold whatever the switch says; only address refusals depend on it.
  if (error.kind === "blocked_destination" && /, which is not allowed$/.test(error.message)) {
    return { ...result, response: `${error.message} (private and internal addresses are refused while NOTIFY_ALLOW_PRIVATE_DESTINATIONS is off)` };
  }
  return result;
}

/**
 * The generic reading of a receiver's answer (classifyHttpResponse), with a rate limit
 * held against the whole destination: its other messages would only be refused too.
 */
export function judgeReceiverResponse(response: THttpResponse, { now = new Date() }: { now?: Date } = {}): TDeliveryResult {
  const result = classifyHttpResponse(response, { now });
  const text = statusLine(response);
  if (result.ok) return { ...result, response: text };
  if (response.status === 429) return { ...result, response: withRetryAfter(text, result.retryAfterMs), affectsDestination: true };
  return { ...result, response: withRetryAfter(text, result.retryAfterMs) };
}

/** "HTTP 500 <body excerpt>", or the reason phrase when the body is empty. */
export function statusLine(response: Pick<THttpResponse, "status" | "bodyExcerpt">): string {
  return `HTTP ${response.status} ${bodyExcerpt(response) || STATUS_CODES[response.status] || ""}`.trim();
}

function bodyExcerpt(response: Pick<THttpResponse, "bodyExcerpt">): string {
  return truncateText(response.bodyExcerpt.replace(/\s+/g, " ").trim(), RESPONSE_EXCERPT_CHARS);
}

/** "HTTP 429 rate_limited — retry after 30 s". */
export function withRetryAfter(text: string, retryAfterMs: number | undefined): string {
  return retryAfterMs === undefined ? text : `${text} — retry after ${formatDuration(retryAfterMs) || "0 s"}`;
}

/**
 * Receivers echo request paths in error pages (Express: "Cannot POST /services/T0/B0/secret"),
 * and the path or query of a destination URL is often its only credential.
 */
function redactUrlSecrets(text: string, urls: string[]): string {
  const secrets = new Set<string>();
  for (const raw of urls) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      continue;
    }
    secrets.add(url.href);
    if (url.pathname.length > 1) secrets.add(url.pathname + url.search);
    if (url.pathname.length > 1) secrets.add(url.pathname);
    if (url.search.length > 1) secrets.add(url.search);
  }
  let redacted = text;
  // Longest first, so a whole URL is replaced before its pieces.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) redacted = redacted.replaceAll(secret, "[redacted]");
  return redacted;
}
