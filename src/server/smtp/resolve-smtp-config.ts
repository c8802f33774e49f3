import { env, type TEnv } from "@/env";
import { AppError } from "@/server/errors/app-error";
import { mailCatcherEnabled } from "@/server/mail-catcher/mail-catcher-enabled";
import { buildSmtpConfig, formatFromAddress, type TSmtpConfig, type TSmtpServer } from "./build-smtp-config";
import { findSavedSmtpSettings, smtpServerFromRow } from "./saved-smtp-settings";

export type { TSmtpConfig, TSmtpSource } from "./build-smtp-config";

/** Shown on every email that waits for want of a server, and by the health endpoint. */
export const NO_SMTP_SERVER_MESSAGE =
  "No SMTP server is configured: set SMTP_URL (or SMTP_HOST) or save SMTP settings under Settings; email waits until then";

// The worker asks once per send; a few seconds of staleness after an admin
// saves is fine, a database round trip per email is not.
const CACHE_MS = 3_000;
let cached: { expiresAt: number; config: Promise<TSmtpConfig | null> } | undefined;

/**
 * The SMTP server email goes through, in this order: the environment
 * (SMTP_URL, or SMTP_HOST and friends), the newest active saved settings,
 * the built-in mail catcher on 127.0.0.1:MAIL_CATCHER_PORT while it is on
 * (mailCatcherEnabled). Null when there is none: email then waits.
 */
export function findSmtpConfig(): Promise<TSmtpConfig | null> {
  if (cached && cached.expiresAt > Date.now()) return cached.config;
  const config = loadSmtpConfig();
  cached = { expiresAt: Date.now() + CACHE_MS, config };
  config.catch(() => {
    if (cached?.config === config) cached = undefined;
  });
  return config;
}

/** The SMTP server in force, for callers that cannot do without one (the settings checks). */
export async function resolveSmtpConfig(): Promise<TSmtpConfig> {
  const config = await findSmtpConfig();
  if (!config) throw new AppError("CONFLICT", NO_SMTP_SERVER_MESSAGE);
  return config;
}

/** Call after saving settings, so this process uses them at once (others within CACHE_MS). */
export function invalidateSmtpConfigCache(): void {
  cached = undefined;
}

async function loadSmtpConfig(): Promise<TSmtpConfig | null> {
  const config = env();
  const fromEnvironment = environmentSmtpServer(config);
  if (fromEnvironment) return buildSmtpConfig({ source: "environment", server: fromEnvironment, from: config.SMTP_FROM });

  const row = await findSavedSmtpSettings({ activeOnly: true });
  if (row) {
    return buildSmtpConfig({ source: "database", server: smtpServerFromRow(row), from: formatFromAddress(row.fromEmail, row.fromName), replyTo: row.replyTo });
  }

  if (!mailCatcherEnabled(config)) return null;
  const catcher: TSmtpServer = { host: "127.0.0.1", port: config.MAIL_CATCHER_PORT, security: "none" };
  return buildSmtpConfig({
    source: "mail-catcher",
    server: catcher,
    from: config.SMTP_FROM,
    description: `the built-in mail catcher at ${catcher.host}:${catcher.port}`,
  });
}

/** The server SMTP_URL or SMTP_HOST names, or null when the environment names none. */
export function environmentSmtpServer(config: Pick<TEnv, "SMTP_URL" | "SMTP_HOST" | "SMTP_PORT" | "SMTP_USERNAME" | "SMTP_PASSWORD" | "SMTP_SECURITY" | "SMTP_ALLOW_SELF_SIGNED">): TSmtpServer | null {
  const allowSelfSigned = config.SMTP_ALLOW_SELF_SIGNED;
  if (config.SMTP_URL) {
    const url = new URL(config.SMTP_URL);
    const implicitTls = url.protocol === "smtps:";
    const port = url.port ? Number(url.port) : implicitTls ? 465 : 587;
    return {
      host: url.hostname.replace(/^\[(.*)\]$/, "$1"),
      port,
      security: implicitTls ? "tls" : (config.SMTP_SECURITY ?? (port === 465 ? "tls" : "auto")),
      username: url.username ? decodeURIComponent(url.username) : null,
      password: url.password ? decodeURIComponent(url.password) : null,
      allowSelfSigned,
    };
  }
  if (config.SMTP_HOST) {
    const security = config.SMTP_SECURITY ?? (config.SMTP_PORT === 465 ? "tls" : "auto");
    return {
      host: config.SMTP_HOST,
      port: config.SMTP_PORT ?? (security === "tls" ? 465 : 587),
      security,
      username: config.SMTP_USERNAME || null,
      password: config.SMTP_PASSWORD || null,
      allowSelfSigned,
    };
  }
  return null;
}
