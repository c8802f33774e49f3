import { v7 as uuidv7 } from "uuid";
import { db, Prisma } from "@/server/db/client";
import { jsonRecordset } from "@/server/db/json-recordset";
import { AppError, type TErrorDetail } from "@/server/errors/app-error";
import { enqueueJob } from "@/server/jobs/enqueue-job";
import { JOB_PRIORITY } from "@/server/notifications/priority";
import { alertOccurrenceOf } from "./alert-occurrence";
import { dedupeKeyOf, deriveGroupKey, requestHashOf, toRoutableEvent } from "./derive-event";
import { severityPriority } from "./severity-priority";
import type { TParsedEvent } from "./event-schema";

export type TIngestResult = { ids: string[]; replayed: boolean[] };

type TPrevious = { id: string; requestHash: string; byIdempotencyKey: boolean };

const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 30_000 };

/**
 * Stores validated events and queues their routing, all or nothing: the
 * events of one request and their one routing job are committed together.
 * A repeated idempotency key (or a job event already reported) answers the
 * first event's id; the same key with a different event is 422 and stores
 * nothing. A firing alert reported again (Alertmanager's repeat_interval)
 * answers its first event too, and queues a check of the rules that repeat.
 */
export async function ingestEvents(options: { events: TParsedEvent[]; apiKeyId: number | null; now?: Date }): Promise<TIngestResult> {
  try {
    return await ingestOnce(options);
  } catch (error) {
    // A concurrent request stored one of these keys between our check and our insert: decide again, once.
    if (error instanceof DedupeRace) return ingestOnce(options);
    throw error;
  }
}

class DedupeRace extends Error {}

async function ingestOnce({ events, apiKeyId, now = new Date() }: { events: TParsedEvent[]; apiKeyId: number | null; now?: Date }): Promise<TIngestResult> {
  const prepared = events.map((event) => ({ event, dedupe: dedupeKeyOf(event, apiKeyId), hash: requestHashOf(event) }));
  return db().$transaction(async (tx) => {
    const keys = [...new Set(prepared.flatMap(({ dedupe }) => (dedupe ? [dedupe.key] : [])))];
    const stored = keys.length
      ? await tx.event.findMany({ where: { dedupeKey: { in: keys } }, select: { id: true, dedupeKey: true, requestHash: true } })
      : [];
    const seen = new Map<string, TPrevious>(stored.map((row) => [row.dedupeKey as string, { id: row.id, requestHash: row.requestHash, byIdempotencyKey: row.dedupeKey?.startsWith("key:") ?? false }]));

    const conflicts: TErrorDetail[] = [];
    const fresh: { id: string; event: TParsedEvent; dedupeKey: string | null; hash: string }[] = [];
    const ids: string[] = [];
    const replayed: boolean[] = [];
    prepared.forEach(({ event, dedupe, hash }, index) => {
      const previous = dedupe ? seen.get(dedupe.key) : undefined;
      if (previous) {
        if (previous.byIdempotencyKey && previous.requestHash !== hash) {
          conflicts.push({ index, path: "idempotency_key", message: `was already used for a different event (${previous.id})` });
        }
        ids.push(previous.id);
        replayed.push(true);
        return;
      }
      const id = uuidv7();
      if (dedupe) seen.set(dedupe.key, { id, requestHash: hash, byIdempotencyKey: dedupe.byIdempotencyKey });
      fresh.push({ id, event, dedupeKey: dedupe?.key ?? null, hash });
      ids.push(id);
      replayed.push(false);
    });
    if (conflicts.length) {
      throw new AppError("UNPROCESSABLE", `An idempotency key was reused with a different event: ${conflicts.map((c) => `events[${c.index}]`).join(", ")}. Nothing was stored.`, {
        details: conflicts,
      });
    }
    const stillFiring = [...new Set(prepared.flatMap(({ event, dedupe }, index) => (replayed[index] && dedupe && !dedupe.byIdempotencyKey && alertOccurrenceOf(event)?.status === "firing" ? [ids[index] as string] : [])))];
    // A firing alert re-sent is news only to a rule that repeats (repeat_interval): the worker asks the rules.
    if (stillFiring.length) await enqueueJob(tx, "alertsRepeat", { eventIds: stillFiring });
    if (fresh.length === 0) return { ids, replayed };

    const inserted = await insertEvents(tx, fresh, apiKeyId, now);
    if (inserted < fresh.length) throw new DedupeRace();
    // The loudest event of the request sets when its routing runs: a critical alert is not routed behind routine batches.
    const priority = Math.min(...fresh.map(({ event }) => JOB_PRIORITY[severityPriority(toRoutableEvent(event, now).severity)]));
    await enqueueJob(tx, "eventsRoute", { eventIds: fresh.map(({ id }) => id) }, { priority });
    return { ids, replayed };
  }, TRANSACTION_OPTIONS);
}

async function insertEvents(
  tx: Prisma.TransactionClient,
  fresh: { id: string; event: TParsedEvent; dedupeKey: string | null; hash: string }[],
  apiKeyId: number | null,
  now: Date,
): Promise<number> {
  const rows = fresh.map(({ id, event, dedupeKey, hash }) => {
    const routable = toRoutableEvent(event, now);
    return {
      id,
      type: routable.type,
      severity: routable.severity.toUpperCase(),
      source: routable.source,
      title: routable.title,
      message: routable.message,
      job: event.job ?? null,
      labels: routable.labels,
      data: routable.data,
      group_key: deriveGroupKey(event),
      recipients: event.recipients ?? [],
      // timestamp columns ignore a zone suffix: always hand them UTC.
      occurred_at: routable.occurredAt.toISOString(),
      dedupe_key: dedupeKey,
      request_hash: hash,
    };
  });
  const columns =
    "id uuid, type text, severity text, source text, title text, message text, job jsonb, labels jsonb, data jsonb, group_key text, " +
    "recipients jsonb, occurred_at timestamp, dedupe_key text, request_hash text";
  return tx.$executeRaw`
    insert into events (id, type, severity, source, title, message, job, labels, data, group_key, recipients, occurred_at,
                        received_at, status, api_key_id, dedupe_key, request_hash)
    select id, type, severity::"EventSeverity", source, title, message, job, labels, data, group_key, recipients, occurred_at,
           ${now}::timestamp, 'RECEIVED', ${apiKeyId}::int, dedupe_key, request_hash
      from (${jsonRecordset(rows, columns)}) x
    on conflict (dedupe_key) do nothing`;
}
