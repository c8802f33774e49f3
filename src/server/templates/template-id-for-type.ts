export const EMAIL_TEMPLATE_IDS = [
  "job-completed",
  "job-failed",
  "system-event",
  "custom-alert",
  "digest",
  "test-email",
  "generic",
] as const;

export type TEmailTemplateId = (typeof EMAIL_TEMPLATE_IDS)[number];

/** Digests are built from many rows, never chosen by one notification's type. */
export type TNotificationTemplateId = Exclude<TEmailTemplateId, "digest">;

const BY_TYPE: Record<string, TNotificationTemplateId> = {
  job_completed: "job-completed",
  job_success: "job-completed",
  job_succeeded: "job-completed",
  job_failed: "job-failed",
  job_failure: "job-failed",
  job_timeout: "job-failed",
  system_event: "system-event",
  alert: "custom-alert",
  custom_alert: "custom-alert",
  test: "test-email",
  smtp_test: "test-email",
};

/** Event families: every `alert.<name>` is an alert, every `system.<name>` a system event. */
const BY_FAMILY: Record<string, TNotificationTemplateId> = { alert: "custom-alert", system: "system-event" };

/**
 * Executors spell types freely ("Job-Failed", "job_failed", the events API's
 * "job.failed"); anything unknown gets the generic mail.
 */
export function templateIdForType(notificationType: string): TNotificationTemplateId {
  const normalised = notificationType.trim().toLowerCase();
  const key = normalised.replace(/[-\s.]+/g, "_");
  const family = normalised.includes(".") ? normalised.split(".")[0] : undefined;
  return BY_TYPE[key] ?? (family ? BY_FAMILY[family] : undefined) ?? "generic";
}
