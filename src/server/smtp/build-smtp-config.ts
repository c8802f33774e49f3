import { createHash } from "node:crypto";
import type { SMTPTransportOptions } from "nodemailer/lib/smtp-transport";
import type { TSmtpSecurity } from "./smtp-settings-schema";

export const SMTP_SOURCES = ["environment", "database", "mail-catcher"] as const;
export type TSmtpSource = (typeof SMTP_SOURCES)[number];

/**
 * An SMTP server to connect to. "auto" (STARTTLS when the server offers it)
 * only comes from SMTP_URL / SMTP_HOST without SMTP_SECURITY, where it is
 * what an smtp:// URL has always meant.
 */
export type TSmtpServer = {
  host: string;
  port: number;
  security: TSmtpSecurity | "auto";
  username?: string | null;
  password?: string | null;
  allowSelfSigned?: boolean;
};

export type TSmtpConfig = {
  source: TSmtpSource;
  /** For people: "smtp.example.com:587 (STARTTLS) as user@example.com". Never contains the password. */
  description: string;
  host: string;
  port: number;
  /** "Name <email>". */
  from: string;
  replyTo?: string;
  /** Where and how to connect; callers add pooling and timeouts. */
  transport: SMTPTransportOptions;
  /** Changes whenever anything above changes, so a cached transport can be replaced. */
  key: string;
};

const SECURITY_LABEL: Record<TSmtpServer["security"], string> = {
  none: "no TLS",
  starttls: "STARTTLS",
  tls: "implicit TLS",
  auto: "STARTTLS if offered",
};

export function describeSmtpServer(server: TSmtpServer): string {
  const security = SECURITY_LABEL[server.security] + (server.allowSelfSigned && server.security !== "none" ? ", self-signed certificates allowed" : "");
  return `${server.host}:${server.port} (${security})${server.username ? ` as ${server.username}` : ""}`;
}

export function smtpTransportOptions(server: TSmtpServer): SMTPTransportOptions {
  return {
    host: server.host,
    port: server.port,
    secure: server.security === "tls",
    ...(server.security === "starttls" && { requireTLS: true }),
    ...(server.security === "none" && { ignoreTLS: true }),
    ...(server.allowSelfSigned && { tls: { rejectUnauthorized: false } }),
    // With credentials, log in even when the server does not advertise AUTH:
    // sending unauthenticated instead would fail later with a vaguer relay refusal.
    ...(server.username && { auth: { user: server.username, pass: server.password ?? "" }, forceAuth: true }),
  };
}

const NEEDS_QUOTES = /[()<>[\]:;@\\,."]/;

/** `Name <email>`, quoting the name when it holds characters that mean something in an address header. */
export function formatFromAddress(email: string, name?: string | null): string {
  if (!name) return email;
  const display = NEEDS_QUOTES.test(name) ? `"${name.replace(/["\\]/g, "\\$&")}"` : name;
  return `${display} <${email}>`;
}

export function buildSmtpConfig(input: { source: TSmtpSource; server: TSmtpServer; from: string; replyTo?: string | null; description?: string }): TSmtpConfig {
  const transport = smtpTransportOptions(input.server);
  const replyTo = input.replyTo ?? undefined;
  const key = createHash("sha256")
    .update(JSON.stringify([input.source, transport, input.from, replyTo ?? null]))
    .digest("base64url")
    .slice(0, 22);
  return {
    source: input.source,
    description: input.description ?? describeSmtpServer(input.server),
    host: input.server.host,
    port: input.server.port,
    from: input.from,
    ...(replyTo && { replyTo }),
    transport,
    key,
  };
}
