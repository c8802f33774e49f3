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
  system_event: "system-event",
  alert: "custom-alert",
  custom_alert: "custom-alert",
  test: "test-email",
  smtp_test: "test-email",
};

/** Executors spell types freely ("Job-Failed", "job_failed"); anything unknown gets the generic mail. */
export function templateIdForType(notificationType: string): TNotificationTemplateId {
  const key = notificationType.trim().toLowerCase().replace(/[-\s]+/g, "_");
  return BY_TYPE[key] ?? "generic";
}
