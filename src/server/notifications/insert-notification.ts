import { Prisma, type DecisionOutcome, type Notification } from "@/server/db/client";
import { DELIVERY_JOB_KEY_PREFIX, deliveryJobOptions } from "@/server/delivery/enqueue-delivery";
import { jsonRecordset } from "@/server/db/json-recordset";
import type { TDigestPlan } from "@/server/preferences/digest-schedule";
import { jobSpec, jobSpecArray } from "@/server/jobs/enqueue-job";
import { notificationFromRow, type TNotificationRow } from "./notification-row";

/** Why this notification exists (or was suppressed), recorded with it in the same statement. */
export type TNotificationDecision = {
  recipient: string;
  outcome: DecisionOutcome;
  reason: string;
  userId: number | null;
  ruleId: number | null;
  eventId: string | null;
};

export type TNewNotification = Pick<
  Notification,
  "channel" | "recipientEmail" | "channelId" | "destinationEncrypted" | "destinationKey" | "subject" | "body" | "notificationType" | "priority" | "jobRunId" | "apiKeyId" | "idempotencyKey"
> & {
  metadata: Prisma.InputJsonObject;
  /** PENDING (default); DEFERRED until deliverAfter; SUPPRESSED and FOLDED (into foldId) are stored without a delivery job. */
  status?: "PENDING" | "DEFERRED" | "SUPPRESSED" | "FOLDED";
  foldId?: number | null;
  deliverAfter?: Date | null;
  eventId?: string | null;
  /** With an idempotency key: the fingerprint of the request, to refuse the key's reuse for another one. */
  requestHash?: string | null;
  recipientUserId?: number | null;
  /** A rule's choice of custom template; resolved again (and recorded with its version) at send time. */
  templateKey?: string | null;
  /** A level (or the recovery) of this incident: its messages carry the acknowledge link. */
  incidentId?: number | null;
  decision?: TNotificationDecision | null;
  /** Routing only, not stored: the recipient's digest folds it (see foldNotifications). */
  digest?: TDigestPlan | null;
};

type TSql = Pick<Prisma.TransactionClient, "$queryRaw">;

/**
 * Inserts notifications, their first delivery jobs and their routing
 * decisions in one statement: each notification exists with its job or not at
 * all, also outside a transaction. graphile-worker's `add_jobs` queues the
 * whole set at once (per row, `add_job` cost PostgreSQL ~1 ms of CPU; in a
 * set, ~0.02 ms). Ids are drawn first so each job's payload is built and
 * checked by its task's schema like every other job. Results are in input
 * order; null where the API key had already used the idempotency key (the
 * caller replays the first notification).
 */
export async function insertNotificationsWithDelivery(sql: TSql, notifications: TNewNotification[]): Promise<(Notification | null)[]> {
  return insertNotifications(sql, notifications, { rows: true });
}

/**
 * The same insert for routing, which creates thousands of notifications a
 * batch and needs none of them back: reading every stored row back cost more
 * than storing it. Answers how many were stored.
 */
export async function insertRoutedNotifications(sql: TSql, notifications: TNewNotification[], now = new Date()): Promise<number> {
  return insertNotifications(sql, notifications, { rows: false, now });
}

