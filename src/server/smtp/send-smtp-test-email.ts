import { appUrl } from "@/env";
import { parseInput } from "@/server/errors/app-error";
import { renderTestEmail } from "@/server/templates/render-email";
import { DEFAULT_CHECK_TIMEOUT_MS, runSmtpCheck, smtpCheckTarget, type TSmtpDiagnosis } from "./run-smtp-check";
import { ZSmtpSendTestEmailInput, type TSmtpSendTestEmailInput } from "./smtp-settings-schema";

/**
 * Sends the test email through the given (or in-force) settings and reports
 * the server's answer: its queue id on success, the refusing stage otherwise.
 */
export async function sendSmtpTestEmail(
  input: TSmtpSendTestEmailInput & { sentBy: string },
  options: { timeoutMs?: number } = {},
): Promise<TSmtpDiagnosis> {
  const { settings, to } = parseInput(ZSmtpSendTestEmailInput, input);
  const target = await smtpCheckTarget(settings);
  const email = await renderTestEmail({ appUrl: appUrl(), sentBy: input.sentBy, serverDescription: target.config.description });
  return runSmtpCheck(target, options.timeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS, async (transport, signal) => {
    const info = await transport.sendMail({
      from: target.config.from,
      replyTo: target.config.replyTo,
      to,
      subject: email.subject,
      html: email.html,
      text: email.text,
      signal,
    });
    if (info.rejected.length > 0) {
      const reason = info.rejectedErrors?.[0];
      throw reason ?? Object.assign(new Error(`Recipient refused: ${info.rejected.join(", ")}`), { code: "EENVELOPE", command: "RCPT TO" });
    }
    return { message: `${target.config.description} accepted the test email for ${to}.`, server_reply: info.response, message_id: info.messageId };
  });
}
