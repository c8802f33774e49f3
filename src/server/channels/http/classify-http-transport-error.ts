import type { TDeliveryResult } from "../delivery-result";
import { HttpTransportError, type THttpTransportErrorKind } from "./http-transport-error";

/**
 * Which failures without a response are worth retrying. TLS problems are
 * retried: a certificate is usually renewed or fixed by the receiver within the
 * retry schedule (about a day), and the message names the exact problem for
 * whoever is watching. A blocked destination or a redirect loop is this
 * configuration's fault and will fail the same way every time.
 */
const RETRYABLE: Record<THttpTransportErrorKind, boolean> = {
  dns: true,
  refused: true,
  timeout: true,
  network: true,
  tls: true,
  blocked_destination: false,
  too_many_redirects: false,
};

export function classifyHttpTransportError(error: unknown): Extract<TDeliveryResult, { ok: false }> {
  if (error instanceof HttpTransportError) {
    return { ok: false, retryable: RETRYABLE[error.kind], errorType: error.kind, response: error.message };
  }
  return { ok: false, retryable: true, errorType: "unknown", response: error instanceof Error ? error.message : String(error) };
}
