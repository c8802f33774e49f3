import type { TSeverity } from "@/emails/components/theme";
import { templateIdForType } from "./template-id-for-type";

export type TPriority = "LOW" | "NORMAL" | "HIGH" | "CRITICAL";

/**
 * How loud a notification is, the same in every channel: the executor's own
 * severity when it sent one; otherwise a failed job is an error even at normal
 * priority, and only CRITICAL outranks it.
 */
export function notificationSeverity(notification: { priority: TPriority; notificationType: string }, declared?: TSeverity): TSeverity {
  if (declared) return declared;
  if (notification.priority === "CRITICAL") return "critical";
  if (templateIdForType(notification.notificationType) === "job-failed") return "error";
  return notification.priority === "HIGH" ? "warning" : "info";
}
