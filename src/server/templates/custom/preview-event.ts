import { db } from "@/server/db/client";
import { toRoutableEvent } from "@/server/events/derive-event";
import { eventFromRow } from "@/server/events/event-from-row";
import { ZEventInput } from "@/server/events/event-schema";
import type { TEventSeverity } from "@/server/events/event-severity";
import type { TRoutableEvent } from "@/server/events/routable-event";
import { AppError } from "@/server/errors/app-error";
import { SAMPLE_CONTEXTS, type TSampleContextKey } from "@/server/templates/liquid/sample-contexts";

/** The event a preview renders: a sample, a real past one, or one typed in. */
export async function previewEvent(source: { sample?: TSampleContextKey; event_id?: string; event?: unknown }): Promise<{ id: string; event: TRoutableEvent }> {
  if (source.event_id) {
    const stored = await db().event.findUnique({ where: { id: source.event_id } });
    if (!stored) throw new AppError("NOT_FOUND", `Event ${source.event_id} not found`);
    return { id: stored.id, event: eventFromRow(stored) };
  }
  if (source.event !== undefined) {
    const parsed = ZEventInput.safeParse(source.event);
    if (!parsed.success) throw AppError.fromZod(parsed.error, "Invalid event");
    return { id: "preview", event: toRoutableEvent(parsed.data, new Date()) };
  }
  const sample = SAMPLE_CONTEXTS.find((entry) => entry.key === (source.sample ?? "job-failed")) ?? SAMPLE_CONTEXTS[0]!;
  const { event, job } = sample.input;
  return {
    id: event.id,
    event: {
      type: event.type,
      severity: event.severity as TEventSeverity,
      source: event.source ?? null,
      title: event.title,
      message: event.message ?? null,
      labels: { ...event.labels },
      data: { ...event.data },
      occurredAt: new Date(event.occurredAt),
      job: job && {
        name: job.name ?? undefined,
        status: job.status ?? undefined,
        run_id: job.runId === null || job.runId === undefined ? undefined : String(job.runId),
        duration_ms: job.durationMs ?? undefined,
        host: job.host ?? undefined,
        step: job.step ?? undefined,
        error: job.error ?? undefined,
        log_excerpt: job.logExcerpt ?? undefined,
        url: job.url ?? undefined,
        exit_code: job.exitCode ?? undefined,
        started_at: job.startedAt ? new Date(job.startedAt).toISOString() : undefined,
        finished_at: job.finishedAt ? new Date(job.finishedAt).toISOString() : undefined,
      },
    },
  };
}
