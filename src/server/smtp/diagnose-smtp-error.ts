/** Where an SMTP exchange failed, in the order a session goes through them. */
export const SMTP_FAILURE_STAGES = ["dns", "connect", "timeout", "tls", "auth", "sender", "recipient", "data", "protocol"] as const;
export type TSmtpFailureStage = (typeof SMTP_FAILURE_STAGES)[number];

export type TSmtpFailure = {
  stage: TSmtpFailureStage;
  /** One sentence for the person fixing it, including the server's reply when there is one. */
  message: string;
  server_reply?: string;
  response_code?: number;
  /** Whether sending the same message again later may succeed without anyone changing it. */
  retryable: boolean;
};

export type TSmtpErrorContext = {
  host?: string;
  port?: number;
  username?: string | null;
  /** The connection phase's limit (connect, greeting, TLS upgrade). */
  timeoutMs?: number;
  /** The limit on a silent server later in the session; defaults to timeoutMs. */
  idleTimeoutMs?: number;
};

type TNodemailerError = Error & {
  code?: string;
  /** The system error code under nodemailer's own, e.g. ECONNREFUSED under ESOCKET. */
  originalCode?: string;
  responseCode?: number;
  response?: string;
  command?: string;
  timeoutType?: string;
};

const CERTIFICATE = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ALTNAME|HOSTNAME_MISMATCH/;
const NOT_TLS = /wrong version number|packet length too long|unknown protocol|ERR_SSL_WRONG_VERSION/i;

/**
 * The one reading of nodemailer errors, shared by delivery (classifySmtpError)
 * and the settings page's diagnosis, so both name a failure the same way.
 */
export function diagnoseSmtpError(error: unknown, context: TSmtpErrorContext = {}): TSmtpFailure {
  const e = (error instanceof Error ? error : new Error(String(error))) as TNodemailerError;
  const where = context.host ? `${context.host}${context.port ? `:${context.port}` : ""}` : "the SMTP server";
  const reply = e.response?.trim() || undefined;
  const code = typeof e.responseCode === "number" ? e.responseCode : undefined;
  const fail = (stage: TSmtpFailureStage, message: string, retryable = true): TSmtpFailure => ({
    stage,
    message,
    ...(reply && { server_reply: reply }),
    ...(code && { response_code: code }),
    retryable,
  });
  // 5xx is final for the message except 503 (bad command sequence). A refused
  // session, login or sender is about the settings, not the message: once an
  // admin fixes them the same message goes through, so those stay retryable.
  const permanent = code !== undefined && code >= 500 && code !== 503;
  const system = e.originalCode ?? "";
  const detail = reply ? e.message.slice(0, e.message.length - reply.length).replace(/[:\s]+$/, "") : e.message;

  if (e.code === "EDNS") {
    return fail("dns", `Cannot resolve ${context.host ?? "the SMTP server's name"}: ${system === "ENOTFOUND" ? "no such host" : e.message}`);
  }
  if ((e.code === "ESOCKET" || e.code === "ETLS") && (CERTIFICATE.test(system) || /certificate|self[- ]signed/i.test(e.message))) {
    const selfSigned = /self[- ]signed|SELF_SIGNED/i.test(`${system} ${e.message}`);
    const advice = selfSigned ? ' Turn on "allow self-signed certificates" only if you trust this server.' : "";
    return fail("tls", `TLS certificate of ${where} was not accepted: ${e.message}.${advice}`);
  }
  if (e.code === "ESOCKET" && NOT_TLS.test(`${system} ${e.message}`)) {
    return fail("tls", `${where} did not answer with TLS: this port expects a plain connection (choose STARTTLS, usually port 587), not implicit TLS.`);
  }
  if (e.code === "ETLS") {
    return reply
      ? fail("tls", `${where} refused STARTTLS: ${reply}. Choose implicit TLS for port 465, or no TLS if the server has none.`)
      : fail("tls", `TLS handshake with ${where} failed: ${e.message}`);
  }
  if (e.code === "ETIMEDOUT" || e.code === "EABORT") return fail("timeout", timeoutMessage(e.timeoutType, where, context));
  if (system === "ECONNREFUSED") return fail("connect", `Connection refused by ${where}: nothing is listening on that port, or a firewall rejects the connection.`);
  if (system === "EHOSTUNREACH" || system === "ENETUNREACH") return fail("connect", `${where} is unreachable from this machine (${system}).`);
  if (system === "ECONNRESET") return fail("connect", `${where} reset the connection (${system}).`);
  if (e.code === "ENOAUTH") return fail("auth", `${where} requires authentication: set a username and password.`);
  if (code === 530) return fail("auth", `${where} requires a login before accepting mail: set a username and password. It said: ${reply}`);
  if (e.code === "EAUTH" || e.command?.startsWith("AUTH")) {
    if (/Missing credentials/.test(e.message)) return fail("auth", `A username is set but no password, so ${where} cannot be logged in to.`);
    if (!reply) return fail("auth", `Authentication with ${where} failed: ${e.message}`);
    return fail("auth", `${where} rejected the login${context.username ? ` of ${context.username}` : ""}: ${reply}`);
  }
  if (e.command === "MAIL FROM") return fail("sender", `The sender address was refused: ${reply ?? detail}`);
  if (e.command?.startsWith("RCPT")) return fail("recipient", `The recipient was refused: ${reply ?? detail}`, !permanent);
  if (e.code === "EENVELOPE") return fail("recipient", `The envelope was refused: ${reply ?? detail}`, false);
  if (e.command === "DATA" || e.code === "EMESSAGE") return fail("data", `The message was refused: ${reply ?? detail}`, !permanent);
  if (reply && e.command === "CONN") return fail("connect", `${where} refused the session: ${reply}`);
  if (e.code === "ECONNECTION" || e.code === "ESOCKET") return fail("connect", `Connection to ${where} failed: ${e.message}`);
  return fail("protocol", `Unexpected answer from ${where}: ${reply ?? e.message}`, !permanent);
}

function timeoutMessage(timeoutType: string | undefined, where: string, context: TSmtpErrorContext): string {
  const within = context.timeoutMs ? ` within ${formatSeconds(context.timeoutMs)}` : "";
  const idle = context.idleTimeoutMs ?? context.timeoutMs;
  switch (timeoutType) {
    case "CONNECT_TIMEOUT":
      return `No connection to ${where}${within}: the host is down or a firewall drops the packets (or, with implicit TLS, the TLS handshake never finished).`;
    case "GREETING_TIMEOUT":
      return `Connected to ${where}, but no SMTP greeting came${within}: is this an SMTP port? A port that expects implicit TLS (465) stays silent to a plain connection.`;
    case "UPGRADE_TIMEOUT":
      return `The TLS handshake with ${where} did not finish${within}.`;
    default:
      return `${where} stopped answering: no reply${idle ? ` within ${formatSeconds(idle)}` : ""}.`;
  }
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}
