import type { TSmtpSettingsView } from "@/server/smtp/get-smtp-settings";
import type { TSmtpPreset } from "@/server/smtp/smtp-presets";
import { securityFlags, securityOf, type TSmtpSecurity, type TSmtpSettingsInput } from "@/server/smtp/smtp-settings-schema";

/** The form's own state: what the inputs hold, as strings where the inputs are text. */
export type TSmtpFormValues = {
  smtp_server: string;
  smtp_port: string;
  security: TSmtpSecurity;
  username: string;
  /** Empty keeps the saved password. */
  password: string;
  clear_password: boolean;
  allow_self_signed: boolean;
  from_email: string;
  from_name: string;
  reply_to: string;
  is_active: boolean;
};

export type TSmtpFormField = Exclude<keyof TSmtpFormValues, "clear_password"> | "to";
export type TSmtpFormErrors = Partial<Record<TSmtpFormField, string>>;

/** Element ids, so the form can focus the first field in error. */
export const smtpFieldId = (field: TSmtpFormField) => `smtp-${field.replaceAll("_", "-")}`;

export const DEFAULT_PORT: Record<TSmtpSecurity, string> = { starttls: "587", tls: "465", none: "25" };

export function formValuesFrom(view: TSmtpSettingsView): TSmtpFormValues {
  return {
    smtp_server: view.smtp_server ?? "",
    smtp_port: String(view.smtp_port ?? DEFAULT_PORT.starttls),
    security: securityOf(view),
    username: view.username ?? "",
    password: "",
    clear_password: false,
    allow_self_signed: view.allow_self_signed,
    from_email: view.from_email ?? "",
    from_name: view.from_name ?? "",
    reply_to: view.reply_to ?? "",
    is_active: view.is_active,
  };
}

export function settingsInputFrom(values: TSmtpFormValues): TSmtpSettingsInput {
  return {
    smtp_server: values.smtp_server,
    smtp_port: values.smtp_port.trim() === "" ? Number.NaN : Number(values.smtp_port),
    username: values.username,
    password: values.clear_password ? null : values.password,
    ...securityFlags(values.security),
    allow_self_signed: values.allow_self_signed,
    from_email: values.from_email.trim(),
    from_name: values.from_name,
    reply_to: values.reply_to,
    is_active: values.is_active,
  };
}

export function applyPreset(values: TSmtpFormValues, preset: TSmtpPreset): TSmtpFormValues {
  return {
    ...values,
    smtp_server: preset.smtp_server,
    smtp_port: String(preset.smtp_port),
    security: preset.security,
    username: preset.username ?? values.username,
    allow_self_signed: false,
  };
}

const FIELD_OF: Record<string, TSmtpFormField> = {
  smtp_server: "smtp_server",
  smtp_port: "smtp_port",
  username: "username",
  password: "password",
  use_tls: "security",
  use_ssl: "security",
  allow_self_signed: "allow_self_signed",
  from_email: "from_email",
  from_name: "from_name",
  reply_to: "reply_to",
  is_active: "is_active",
  to: "to",
};

/** Field errors keyed by input path (from zod or from the server: "smtp_port", "settings.smtp_port") to form fields. */
export function formErrorsFrom(fieldErrors: Record<string, string[]> | null | undefined): TSmtpFormErrors {
  const errors: TSmtpFormErrors = {};
  for (const [path, messages] of Object.entries(fieldErrors ?? {})) {
    const field = FIELD_OF[path.replace(/^settings\./, "")];
    if (field && !errors[field]) errors[field] = capitalize(messages.join(", "));
  }
  return errors;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1) + (/[.!?]$/.test(text) ? "" : ".");
}