async function insertNotifications(sql: TSql, notifications: TNewNotification[], options: { rows: true }): Promise<(Notification | null)[]>;
async function insertNotifications(sql: TSql, notifications: TNewNotification[], options: { rows: false; now: Date }): Promise<number>;
async function insertNotifications(sql: TSql, notifications: TNewNotification[], options: { rows: boolean; now?: Date }): Promise<(Notification | null)[] | number> {
  if (notifications.length === 0) return options.rows ? [] : 0;
  const ids = await drawNotificationIds(sql, notifications.length);
  // Routing's clock: its decisions and notifications carry the time it decided.
  const now = options.now ?? new Date();
  const input = notifications.map((data, ord) => ({
    ord,
    id: ids[ord],
    recipient_email: data.recipientEmail,
    channel: data.channel,
    channel_id: data.channelId,
    destination_encrypted: data.destinationEncrypted,
    destination_key: data.destinationKey,
    subject: data.subject,
    body: data.body,
    notification_type: data.notificationType,
    priority: data.priority,
    status: data.status ?? "PENDING",
    job_run_id: data.jobRunId,
    metadata: data.metadata,
    api_key_id: data.apiKeyId,
    idempotency_key: data.idempotencyKey,
    request_hash: data.requestHash ?? null,
    event_id: data.eventId ?? null,
    recipient_user_id: data.recipientUserId ?? null,
    deliver_after: data.deliverAfter ?? null,
    template_key: data.templateKey ?? null,
    incident_id: data.incidentId ?? null,
    fold_id: data.foldId ?? null,
  }));
  const jobs = notifications.flatMap((data, ord) => {
    const id = ids[ord] as number;
    if (data.status === "SUPPRESSED" || data.status === "FOLDED") return [];
    const options = deliveryJobOptions(data, { runAt: data.deliverAfter ?? undefined });
    return [{ ...jobSpec("deliverySend", { notificationId: id }, { ...options, jobKey: `${DELIVERY_JOB_KEY_PREFIX}${id}` }), ref: id }];
  });
  const decisions = notifications.flatMap((data, ord) =>
    data.decision
      ? [{
          notification_id: ids[ord],
          event_id: data.decision.eventId,
          user_id: data.decision.userId,
          recipient: data.decision.recipient,
          channel: data.channel,
          outcome: data.decision.outcome,
          reason: data.decision.reason,
          rule_id: data.decision.ruleId,
          deliver_after: data.deliverAfter ?? null,
        }]
      : [],
  );
  const columns =
    "ord int, id int, recipient_email text, channel text, channel_id int, destination_encrypted text, destination_key text, subject text, body text, " +
    "notification_type text, priority text, status text, job_run_id text, metadata jsonb, api_key_id int, idempotency_key text, request_hash text, event_id uuid, " +
    "recipient_user_id int, deliver_after timestamp, template_key text, incident_id int, fold_id int";
  const decisionColumns =
    "notification_id int, event_id uuid, user_id int, recipient text, channel text, outcome text, reason text, rule_id int, deliver_after timestamp";
  const rows = await sql.$queryRaw<(TNotificationRow & { ord: number })[]>`
    with input as materialized (${jsonRecordset(input, columns)}), created as (
      insert into notifications (id, recipient_email, channel, channel_id, destination_encrypted, destination_key, subject, body,
                                 notification_type, priority, status, job_run_id, metadata, api_key_id, idempotency_key, request_hash, event_id,
                                 recipient_user_id, deliver_after, template_key, incident_id, fold_id, created_at, updated_at)
      select id, recipient_email, channel::"Channel", channel_id, destination_encrypted, destination_key, subject, body,
             notification_type, priority::"Priority", status::"NotificationStatus", job_run_id, metadata, api_key_id, idempotency_key, request_hash, event_id,
             recipient_user_id, deliver_after, template_key, incident_id, fold_id, ${now}::timestamp, ${now}::timestamp
        from input order by ord
      on conflict (api_key_id, idempotency_key) do nothing
      returning ${options.rows ? Prisma.sql`*` : Prisma.sql`id`}
    ), queued as (
      ${jobs.length ? Prisma.sql`select count(*) as jobs from graphile_worker.add_jobs(${jobSpecArray(jobs, Prisma.sql`where s.ref::int in (select id from created)`)})` : Prisma.sql`select 0 as jobs`}
    ), decided as (
      insert into routing_decisions (notification_id, event_id, user_id, recipient, channel, outcome, reason, rule_id, deliver_after, created_at)
      select d.notification_id, d.event_id, d.user_id, d.recipient, d.channel::"Channel", d.outcome::"DecisionOutcome", d.reason, d.rule_id, d.deliver_after, ${now}::timestamp
        from (${jsonRecordset(decisions, decisionColumns)}) d
       where d.notification_id in (select id from created)
      returning 1
    )
    ${
      options.rows
        ? Prisma.sql`select input.ord, created.* from input left join created using (id) cross join queued cross join (select count(*) from decided) as decided_count`
        : Prisma.sql`select (select count(*) from created)::int as stored from queued cross join (select count(*) from decided) as decided_count`
    }`;
  if (!options.rows) return (rows[0] as unknown as { stored: number } | undefined)?.stored ?? 0;
  const byOrd = new Map(rows.map((row) => [row.ord, row]));
  return input.map(({ ord }) => {
    const row = byOrd.get(ord);
    return row?.created_at ? notificationFromRow(row) : null;
  });
}

async function drawNotificationIds(sql: TSql, count: number): Promise<number[]> {
  const rows = await sql.$queryRaw<{ id: number }[]>`
    select nextval(pg_get_serial_sequence('notifications', 'id'))::int as id from generate_series(1, ${count}::int)`;
  return rows.map((row) => row.id);
}
