import { recordAudit } from "@/server/audit/record-audit";
import { encryptSecret } from "@/server/crypto/secret-box";
import { db } from "@/server/db/client";
import { parseInput } from "@/server/errors/app-error";
import { getSmtpSettings, type TSmtpSettingsView } from "./get-smtp-settings";
import { invalidateSmtpConfigCache } from "./resolve-smtp-config";
import { findSavedSmtpSettings, SMTP_PASSWORD_CONTEXT, usesSavedPassword } from "./saved-smtp-settings";
import { passwordChange, ZSmtpSettingsInput, type TSmtpSettingsInput } from "./smtp-settings-schema";

/**
 * Saves the one settings row (updating it in place, so old passwords do not
 * pile up encrypted in history rows). The password is sealed with
 * NOTIFY_ENCRYPTION_KEY; see ZSmtpSettingsInput for keep / clear / replace.
 */
export async function saveSmtpSettings(options: { settings: TSmtpSettingsInput; updatedById?: number | null }): Promise<TSmtpSettingsView> {
  const settings = parseInput(ZSmtpSettingsInput, options.settings);
  const saved = await findSavedSmtpSettings();
  const change = passwordChange(settings.password);
  const passwordEncrypted =
    change.kind === "set" ? encryptSecret(change.password, SMTP_PASSWORD_CONTEXT) : usesSavedPassword(settings, saved) ? saved.passwordEncrypted : null;
  const data = {
    smtpServer: settings.smtp_server,
    smtpPort: settings.smtp_port,
    username: settings.username,
    passwordEncrypted,
    useTls: settings.use_tls,
    useSsl: settings.use_ssl,
    allowSelfSigned: settings.allow_self_signed,
    fromEmail: settings.from_email,
    fromName: settings.from_name,
    replyTo: settings.reply_to,
    isActive: settings.is_active,
    updatedById: options.updatedById ?? null,
  };
  await db().$transaction(async (tx) => {
    if (saved) await tx.smtpSettings.update({ where: { id: saved.id }, data });
    else await tx.smtpSettings.create({ data });
    await recordAudit(tx, {
      action: saved ? "smtp_settings.updated" : "smtp_settings.created",
      target: { type: "smtp_settings", label: `${data.smtpServer}:${data.smtpPort}` },
      before: saved ? auditSnapshot(saved) : null,
      after: auditSnapshot(data),
      secrets: ["password"],
    });
  });
  invalidateSmtpConfigCache();
  return getSmtpSettings();
}

type TSmtpRow = Pick<NonNullable<Awaited<ReturnType<typeof findSavedSmtpSettings>>>, "smtpServer" | "smtpPort" | "username" | "passwordEncrypted" | "useTls" | "useSsl" | "allowSelfSigned" | "fromEmail" | "fromName" | "replyTo" | "isActive">;

/** The settings in the API's words; the sealed password stands for the password (a new one seals differently). */
function auditSnapshot(row: TSmtpRow) {
  return {
    smtp_server: row.smtpServer,
    smtp_port: row.smtpPort,
    username: row.username,
    password: row.passwordEncrypted,
    use_tls: row.useTls,
    use_ssl: row.useSsl,
    allow_self_signed: row.allowSelfSigned,
    from_email: row.fromEmail,
    from_name: row.fromName,
    reply_to: row.replyTo,
    is_active: row.isActive,
  };
}
