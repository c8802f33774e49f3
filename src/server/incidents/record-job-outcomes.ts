import type { Event, Prisma } from "@/server/db/client";
import { formatDuration } from "@/emails/components/format-duration";
import { jsonRecordset } from "@/server/db/json-recordset";
import type { TEventSeverity } from "@/server/events/event-severity";
import { eventFromRow } from "@/server/events/event-from-row";
import type { TNewNotification } from "@/server/notifications/insert-notification";
import { DELIVERY_JOB_KEY_PREFIX } from "@/server/delivery/enqueue-delivery";
import { holdFor } from "@/server/preferences/quiet-hours";
import { eventNotificationContent } from "@/server/routing/event-notification-content";
import type { TDecisionRow } from "@/server/routing/insert-decisions";
import { loadDirectory } from "@/server/routing/load-directory";
import { resolveLocked } from "./close-incident";
import { lockJobs } from "./lock-jobs";
import { conditionOf, type TCondition } from "./condition";
import { env } from "@/env";
import { enqueueJobs, jobSpec } from "@/server/jobs/enqueue-job";
import { changesWithin, isFlapping } from "./flapping";
import { flapCheckKey, type TFlap } from "./flapping-messages";

type TState = { job_key: string; last_status: string; last_event_id: string; failing_since_event_id: string | null; failing_since: Date | null; transitions: Date[]; flapping_since: Date | null };
type TRecovery = { event: Event; severity: TEventSeverity; failedSince: Date; failureEventIds: string[] };
type TAudienceRow = { id: number; status: string; event_id: string; channel: TNewNotification["channel"]; channel_id: number | null; recipient_email: string | null; recipient_user_id: number | null; destination_key: string | null };

const KEPT_TRANSITIONS = 20;

/**
 * What job events (and alert events: a condition, see conditionOf) mean
 * beyond their own routing, in the routing transaction: each job's last
 * state is kept; a success after failures resolves the job's
 * open incidents and tells everyone who heard of the failures that it
 * recovered (one message each, with the outage's length); a success after a
 * success changes nothing. Answers the recovery notifications to insert and
 * the decisions of those not sent (a failure message still held is called
 * back: the recovery, held as long, says both in one message).
 *
 * Each job is locked (lockJobs) before its state is read, so a job seen for
 * the first time is not inserted twice. Callers do this last in their
 * transaction, so the locks are held briefly.
 */
export type TJobOutcomes = { notifications: TNewNotification[]; decisions: TDecisionRow[]; flapping: Map<string, TFlap> };

