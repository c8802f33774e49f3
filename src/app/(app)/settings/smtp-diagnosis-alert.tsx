import { Alert } from "@/components/ui/alert";
import type { TSmtpDiagnosis } from "@/server/smtp/run-smtp-check";
import styles from "./settings.module.css";

const FAILURE_TITLE: Record<Exclude<TSmtpDiagnosis["stage"], "ok">, string> = {
  dns: "Host name not found",
  connect: "Connection failed",
  timeout: "No answer in time",
  tls: "TLS failed",
  auth: "Login rejected",
  sender: "Sender refused",
  recipient: "Recipient refused",
  data: "Message refused",
  protocol: "Unexpected answer",
};

/** The outcome of "Test connection" or "Send test email", with the server's own words. */
export function SmtpDiagnosisAlert({ action, result }: { action: "test" | "send"; result: TSmtpDiagnosis }) {
  const title = result.stage === "ok" ? (action === "send" ? "Test email accepted" : "Connection works") : FAILURE_TITLE[result.stage];
  return (
    <Alert tone={result.ok ? "success" : "danger"} title={title}>
      <p>{result.message}</p>
      {result.server_reply && (
        <p className={`${styles.reply} mono text-sm`}>
          <span className="text-muted">Server replied: </span>
          {result.server_reply}
        </p>
      )}
      <p className="text-sm text-muted">
        {result.server} · {result.latency_ms} ms{result.message_id ? ` · Message-ID ${result.message_id}` : ""}
      </p>
    </Alert>
  );
}
