import { z } from "zod";

/**
 * What makes an `alert.*` event one occurrence of a monitoring alert (from
 * Alertmanager, Grafana or any tool that says the same in `data.alert`):
 * the alert's fingerprint (its labels, hashed by the sender), whether it is
 * firing or resolved, and when this occurrence started. Routing tracks the
 * alert by its fingerprint as it tracks a job by its name.
 */
export const ZAlertOccurrence = z.object({
  fingerprint: z.string().min(1).max(200),
  status: z.enum(["firing", "resolved"]),
  starts_at: z.string().min(1).max(64),
});
export type TAlertOccurrence = z.infer<typeof ZAlertOccurrence>;

export function alertOccurrenceOf(event: { type: string; data?: Record<string, unknown> | null }): TAlertOccurrence | null {
  if (!event.type.startsWith("alert.")) return null;
  const parsed = ZAlertOccurrence.safeParse(event.data?.alert);
  return parsed.success ? parsed.data : null;
}
