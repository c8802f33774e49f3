import nodemailer, { type Transporter } from "nodemailer";
import type { SMTPPoolSentMessageInfo } from "nodemailer/lib/smtp-pool";
import type { TSmtpConfig } from "@/server/smtp/build-smtp-config";

type TPooledTransport = Transporter<SMTPPoolSentMessageInfo>;

// A replaced pool is closed after this grace period rather than at once, so
// messages already queued on it still go out (over the settings they were sent with).
const STALE_POOL_GRACE_MS = 60_000;

let current: { key: string; transport: TPooledTransport } | undefined;
const retiring = new Map<TPooledTransport, NodeJS.Timeout>();

/**
 * The pooled transport for the settings in force, reused across sends:
 * opening a connection (and TLS, and AUTH) per message would cap throughput
 * far below the server's. A new `config.key` (settings changed) gets a new pool.
 */
export function smtpTransport(config: TSmtpConfig): TPooledTransport {
  if (current?.key === config.key) return current.transport;
  if (current) retire(current.transport);
  const transport = nodemailer.createTransport({
    ...config.transport,
    pool: true,
    maxConnections: 5,
    maxMessages: 1000,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  current = { key: config.key, transport };
  return transport;
}

function retire(transport: TPooledTransport): void {
  const timer = setTimeout(() => {
    retiring.delete(transport);
    transport.close();
  }, STALE_POOL_GRACE_MS);
  timer.unref();
  retiring.set(transport, timer);
}

export function closeSmtpTransports(): void {
  for (const [transport, timer] of retiring) {
    clearTimeout(timer);
    transport.close();
  }
  retiring.clear();
  current?.transport.close();
  current = undefined;
}
