import type { TChannelKind } from "./channel-kind";

/** What went wrong, in the few classes a person can act on; "error" is anything else (see `response`). */
export const TEST_DIAGNOSES = ["ok", "dns", "tls", "timeout", "refused", "blocked", "http_4xx", "http_5xx", "error"] as const;
export type TTestDiagnosis = (typeof TEST_DIAGNOSES)[number];

/** The answer to every "Send test", REST and UI alike. A failing receiver is a result, not an error. */
export type TChannelTestResult = {
  ok: boolean;
  channel: TChannelKind;
  /** Where the test went: "given" in the request, the caller's "personal" channel or an "organisation" channel. */
  scope: "given" | "personal" | "organisation";
  /** The organisation channel's name, when one was used. */
  channel_name: string | null;
  /** The destination, masked. */
  destination: string;
  /** The receiver's HTTP status, when it answered. */
  status: number | null;
  latency_ms: number;
  /** The receiver's answer (body excerpt) or the precise failure. */
  response: string;
  diagnosis: TTestDiagnosis;
  /** The adapter's failure class (e.g. "gone", "rate_limited"), null on success. */
  error_type: string | null;
  note?: string;
};
