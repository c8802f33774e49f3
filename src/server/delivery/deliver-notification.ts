import { db, type DeliveryAttempt, type Notification } from "@/server/db/client";
import type { TDeliveryResult } from "@/server/channels/delivery-result";
import { groupedStatements } from "@/server/db/grouped-statements";
import { jsonRecordset } from "@/server/db/json-recordset";
import { notificationFromRow, type TNotificationRow } from "@/server/notifications/notification-row";
import { enqueueDelivery } from "./enqueue-delivery";
import { maxOutageWaitMs, nextRetryDelayMs } from "./retry-schedule";
import { sendThroughChannel } from "./send-through-channel";
import { describeDestination } from "./describe-destination";
import { claimSendSlot, ensureDestinationState, recordDestinationFailure, recordDestinationSuccess } from "./destination-state";
import { notifyDestinationDisabled } from "./notify-destination-disabled";
import { anyCircuitMayBeOpen, closeCircuit, openCircuit, passTransportGate } from "./transport-circuit";
import { transportKeyFor } from "./transport-key";

export type TDeliveryOutcome = "sent" | "retrying" | "waiting" | "failed" | "dead" | "skipped";

const FINAL = new Set(["SENT", "FAILED", "DEAD", "SUPPRESSED", "CANCELLED"]);

/**
 * Delivers one notification and decides what happens next — once, for every
 * channel. SENDING and the attempt are committed before the remote call and
 * SENT after it, so a job re-run after a crash never re-sends a SENT message.
 * Failures of the destination as a whole open its circuit (the message waits
 * without using up its retries); failures of this message follow the retry
 * schedule and end in the dead-letter queue.
 */
export async function deliverNotification(notificationId: number, options: { slotReserved?: boolean } = {}): Promise<TDeliveryOutcome> {
  // Nearly every delivery is an email while no circuit is open anywhere: then
  // one statement (shared with this worker's other jobs) reads the
  // notification and opens its attempt.
  if (!(await anyCircuitMayBeOpen())) {
    const opened = await openAttempt({ id: notificationId, withoutDestinationOnly: true });
    if (opened) return sendAndRecord(opened, { transportKey: transportKeyFor(opened.notification), probe: false });
  }

  const notification = await db().notification.findUnique({ where: { id: notificationId } });
  if (!notification || FINAL.has(notification.status)) return "skipped";

  if (notification.destinationKey) {
    const destinationKey = notification.destinationKey;
    const held = await holdForDestination(notification, destinationKey, options.slotReserved ?? false).catch((error: unknown) => recordThrown(notification.id, error));
    if (held) return held;
  }
  const transportKey = transportKeyFor(notification);
  const gate = await passTransportGate(transportKey);
  if (!gate.pass) {
    await scheduleAttempt(notification, gate.retryAt, { errorMessage: gate.lastError }, { waitingForCircuit: true });
    return "waiting";
  }
  const opened = await openAttempt({ id: notification.id, withoutDestinationOnly: false });
  if (!opened) return "skipped";
  return sendAndRecord(opened, { transportKey, probe: gate.probe });
}

async function sendAndRecord({ notification, attempt, attachmentCount }: TOpenedAttempt, circuit: { transportKey: string; probe: boolean }): Promise<TDeliveryOutcome> {
  const started = performance.now();
  const result = await sendThroughChannel(notification, { attachmentCount }).catch(unexpectedFailure);
  const durationMs = Math.round(performance.now() - started);
  const outcome = await recordOutcome(notification, attempt, result, durationMs, circuit);
  if (notification.destinationKey) await updateBreaker(notification.destinationKey, result);
  return outcome;
}

/** An exception before the send (reading the destination, its breaker): recorded as an attempt all the same. */
async function recordThrown(notificationId: number, error: unknown): Promise<TDeliveryOutcome> {
  const opened = await openAttempt({ id: notificationId, withoutDestinationOnly: false });
  if (!opened) return "skipped";
  const transportKey = transportKeyFor(opened.notification);
  return recordOutcome(opened.notification, opened.attempt, unexpectedFailure(error), 0, { transportKey, probe: false });
}

/**
 * An exception in the send path (a bug, an undecryptable secret, a lost
 * database connection) is a failed attempt like any other: recorded with the
 * error, retried on the schedule, dead-lettered at the end — never a
 * notification left SENDING while the job is re-run behind its back.
 */
