export type THttpTransportErrorKind =
  | "dns"
  | "refused"
  | "timeout"
  | "tls"
  | "blocked_destination"
  | "too_many_redirects"
  | "network";

/**
 * A send that got no HTTP response worth classifying. `message` is written for
 * the person reading the delivery log; `kind` is what retry decisions use.
 */
export class HttpTransportError extends Error {
  readonly kind: THttpTransportErrorKind;
  /** The underlying Node/OpenSSL code, e.g. ECONNREFUSED or DEPTH_ZERO_SELF_SIGNED_CERT. */
  readonly code?: string;
  /** The address the connection went to, when one was chosen. */
  readonly remoteAddress?: string;

  constructor(kind: THttpTransportErrorKind, message: string, options: { code?: string; remoteAddress?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "HttpTransportError";
    this.kind = kind;
    this.code = options.code;
    this.remoteAddress = options.remoteAddress;
  }
}

/** "Timed out after 10 s waiting for the response from hooks.example.com". */
export function timedOut(timeoutMs: number, activity: string): HttpTransportError {
  const limit = timeoutMs >= 1000 ? `${Number((timeoutMs / 1000).toFixed(1))} s` : `${timeoutMs} ms`;
  return new HttpTransportError("timeout", `Timed out after ${limit} ${activity}`);
}
