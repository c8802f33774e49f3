import { z } from "zod";

// Client-safe: the settings form validates with these same schemas, so this
// file imports nothing but zod.

/** What reads return instead of the saved password; sending it back keeps the saved one. */
export const PASSWORD_MASK = "••••••••";

export const SMTP_SECURITY_MODES = ["none", "starttls", "tls"] as const;
/** none: no TLS at all; starttls: STARTTLS required (use_tls); tls: implicit TLS from the first byte (use_ssl). */
export type TSmtpSecurity = (typeof SMTP_SECURITY_MODES)[number];

export function securityOf(settings: { use_tls: boolean; use_ssl: boolean }): TSmtpSecurity {
  return settings.use_ssl ? "tls" : settings.use_tls ? "starttls" : "none";
}

export function securityFlags(security: TSmtpSecurity): { use_tls: boolean; use_ssl: boolean } {
  return { use_tls: security === "starttls", use_ssl: security === "tls" };
}

/** Empty text becomes null, so "" and an omitted field mean the same thing. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((value) => value || null);

const singleLine = (value: string | null) => value === null || !/[\r\n]/.test(value);

function hostNameProblem(value: string): string | null {
  if (!value) return "is required";
  if (value.length > 253) return "must be at most 253 characters";
  if (value.includes("://")) return "must be a host name like smtp.example.com, without smtp://";
  if (/^[^:]+:\d+$/.test(value)) return "must not include the port: put it in the port field";
  if (!/^(\[?[0-9a-fA-F:.]+\]?|[A-Za-z0-9_.-]+)$/.test(value)) return "must be a host name or IP address like smtp.example.com";
  return null;
}

/** One message per mistake, the most specific one. */
const hostName = z
  .string("is required")
  .trim()
  .superRefine((value, context) => {
    const problem = hostNameProblem(value);
    if (problem) context.addIssue({ code: "custom", message: problem });
  })
  .transform((value) => value.replace(/^\[(.*)\]$/, "$1"));

/**
 * Body of POST /api/v1/notification/smtp/settings, of the smtpSettings.save
 * procedure and of the settings form (the seed's snake_case names).
 *
 * `password`: omitted, "" or the mask keeps the saved password; null clears it;
 * any other string replaces it.
 */
export const ZSmtpSettingsInput = z
  .object({
    smtp_server: hostName,
    smtp_port: z
      .number("must be a port number from 1 to 65535")
      .int("must be a port number from 1 to 65535")
      .min(1, "must be a port number from 1 to 65535")
      .max(65535, "must be a port number from 1 to 65535"),
    username: optionalText(320),
    password: z.string("must be a string, or null to clear it").max(1000, "must be at most 1000 characters").nullish(),
    /** STARTTLS required. Defaults to true unless use_ssl is set. */
    use_tls: z.boolean("must be true or false").optional(),
    /** Implicit TLS (usually port 465). */
    use_ssl: z.boolean("must be true or false").default(false),
    allow_self_signed: z.boolean("must be true or false").default(false),
    from_email: z.email("must be a valid email address").max(320, "must be at most 320 characters"),
    from_name: optionalText(200).refine(singleLine, "must be a single line"),
    reply_to: z
      .string()
      .trim()
      .nullish()
      .transform((value) => value || null)
      .pipe(z.email("must be a valid email address").max(320).nullable()),
    is_active: z.boolean("must be true or false").default(true),
  })
  .superRefine((settings, context) => {
    if (settings.use_tls && settings.use_ssl) {
      context.addIssue({ code: "custom", path: ["use_ssl"], message: "cannot be combined with use_tls: choose STARTTLS (use_tls) or implicit TLS (use_ssl)" });
    }
  })
  .transform((settings) => ({ ...settings, use_tls: settings.use_tls ?? !settings.use_ssl }));

export type TSmtpSettingsInput = z.input<typeof ZSmtpSettingsInput>;
export type TSmtpSettings = z.output<typeof ZSmtpSettingsInput>;

/** Input of the "test connection" action: unsaved form values, or nothing to test the settings in force. */
export const ZSmtpTestConnectionInput = z.object({ settings: ZSmtpSettingsInput.optional() });
export type TSmtpTestConnectionInput = z.input<typeof ZSmtpTestConnectionInput>;

export const ZSmtpSendTestEmailInput = ZSmtpTestConnectionInput.extend({ to: z.email("must be a valid email address").max(320) });
export type TSmtpSendTestEmailInput = z.input<typeof ZSmtpSendTestEmailInput>;

/** Body of POST /api/v1/notification/smtp/test: with `to` it sends a test email, without it only connects. */
export const ZSmtpTestRequest = ZSmtpTestConnectionInput.extend({ to: z.email("must be a valid email address").max(320).optional() });

export type TPasswordChange = { kind: "keep" } | { kind: "clear" } | { kind: "set"; password: string };

export function passwordChange(password: string | null | undefined): TPasswordChange {
  if (password === null) return { kind: "clear" };
  if (password === undefined || password === "" || password === PASSWORD_MASK) return { kind: "keep" };
  return { kind: "set", password };
}
