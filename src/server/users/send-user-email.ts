import { randomUUID } from "node:crypto";
import { z } from "zod";
import { sendEmail } from "@/server/channels/email/send-email";
import { smtpTransport } from "@/server/channels/email/smtp-transport";
import { findSmtpConfig, NO_SMTP_SERVER_MESSAGE } from "@/server/smtp/resolve-smtp-config";

/** Whether the server in force took an invitation or reset email, in its own words. */
export const ZUserEmailOutcome = z.object({ sent: z.boolean(), detail: z.string() });
export type TUserEmailOutcome = z.output<typeof ZUserEmailOutcome>;

export type TAccountEmail = { subject: string; html: string; text: string };

/**
 * Sends an account email (invitation, password reset) straight through the
 * SMTP server in force — the environment's, the saved settings, or the
 * built-in mail catcher — like the "send test email" check, not through the
 * notification queue: a queued notification would keep the link (the
 * credential) in its stored body for every operator to read. The caller
 * learns at once whether the server took it.
 */
export async function sendUserEmail(to: string, email: TAccountEmail): Promise<TUserEmailOutcome> {
  const smtp = await findSmtpConfig();
  if (!smtp) return { sent: false, detail: NO_SMTP_SERVER_MESSAGE };
  const domain = smtp.from.match(/@([^>\s]+)>?\s*$/)?.[1] ?? "opsconductor.local";
  const result = await sendEmail(smtpTransport(smtp), {
    from: smtp.from,
    replyTo: smtp.replyTo,
    to,
    subject: email.subject,
    html: email.html,
    text: email.text,
    messageId: `<account-${randomUUID()}@${domain}>`,
  });
  return result.ok ? { sent: true, detail: `Sent through ${smtp.description}: ${result.response}` } : { sent: false, detail: result.response };
}