function unexpectedFailure(error: unknown): TDeliveryResult {
  console.error("[delivery] unexpected error while sending:", error);
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, retryable: true, errorType: "internal", response: `Internal error while sending: ${message.slice(0, 500)}` };
}

/**
 * Chat, webhook and SMS destinations: refuse at once while the breaker has
 * the destination disabled, and space sends by its rate limit (the job moves
 * to its reserved slot; nothing is dropped).
 */
async function holdForDestination(notification: Notification, destinationKey: string, slotReserved: boolean): Promise<TDeliveryOutcome | null> {
  const info = await describeDestination(notification);
  const state = await ensureDestinationState(destinationKey, info);
  if (state.disabledAt) {
    await db().notification.update({
      where: { id: notification.id },
      data: {
        status: "FAILED",
        lastErrorType: "destination_disabled",
        errorMessage: `${state.label} is disabled since ${state.disabledAt.toISOString()} (${state.disabledReason}). Re-enable it, then retry.`,
      },
    });
    return "failed";
  }
  if (slotReserved) return null;
  const slot = await claimSendSlot(destinationKey, info.channel, info.perMinute);
  if (!slot) return null;
  await scheduleAttempt(notification, slot, {}, { slotReserved: true });
  return "waiting";
}

async function updateBreaker(destinationKey: string, result: TDeliveryResult): Promise<void> {
  if (result.ok) return recordDestinationSuccess(destinationKey);
  // A permanent refusal of this message alone (a bad phone number) says nothing about the destination.
  if (!result.retryable && !result.disableDestination) return;
  const disabled = await recordDestinationFailure(destinationKey, { reason: result.response, disable: result.disableDestination ?? false });
  if (disabled) await notifyDestinationDisabled(disabled);
}

type TOpenedAttempt = { notification: Notification; attempt: Pick<DeliveryAttempt, "id" | "startedAt">; attachmentCount: number };
type TOpenAttemptRequest = { id: number; withoutDestinationOnly: boolean };

/**
 * Opens the next attempt of each notification, for the concurrent jobs of this
 * worker in one statement: closes an attempt a dead worker left open (its
 * outcome is unknown, so this send goes ahead with the same Message-ID), marks
 * the notification SENDING and opens the next attempt — committed before the
 * send. Gives each notification (with its attachment count), or null when it
 * is already final or, with `withoutDestinationOnly`, has a destination whose
 * breaker and rate limit must be consulted first.
 */
async function openAttempts(requests: TOpenAttemptRequest[]): Promise<(TOpenedAttempt | null)[]> {
  const input = requests.map((request) => ({ id: request.id, without_destination_only: request.withoutDestinationOnly }));
  const rows = await db().$queryRaw<(TNotificationRow & { attempt_id: number; attempt_started_at: Date; attachment_count: number })[]>`
    with input as (${jsonRecordset(input, "id int, without_destination_only boolean")}), target as (
      select n.id from notifications n join input on input.id = n.id
       where n.status not in ('SENT', 'FAILED', 'DEAD', 'SUPPRESSED', 'CANCELLED')
         and (not input.without_destination_only or n.destination_key is null)
       order by n.id
         for update of n
    ), interrupted as (
      update delivery_attempts
         set outcome = 'TRANSIENT_FAILURE', error_type = 'interrupted', finished_at = now(),
             response = 'The worker stopped during this attempt; outcome unknown. Sent again with the same Message-ID.'
       where notification_id in (select id from target) and outcome is null
    ), sending as (
      update notifications n set status = 'SENDING', next_attempt_at = null, updated_at = now()
        from target where n.id = target.id
      returning n.*
    ), attempt as (
      insert into delivery_attempts (notification_id, attempt_number, started_at)
      select target.id, coalesce((select max(attempt_number) from delivery_attempts d where d.notification_id = target.id), 0) + 1, now()
        from target
      returning id, notification_id, started_at
    )
    select sending.*, attempt.id as attempt_id, attempt.started_at as attempt_started_at,
           (select count(*)::int from notification_attachments a where a.notification_id = sending.id) as attachment_count
      from sending join attempt on attempt.notification_id = sending.id`;
  const byId = new Map(rows.map((row) => [row.id, row]));
  return requests.map(({ id }) => {
    const row = byId.get(id);
    return row ? { notification: notificationFromRow(row), attempt: { id: row.attempt_id, startedAt: row.attempt_started_at }, attachmentCount: row.attachment_count } : null;
  });
}

const openAttempt = groupedStatements(openAttempts, { maxGroup: 100 });

