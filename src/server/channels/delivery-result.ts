/** Facts about the remote side every result may carry, shown in delivery attempts and test results. */
type TReceiverFacts = {
  /** The receiver's HTTP status, for HTTP channels. */
  httpStatus?: number;
  latencyMs?: number;
};

/**
 * What every channel adapter returns. Adapters are pure transport: they never
 * touch the database; the delivery task records the result and decides on retries.
 */
export type TDeliveryResult =
  | ({ ok: true; response: string; providerMessageId?: string } & TReceiverFacts)
  | ({
      ok: false;
      /** True for failures that may pass (connection errors, timeouts, 4xx SMTP replies, HTTP 429/5xx). */
      retryable: boolean;
      /** Short machine-readable class, e.g. "connection", "timeout", "auth", "recipient_rejected", "gone". */
      errorType: string;
      /** Human-readable diagnosis including the remote server's own reply. */
      response: string;
      /** The receiver asked us to wait this long (Retry-After). */
      retryAfterMs?: number;
      /**
       * The failure concerns the destination as a whole (server unreachable,
       * TLS or AUTH broken, rate limited), not this message: every queued
       * message for it waits behind an open circuit instead of each burning
       * its own attempts.
       */
      affectsDestination?: boolean;
      /**
       * The destination is gone for good (Slack 403/404/410, webhook 410): the
       * breaker disables it and tells its owner, instead of failing message after message.
       */
      disableDestination?: boolean;
    } & TReceiverFacts);
