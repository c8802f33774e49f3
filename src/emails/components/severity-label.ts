import type { TSeverity } from "./theme";

const labels: Record<TSeverity, string> = { info: "Info", warning: "Warning", error: "Error", critical: "Critical" };

export function severityLabel(severity: TSeverity): string {
  return labels[severity];
}
