import nodemailer, { type Transporter } from "nodemailer";
import type { SMTPSentMessageInfo } from "nodemailer/lib/smtp-transport";
import { z } from "zod";
import { takeSmtpCheck } from "@/server/rate-limits/smtp-test-limits";
import { buildSmtpConfig, formatFromAddress, SMTP_SOURCES, type TSmtpConfig } from "./build-smtp-config";
import { diagnoseSmtpError, SMTP_FAILURE_STAGES } from "./diagnose-smtp-error";
import { resolveSmtpConfig } from "./resolve-smtp-config";
import { decryptSavedPassword, findSavedSmtpSettings, usesSavedPassword } from "./saved-smtp-settings";
import { passwordChange, securityOf, type TSmtpSettings } from "./smtp-settings-schema";

/** The answer of "test connection" and "send test email": where it failed, with the server's own reply. */
export const ZSmtpDiagnosis = z.object({
  ok: z.boolean(),
  stage: z.enum([...SMTP_FAILURE_STAGES, "ok"]),
  message: z.string(),
  server_reply: z.string().optional(),
  response_code: z.number().int().optional(),
  latency_ms: z.number(),
  message_id: z.string().optional(),
  server: z.string().meta({ description: 'The server that was tried, e.g. "smtp.example.com:587 (STARTTLS) as user@example.com"' }),
  source: z.enum([...SMTP_SOURCES, "request"]).meta({ description: '"request" when the caller\'s unsaved settings were tried, else the source in force' }),
});
export type TSmtpDiagnosis = z.output<typeof ZSmtpDiagnosis>;

export type TSmtpCheckTarget = { config: TSmtpConfig; source: TSmtpDiagnosis["source"]; username: string | null };

/** Each network step may take this long; the whole check gets two seconds more, so it answers within ~10 s. */
export const DEFAULT_CHECK_TIMEOUT_MS = 8_000;

/** The caller's unsaved settings (password falling back to the saved one), or the settings in force. */
export async function smtpCheckTarget(settings: TSmtpSettings | undefined): Promise<TSmtpCheckTarget> {
  if (!settings) {
    const config = await resolveSmtpConfig();
    const username = config.transport.auth?.user ?? null;
    return { config, source: config.source, username };
  }
  const saved = await findSavedSmtpSettings();
  const change = passwordChange(settings.password);
  const password = change.kind === "set" ? change.password : usesSavedPassword(settings, saved, "settings.password") ? decryptSavedPassword(saved) : null;
  const config = buildSmtpConfig({
    source: "database",
    server: {
      host: settings.smtp_server,
      port: settings.smtp_port,
      security: securityOf(settings),
      username: settings.username,
      password,
      allowSelfSigned: settings.allow_self_signed,
    },
    from: formatFromAddress(settings.from_email, settings.from_name),
    replyTo: settings.reply_to,
  });
  return { config, source: "request", username: settings.username };
}

type TCheckSuccess = { message: string; server_reply?: string; message_id?: string };

/**
 * Runs `check` against a fresh, unpooled connection with short timeouts and
 * turns whatever happens into a diagnosis; it never throws for SMTP failures.
 * It throws TOO_MANY_REQUESTS once the checks of every caller together pass
 * their per-minute ceiling (see smtp-test-limits.ts).
 */
export async function runSmtpCheck(
  target: TSmtpCheckTarget,
  timeoutMs: number,
  check: (transport: Transporter<SMTPSentMessageInfo>, signal: AbortSignal) => Promise<TCheckSuccess>,
): Promise<TSmtpDiagnosis> {
  await takeSmtpCheck();
  const { config } = target;
  // The idle limit runs a little longer than the phase limits, so a silent
  // server is reported by the phase it was silent in (e.g. "no greeting").
  const idleTimeoutMs = timeoutMs + 500;
  const transport = nodemailer.createTransport({
    ...config.transport,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: idleTimeoutMs,
    dnsTimeout: timeoutMs,
  });
  const deadlineMs = timeoutMs + 2_000;
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), deadlineMs);
  const started = performance.now();
  const base = { server: config.description, source: target.source };
  try {
    const success = await Promise.race([check(transport, deadline.signal), abortedAfter(deadline.signal)]);
    const response_code = Number(success.server_reply?.match(/^\d{3}/)?.[0]) || undefined;
    return { ok: true, stage: "ok", ...success, ...(response_code && { response_code }), latency_ms: elapsed(started), ...base };
  } catch (error) {
    const { retryable: _retryable, ...failure } = diagnoseSmtpError(error, {
      host: config.host,
      port: config.port,
      username: target.username,
      timeoutMs,
      idleTimeoutMs: deadline.signal.aborted ? deadlineMs : idleTimeoutMs,
    });
    return { ok: false, ...failure, latency_ms: elapsed(started), ...base };
  } finally {
    clearTimeout(timer);
    transport.close();
  }
}

function abortedAfter(signal: AbortSignal): Promise<never> {
  return new Promise((_resolve, reject) => {
    signal.addEventListener("abort", () => reject(Object.assign(new Error("No answer in time"), { code: "ETIMEDOUT" })), { once: true });
  });
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}

