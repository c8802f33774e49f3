import { Alert } from "@/components/ui/alert";
import type { TChannelTestResult, TTestDiagnosis } from "@/server/destinations/channel-test-result";
import styles from "./channels.module.css";

export const DIAGNOSIS_LABEL: Record<TTestDiagnosis, string> = {
  ok: "Delivered",
  dns: "Host name not found",
  tls: "TLS failed",
  timeout: "No answer in time",
  refused: "Connection failed",
  blocked: "Destination not allowed",
  http_4xx: "Receiver refused the message",
  http_5xx: "Receiver failed",
  error: "Could not send",
};

/** The outcome of "Send test", in the receiver's own words. */
export function TestResultAlert({ result }: { result: TChannelTestResult }) {
  const title = result.ok ? `Test delivered: ${result.status ? `HTTP ${result.status}` : "accepted"} in ${result.latency_ms} ms` : `Test failed: ${DIAGNOSIS_LABEL[result.diagnosis]}`;
  return (
    <Alert tone={result.ok ? "success" : "danger"} title={title}>
      <p className="text-sm">
        To {result.channel_name && `"${result.channel_name}" · `}
        <span className="mono">{result.destination}</span>
      </p>
      <p className={`${styles.response} mono text-sm`}>
        <span className="text-muted">{result.ok ? "Receiver answered: " : "Diagnosis: "}</span>
        {result.response}
      </p>
      <p className="text-sm text-muted">
        {result.status ? `HTTP ${result.status}` : "No HTTP response"} · {result.latency_ms} ms
        {result.error_type ? ` · ${result.error_type}` : ""}
      </p>
      {result.note && <p className="text-sm">{result.note}</p>}
    </Alert>
  );
}
