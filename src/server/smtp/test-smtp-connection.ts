import { parseInput } from "@/server/errors/app-error";
import { DEFAULT_CHECK_TIMEOUT_MS, runSmtpCheck, smtpCheckTarget, type TSmtpDiagnosis } from "./run-smtp-check";
import { ZSmtpTestConnectionInput, type TSmtpTestConnectionInput } from "./smtp-settings-schema";

/**
 * Connects, negotiates TLS and logs in exactly as delivery would (nodemailer's
 * verify), without sending anything, and says where it failed.
 */
export async function testSmtpConnection(input: TSmtpTestConnectionInput = {}, options: { timeoutMs?: number } = {}): Promise<TSmtpDiagnosis> {
  const { settings } = parseInput(ZSmtpTestConnectionInput, input);
  const target = await smtpCheckTarget(settings);
  return runSmtpCheck(target, options.timeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS, async (transport) => {
    await transport.verify();
    const login = target.username ? ` and accepted the login of ${target.username}` : "";
    return { message: `Connected to ${target.config.description}: the server answered${login}.` };
  });
}
