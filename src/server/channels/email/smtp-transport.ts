import nodemailer, { type Transporter } from "nodemailer";
import type SMTPPool from "nodemailer/lib/smtp-pool";
import { env } from "@/env";

export type TSmtpTarget = { url: string; source: "environment" | "mail-catcher" };

/** Where email goes: SMTP_URL when set, else the built-in development mail catcher. */
export function resolveSmtpTarget(): TSmtpTarget {
  const { SMTP_URL, MAIL_CATCHER_PORT } = env();
  if (SMTP_URL) return { url: SMTP_URL, source: "environment" };
  return { url: `smtp://127.0.0.1:${MAIL_CATCHER_PORT}`, source: "mail-catcher" };
}

const pools = new Map<string, Transporter<SMTPPool.SentMessageInfo>>();

/**
 * A pooled transport per SMTP URL, reused across sends: opening a connection
 * (and TLS, and AUTH) per message would cap throughput far below the server's.
 */
export function smtpTransport(url: string): Transporter<SMTPPool.SentMessageInfo> {
  let transport = pools.get(url);
  if (!transport) {
    transport = nodemailer.createTransport({
      url,
      pool: true,
      maxConnections: 5,
      maxMessages: 1000,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    } as SMTPPool.Options);
    pools.set(url, transport);
  }
  return transport;
}

export function closeSmtpTransports(): void {
  for (const transport of pools.values()) transport.close();
  pools.clear();
}
