import type { SmtpSettings } from "@/server/db/client";
import { findSmtpConfig, NO_SMTP_SERVER_MESSAGE, type TSmtpSource } from "./resolve-smtp-config";
import { findSavedSmtpSettings } from "./saved-smtp-settings";
import { PASSWORD_MASK } from "./smtp-settings-schema";

/** What GET /api/v1/notification/smtp/settings and smtpSettings.get return. The password never leaves. */
export type TSmtpSettingsView = {
  /** Which settings email goes through right now; "none" while email waits for want of a server. */
  source: TSmtpSource | "none";
  source_description: string;
  source_from: string;
  /** False until settings were saved; the fields below are then null or defaults. */
  configured: boolean;
  smtp_server: string | null;
  smtp_port: number | null;
  username: string | null;
  /** The mask when a password is saved, else null. */
  password: string | null;
  password_set: boolean;
  use_tls: boolean;
  use_ssl: boolean;
  allow_self_signed: boolean;
  from_email: string | null;
  from_name: string | null;
  reply_to: string | null;
  is_active: boolean;
  updated_at: string | null;
};

export async function getSmtpSettings(): Promise<TSmtpSettingsView> {
  const [row, inForce] = await Promise.all([findSavedSmtpSettings(), findSmtpConfig()]);
  if (!inForce) return { source: "none", source_description: NO_SMTP_SERVER_MESSAGE, source_from: "", ...savedFields(row) };
  return { source: inForce.source, source_description: inForce.description, source_from: inForce.from, ...savedFields(row) };
}

function savedFields(row: SmtpSettings | null) {
  return {
    configured: row !== null,
    smtp_server: row?.smtpServer ?? null,
    smtp_port: row?.smtpPort ?? null,
    username: row?.username ?? null,
    password: row?.passwordEncrypted ? PASSWORD_MASK : null,
    password_set: Boolean(row?.passwordEncrypted),
    use_tls: row?.useTls ?? true,
    use_ssl: row?.useSsl ?? false,
    allow_self_signed: row?.allowSelfSigned ?? false,
    from_email: row?.fromEmail ?? null,
    from_name: row?.fromName ?? null,
    reply_to: row?.replyTo ?? null,
    is_active: row?.isActive ?? true,
    updated_at: row?.updatedAt.toISOString() ?? null,
  };
}
