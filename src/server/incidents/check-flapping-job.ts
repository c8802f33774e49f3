import { appLink } from "@/emails/components/app-link";
import { appUrl, env } from "@/env";
import { db, type Channel } from "@/server/db/client";
import { formatWindow } from "@/server/folds/fold-window";
import { enqueueJob } from "@/server/jobs/enqueue-job";
import { insertRoutedNotifications, type TNewNotification } from "@/server/notifications/insert-notification";
import { isStableAgain } from "./flapping";
import { eventFromRow } from "@/server/events/event-from-row";
import { conditionOf, JOB_WORDS } from "./condition";
import { flapCheckKey, FLAPPING_TYPE, shortName } from "./flapping-messages";
import { lockJobs } from "./lock-jobs";

const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 30_000 };

type TToldRow = { channel: Channel; channel_id: number | null; recipient_email: string | null; recipient_user_id: number | null; destination_key: string | null; event_id: string | null };
type THeldRow = { id: number; subject: string; created_at: Date; channel: Channel; channel_id: number | null; recipient_user_id: number | null; recipient_email: string | null };

/**
 * Ends a flap once the job has gone a whole FLAP_WINDOW without changing:
 * everyone who got the "flapping" message gets one "stable again" message
 * with the job's state and each message held back meanwhile, linked. Still
 * changing: checks again a window after the last change.
 */
export async function checkFlappingJob(jobKey: string, now = new Date()): Promise<number> {
  return db().$transaction(async (tx) => {
    await lockJobs(tx, [jobKey]);
    const [state] = await tx.$queryRaw<{ last_status: string; last_event_id: string; transitions: Date[]; flapping_since: Date | null }[]>`
      select last_status, last_event_id::text, transitions, flapping_since from job_states where job_key = ${jobKey}`;
    if (!state?.flapping_since) return 0;
    const { FLAP_WINDOW } = env();
    if (!isStableAgain(state.transitions, now, FLAP_WINDOW - 1_000)) {
      const last = state.transitions.at(-1) ?? now;
      await enqueueJob(tx, "jobsFlapCheck", { jobKey }, { runAt: new Date(new Date(last).getTime() + FLAP_WINDOW), jobKey: flapCheckKey(jobKey) });
      return 0;
    }
    const since = state.flapping_since;
    await tx.$executeRaw`update job_states set flapping_since = null where job_key = ${jobKey}`;
    const told = await tx.$queryRaw<TToldRow[]>`
      select distinct on (channel, coalesce(recipient_user_id, -1), coalesce(channel_id, -1), coalesce(recipient_email, ''))
             channel, channel_id, recipient_email, recipient_user_id, destination_key, event_id::text
        from notifications where notification_type = ${FLAPPING_TYPE} and created_at >= ${since}::timestamp and metadata->>'flapping_job_key' = ${jobKey}`;
    const held = await tx.$queryRaw<THeldRow[]>`
      select id, subject, created_at, channel, channel_id, recipient_user_id, recipient_email from notifications
       where status = 'SUPPRESSED' and created_at >= ${since}::timestamp and metadata->>'flapping_job_key' = ${jobKey} order by created_at, id`;
    // Named, and its state worded, by what it is (a job, an alert): its last event says.
    const lastEvent = await tx.event.findUnique({ where: { id: state.last_event_id } });
    const known = lastEvent ? conditionOf(eventFromRow(lastEvent)) : null;
    const name = known?.name ?? `Job ${jobKey.slice(jobKey.indexOf(":") + 1)}`;
    const window = formatWindow(FLAP_WINDOW);
    const condition = (known ?? JOB_WORDS).is[state.last_status === "failed" ? "failed" : "succeeded"];
    const notifications: TNewNotification[] = told.map((row) => {
      const mine = held.filter((item) => item.channel === row.channel && item.channel_id === row.channel_id && item.recipient_user_id === row.recipient_user_id && item.recipient_email === row.recipient_email);
      const lines = mine.map((item) => `- ${item.created_at.toISOString().slice(11, 16)} UTC ${item.subject} — ${appLink(appUrl(), `notifications/${item.id}`)}`);
      const recipient = row.recipient_email ?? `channel #${row.channel_id}`;
      return {
        subject: `Stable again: ${shortName(name)} is ${condition} (no change for ${window})`,
        body: [`${name} stopped flapping: it is ${condition}, unchanged for ${window}.`, mine.length ? `\n${mine.length} message${mine.length === 1 ? " was" : "s were"} held back while it flapped:` : "\nNo message was held back.", ...lines].join("\n"),
        notificationType: "job.stable",
        priority: state.last_status === "failed" ? "HIGH" : "NORMAL",
        metadata: { flapping_job_key: jobKey, flapping_since: since.toISOString(), held_notification_ids: mine.map((item) => item.id) },
        jobRunId: null,
        channel: row.channel,
        channelId: row.channel_id,
        recipientEmail: row.recipient_email,
        recipientUserId: row.recipient_user_id,
        destinationKey: row.destination_key,
        destinationEncrypted: null,
        apiKeyId: null,
        idempotencyKey: null,
        eventId: state.last_event_id,
        decision: { recipient, outcome: "NOTIFIED", reason: `${name} is stable again after flapping since ${since.toISOString()}: told to everyone who got the flapping message`, userId: row.recipient_user_id, ruleId: null, eventId: state.last_event_id },
      };
    });
    await insertRoutedNotifications(tx, notifications);
    return notifications.length;
  }, TRANSACTION_OPTIONS);
}