type TSent = { attemptId: number; notificationId: number; durationMs: number; response: string; providerMessageId: string | null };

/** The hot path of recordOutcome: attempts and notifications of the sends that succeeded meanwhile, in one statement. */
async function recordSent(sends: TSent[]): Promise<true[]> {
  const input = sends.map((send) => ({
    attempt_id: send.attemptId,
    notification_id: send.notificationId,
    duration_ms: send.durationMs,
    response: send.response,
    provider_message_id: send.providerMessageId,
  }));
  await db().$executeRaw`
    with input as (${jsonRecordset(input, "attempt_id int, notification_id int, duration_ms int, response text, provider_message_id text")}), finished as (
      update delivery_attempts a
         set finished_at = now(), duration_ms = input.duration_ms, response = input.response, outcome = 'DELIVERED', error_type = null
        from input where a.id = input.attempt_id
    )
    update notifications n
       set status = 'SENT', sent_at = now(), provider_message_id = input.provider_message_id,
           error_message = null, last_error_type = null, updated_at = now()
      from input where n.id = input.notification_id`;
  return sends.map(() => true);
}

const recordSentGrouped = groupedStatements(recordSent, { maxGroup: 100 });

async function recordOutcome(
  notification: Notification,
  attempt: Pick<DeliveryAttempt, "id" | "startedAt">,
  result: TDeliveryResult,
  durationMs: number,
  { transportKey, probe }: { transportKey: string; probe: boolean },
): Promise<TDeliveryOutcome> {
  const finishAttempt = {
    where: { id: attempt.id },
    data: {
      finishedAt: new Date(),
      durationMs,
      response: result.response,
      outcome: result.ok ? ("DELIVERED" as const) : result.retryable ? ("TRANSIENT_FAILURE" as const) : ("PERMANENT_FAILURE" as const),
      errorType: result.ok ? null : result.errorType,
    },
  };

  if (result.ok) {
    await recordSentGrouped({ attemptId: attempt.id, notificationId: notification.id, durationMs, response: result.response, providerMessageId: result.providerMessageId ?? null });
    await closeCircuit(transportKey);
    return "sent";
  }

  const failure = { errorMessage: result.response, lastErrorType: result.errorType };
  if (!result.retryable) {
    await db().$transaction([db().deliveryAttempt.update(finishAttempt), db().notification.update({ where: { id: notification.id }, data: { status: "FAILED", ...failure } })]);
    return "failed";
  }

  if (result.affectsDestination) {
    // A destination outage doesn't use up this message's retries, but it may not wait forever either.
    if (Date.now() - notification.createdAt.getTime() < maxOutageWaitMs()) {
      const retryAt = await openCircuit(transportKey, result.response, { probe, retryAfterMs: result.retryAfterMs });
      await db().deliveryAttempt.update(finishAttempt);
      await scheduleAttempt(notification, retryAt, failure, { waitingForCircuit: true });
      return "waiting";
    }
  }

  const retryCount = notification.retryCount + 1;
  const delay = result.affectsDestination ? null : nextRetryDelayMs(retryCount);
  if (delay === null) {
    await db().$transaction([
      db().deliveryAttempt.update(finishAttempt),
      db().notification.update({ where: { id: notification.id }, data: { status: "DEAD", retryCount, nextAttemptAt: null, ...failure } }),
      db().deadLetter.upsert({
        where: { notificationId: notification.id },
        create: { notificationId: notification.id, errorType: result.errorType, errorMessage: result.response, retryCount, lastRetryAt: attempt.startedAt },
        update: { errorType: result.errorType, errorMessage: result.response, retryCount, lastRetryAt: attempt.startedAt },
      }),
    ]);
    return "dead";
  }
  await db().deliveryAttempt.update(finishAttempt);
  await scheduleAttempt(notification, new Date(Date.now() + Math.max(delay, result.retryAfterMs ?? 0)), { ...failure, retryCount });
  return "retrying";
}

/** RETRYING until `runAt`, with the job re-queued for then in the same transaction. */
async function scheduleAttempt(
  notification: Notification,
  runAt: Date,
  changes: { errorMessage?: string; lastErrorType?: string; retryCount?: number },
  options: { waitingForCircuit?: boolean; slotReserved?: boolean } = {},
) {
  await db().$transaction(async (tx) => {
    await tx.notification.update({ where: { id: notification.id }, data: { status: "RETRYING", nextAttemptAt: runAt, ...changes } });
    await enqueueDelivery(tx, notification, { runAt, ...options });
  });
}