export async function recordJobOutcomes(tx: Prisma.TransactionClient, events: { event: Event; severity: TEventSeverity }[], now: Date): Promise<TJobOutcomes> {
  const jobEvents = events.flatMap(({ event, severity }) => {
    const condition = conditionOf(eventFromRow(event));
    return condition?.outcome ? [{ event, severity, key: condition.key, outcome: condition.outcome, condition }] : [];
  });
  if (jobEvents.length === 0) return { notifications: [], decisions: [], flapping: new Map() };
  const keys = [...new Set(jobEvents.map((item) => item.key))].sort();
  await lockJobs(tx, keys);
  const states = new Map(
    (await tx.$queryRaw<TState[]>`select job_key, last_status, last_event_id::text, failing_since_event_id::text, failing_since, transitions, flapping_since from job_states where job_key = any(${keys})`).map((state) => [state.job_key, state]),
  );
  const recoveries: TRecovery[] = [];
  const failureEvents = new Map<string, string[]>();
  const flapping = new Map<string, TFlap>();
  const { FLAP_CHANGES, FLAP_WINDOW } = env();
  for (const { event, severity, key, outcome, condition } of jobEvents) {
    const state = states.get(key);
    const changed = state?.last_status !== outcome;
    const transitions = changed ? [...(state?.transitions ?? []), now].slice(-KEPT_TRANSITIONS) : (state?.transitions ?? []);
    // Once flapping, a job stays so until a whole FLAP_WINDOW passes without a change (checkFlappingJob).
    const flappingSince = state?.flapping_since ?? (isFlapping(transitions, now, { maxChanges: FLAP_CHANGES, windowMs: FLAP_WINDOW }) ? now : null);
    if (flappingSince) flapping.set(event.id, { jobKey: key, name: condition.name, states: condition.states, changes: changesWithin(transitions, now, FLAP_WINDOW), started: !state?.flapping_since, since: flappingSince });
    if (outcome === "failed") {
      const since = state?.last_status === "failed" ? state : null;
      failureEvents.set(key, [...(since ? (failureEvents.get(key) ?? [since.failing_since_event_id ?? since.last_event_id]) : []), event.id]);
      states.set(key, { job_key: key, last_status: "failed", last_event_id: event.id, failing_since_event_id: since?.failing_since_event_id ?? event.id, failing_since: since?.failing_since ?? now, transitions, flapping_since: flappingSince });
    } else {
      if (state?.last_status === "failed") {
        const ids = [...new Set([...(failureEvents.get(key) ?? []), state.failing_since_event_id ?? state.last_event_id, state.last_event_id])];
        recoveries.push({ event, severity, failedSince: state.failing_since ?? now, failureEventIds: ids });
      }
      failureEvents.delete(key);
      states.set(key, { job_key: key, last_status: "succeeded", last_event_id: event.id, failing_since_event_id: null, failing_since: null, transitions, flapping_since: flappingSince });
    }
  }
  await saveStates(tx, [...states.values()].filter((state) => keys.includes(state.job_key)), now);
  await resolveRecovered(tx, [...new Map(jobEvents.filter((item) => item.outcome === "succeeded").map((item) => [item.key, item.condition])).values()], now);
  const flappingJobs = [...new Set([...flapping.values()].map((flap) => flap.jobKey))];
  await enqueueJobs(tx, flappingJobs.map((jobKey) => jobSpec("jobsFlapCheck", { jobKey }, { runAt: new Date(now.getTime() + FLAP_WINDOW), jobKey: flapCheckKey(jobKey) })));
  return { ...(await recoveryNotifications(tx, recoveries, now)), flapping };
}

async function saveStates(tx: Prisma.TransactionClient, states: TState[], now: Date) {
  await tx.$executeRaw`
    insert into job_states (job_key, last_status, last_event_id, failing_since_event_id, failing_since, transitions, flapping_since, updated_at)
    select job_key, last_status, last_event_id, failing_since_event_id, failing_since, transitions, flapping_since, ${now}::timestamp
      from (${jsonRecordset(
        states.map((state) => ({
          ...state,
          failing_since: state.failing_since?.toISOString() ?? null,
          flapping_since: state.flapping_since ? new Date(state.flapping_since).toISOString() : null,
          transitions: state.transitions.map((at) => new Date(at).toISOString()),
        })),
        "job_key text, last_status text, last_event_id uuid, failing_since_event_id uuid, failing_since timestamp, transitions timestamp[], flapping_since timestamp",
      )}) s
    on conflict (job_key) do update set last_status = excluded.last_status, last_event_id = excluded.last_event_id,
      failing_since_event_id = excluded.failing_since_event_id, failing_since = excluded.failing_since, transitions = excluded.transitions, flapping_since = excluded.flapping_since, updated_at = excluded.updated_at`;
}

/** A job that completes (an alert that resolves) resolves its open incidents: the escalation stops. */
async function resolveRecovered(tx: Prisma.TransactionClient, conditions: TCondition[], now: Date) {
  if (conditions.length === 0) return;
  const byKey = new Map(conditions.map((condition) => [condition.key, condition]));
  const open = await tx.$queryRaw<{ id: number; incident_key: string }[]>`select id, incident_key from incidents where incident_key = any(${[...byKey.keys()]}) and status <> 'RESOLVED' order by id`;
  for (const { id, incident_key } of open) await resolveLocked(tx, id, (byKey.get(incident_key) as TCondition).resolvedBy, now);
}

