import type { TDeliveryResult } from "@/server/channels/delivery-result";
import type { TTestDiagnosis } from "./channel-test-result";

const BY_ERROR_TYPE: Record<string, TTestDiagnosis> = {
  dns: "dns",
  tls: "tls",
  timeout: "timeout",
  refused: "refused",
  // Resets, hang-ups and unreachable networks: the receiver would not talk to us, like a refusal.
  network: "refused",
  blocked_destination: "blocked",
  too_many_redirects: "blocked",
};

/** Sorts an adapter's result into the classes the test endpoints report. */
export function diagnoseDeliveryResult(result: TDeliveryResult): TTestDiagnosis {
  if (result.ok) return "ok";
  const status = result.httpStatus;
  if (status !== undefined && status >= 500) return "http_5xx";
  if (status !== undefined && status >= 400) return "http_4xx";
  return BY_ERROR_TYPE[result.errorType] ?? "error";
}
