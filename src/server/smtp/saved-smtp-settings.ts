import { decryptSecret, DecryptionError } from "@/server/crypto/secret-box";
import { db, type SmtpSettings } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";
import type { TSmtpServer } from "./build-smtp-config";
import { passwordChange, securityOf, type TSmtpSettings } from "./smtp-settings-schema";

export const SMTP_PASSWORD_CONTEXT = "smtp_settings.password";

/** The newest saved row (the one the form edits), or the newest active one (the one in force). */
export function findSavedSmtpSettings(options: { activeOnly?: boolean } = {}): Promise<SmtpSettings | null> {
  return db().smtpSettings.findFirst({
    where: options.activeOnly ? { isActive: true } : {},
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
  });
}

export function decryptSavedPassword(row: Pick<SmtpSettings, "passwordEncrypted">): string | null {
  if (!row.passwordEncrypted) return null;
  try {
    return decryptSecret(row.passwordEncrypted, SMTP_PASSWORD_CONTEXT);
  } catch (error) {
    if (error instanceof DecryptionError) throw new AppError("INTERNAL", `The saved SMTP password cannot be used: ${error.message}`, { cause: error });
    throw error;
  }
}

export function smtpServerFromRow(row: SmtpSettings): TSmtpServer {
  return {
    host: row.smtpServer,
    port: row.smtpPort,
    security: securityOf({ use_tls: row.useTls, use_ssl: row.useSsl }),
    username: row.username,
    password: decryptSavedPassword(row),
    allowSelfSigned: row.allowSelfSigned,
  };
}

/**
 * Whether `settings` go with the saved password: the caller typed none and
 * did not clear it. Refused when the server, its port or its security
 * changed: anyone who can edit the form could otherwise have the saved
 * password sent to a server of their own, or in clear text.
 */
export function usesSavedPassword(settings: TSmtpSettings, saved: SmtpSettings | null, field = "password"): saved is SmtpSettings & { passwordEncrypted: string } {
  if (passwordChange(settings.password).kind !== "keep" || !saved?.passwordEncrypted) return false;
  const savedSecurity = securityOf({ use_tls: saved.useTls, use_ssl: saved.useSsl });
  const where = `${saved.smtpServer}:${saved.smtpPort} (${savedSecurity})`;
  const moved =
    saved.smtpServer.toLowerCase() !== settings.smtp_server.toLowerCase() || saved.smtpPort !== settings.smtp_port || savedSecurity !== securityOf(settings);
  if (moved) {
    throw new AppError("BAD_REQUEST", `${field}: enter the password again; the saved one is only sent to ${where}`, {
      fieldErrors: { [field]: [`enter it again when changing the server, port or security (the saved password is only sent to ${where})`] },
    });
  }
  return true;
}
