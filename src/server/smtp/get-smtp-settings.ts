import { z } from "zod";
import type { SmtpSettings } from "@/server/db/client";
import { SMTP_SOURCES } from "./build-smtp-config";
import { findSmtpConfig, NO_SMTP_SERVER_MESSAGE } from "./resolve-smtp-config";
import { findSavedSmtpSettings } from "./saved-smtp-settings";
import { PASSWORD_MASK } from "./smtp-settings-schema";

/** What GET /api/v1/notification/smtp/settings and smtpSettings.get return. The password never leaves. */
export const ZSmtpSettingsView = z.object({
  source: z.enum([...SMTP_SOURCES, "none"]).meta({ description: 'Which settings email goes through right now; "none" while email waits for want of a server' }),
  source_description: z.string(),
  source_from: z.string(),
  configured: z.boolean().meta({ description: "False until settings were saved; the fields below are then null or defaults" }),
  smtp_server: z.string().nullable(),
  smtp_port: z.number().int().nullable(),
  username: z.string().nullable(),
  password: z.string().nullable().meta({ description: "The mask when a password is saved, else null" }),
  password_set: z.boolean(),
  use_tls: z.boolean(),
  use_ssl: z.boolean(),
  allow_self_signed: z.boolean(),
  from_email: z.string().nullable(),
  from_name: z.string().nullable(),
  reply_to: z.string().nullable(),
  is_active: z.boolean(),
  updated_at: z.string().nullable(),
});
export type TSmtpSettingsView = z.output<typeof ZSmtpSettingsView>;

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