async function recoveryNotifications(tx: Prisma.TransactionClient, recoveries: TRecovery[], now: Date): Promise<Omit<TJobOutcomes, "flapping">> {
  if (recoveries.length === 0) return { notifications: [], decisions: [] };
  const audience = await tx.$queryRaw<TAudienceRow[]>`
    select id, status::text, event_id::text, channel, channel_id, recipient_email, recipient_user_id, destination_key from notifications
     where event_id = any(${recoveries.flatMap((r) => r.failureEventIds)}::uuid[]) and status not in ('SUPPRESSED', 'CANCELLED') order by id`;
  const userIds = [...new Set(audience.flatMap((row) => (row.recipient_user_id === null ? [] : [row.recipient_user_id])))];
  const directory = userIds.length ? await loadDirectory(userIds.map((user) => ({ user }))) : null;
  const notifications: TNewNotification[] = [];
  const decisions: TDecisionRow[] = [];
  const calledBack: number[] = [];
  for (const recovery of recoveries) {
    const outage = formatDuration(now.getTime() - recovery.failedSince.getTime());
    const content = eventNotificationContent(recovery.event.id, eventFromRow(recovery.event), recovery.severity);
    const byRecipient = new Map<string, TAudienceRow[]>();
    for (const row of audience.filter((candidate) => recovery.failureEventIds.includes(candidate.event_id))) {
      const who = `${row.channel}:${row.channel_id ?? row.recipient_user_id ?? row.recipient_email}`;
      byRecipient.set(who, [...(byRecipient.get(who) ?? []), row]);
    }
    for (const rows of byRecipient.values()) {
      const row = rows[0] as TAudienceRow;
      const recipient = row.recipient_email ?? `channel #${row.channel_id}`;
      const held = rows.filter((candidate) => candidate.status === "DEFERRED");
      calledBack.push(...held.map((candidate) => candidate.id));
      const user = row.recipient_user_id === null ? undefined : directory?.userById.get(row.recipient_user_id);
      const hold = user ? holdFor(user.hold, now, recovery.severity) : null;
      notifications.push({
        ...content,
        subject: `Recovered: ${content.subject} (after ${outage})`,
        body: `${content.body}\n\nIt had been failing since ${recovery.failedSince.toISOString()} (${outage}).${held.length ? " The failure message was held for you and is not sent separately." : ""}`,
        metadata: { ...content.metadata, recovered_from_event_id: recovery.failureEventIds[0] ?? null, outage_ms: now.getTime() - recovery.failedSince.getTime() },
        channel: row.channel,
        channelId: row.channel_id,
        recipientEmail: row.recipient_email,
        recipientUserId: row.recipient_user_id,
        destinationKey: row.destination_key,
        destinationEncrypted: null,
        apiKeyId: null,
        idempotencyKey: null,
        eventId: recovery.event.id,
        status: hold ? "DEFERRED" : "PENDING",
        deliverAfter: hold?.until ?? null,
        decision: {
          recipient,
          outcome: hold ? "DEFERRED" : "NOTIFIED",
          reason: `Recovered after ${outage}: told to everyone who heard of the failure${held.length ? " (their failure message, still held, is called back: this one says both)" : ""}${hold ? `; held by ${hold.description}` : ""}`,
          userId: row.recipient_user_id,
          ruleId: null,
          eventId: recovery.event.id,
        },
      });
    }
  }
  if (calledBack.length) {
    await tx.$executeRaw`select count(graphile_worker.remove_job(${DELIVERY_JOB_KEY_PREFIX} || id::text)) from unnest(${calledBack}::int[]) id`;
    await tx.$executeRaw`update notifications set status = 'CANCELLED', cancelled_at = ${now}::timestamp, cancelled_by = 'the job recovered before it was sent', next_attempt_at = null where id = any(${calledBack}::int[])`;
  }
  return { notifications, decisions };
}
