import { db, type Event } from "@/server/db/client";
import { alertOccurrenceOf } from "@/server/events/alert-occurrence";
import { eventFromRow } from "@/server/events/event-from-row";
import { foldNotifications } from "@/server/folds/fold-notifications";
import { formatWindow } from "@/server/folds/fold-window";
import { conditionOf } from "@/server/incidents/condition";
import { lockJobs } from "@/server/incidents/lock-jobs";
import { activeMaintenanceWindows } from "@/server/maintenance/active-maintenance-windows";
import { holdingWindow } from "@/server/maintenance/holding-window";
import { insertRoutedNotifications, type TNewNotification } from "@/server/notifications/insert-notification";
import { applyRules, type TCompiledRule } from "./apply-rules";
import { loadDirectory } from "./load-directory";
import { loadEnabledRules } from "./load-rules";
import { planDeliveries } from "./plan-deliveries";
import { toNotification } from "./planned-notification";

const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 30_000 };

/** A rule that tells a still-firing alert again: it notifies, ungrouped (a group repeats by itself), every repeat_interval. */
const repeatsAlerts = (rule: TCompiledRule): rule is TCompiledRule & { id: number } =>
  rule.id !== null && rule.actions.repeat_interval !== undefined && rule.actions.notify !== undefined && rule.actions.group_by === undefined;

type TLastTold = { event_id: string; rule_id: number; at: Date };

/**
 * A monitoring tool re-sent firing alerts (Alertmanager does every
 * repeat_interval until they resolve). They are the events already routed, so
 * nobody is told again — except by a rule with its own repeat_interval, whose
 * recipients hear "Still firing" once that interval has passed since the rule
 * last told them of this alert, through their preferences as before. An alert
 * resolved meanwhile, or not routed yet, tells nobody. Returns the
 * notifications made.
 */
export async function repeatAlerts(eventIds: string[], now = new Date()): Promise<number> {
  const rules = await loadEnabledRules();
  const repeating = rules.filter(repeatsAlerts);
  if (repeating.length === 0) return 0;
  // Each stored event read once: as rules see it, its alert (still firing) and the key routing locks it by.
  const events = (await db().event.findMany({ where: { id: { in: eventIds }, status: "ROUTED" }, orderBy: { id: "asc" } })).flatMap((row) => {
    const routable = eventFromRow(row);
    const alert = alertOccurrenceOf(routable);
    const key = conditionOf(routable)?.key;
    return alert?.status === "firing" && key ? [{ row, routable, since: alert.starts_at, key }] : [];
  });
  if (events.length === 0) return 0;
  const keys = events.map((event) => event.key);
  const windows = await activeMaintenanceWindows(now);

  return db().$transaction(async (tx) => {
    // Locked like routing locks an alert's events: a resolved alert routed meanwhile is seen resolved here.
    await lockJobs(tx, keys);
    const firing = new Set(
      (await tx.$queryRaw<{ job_key: string }[]>`select job_key from job_states where job_key = any(${keys}) and last_status = 'failed'`).map((row) => row.job_key),
    );
    const still = events.filter((event) => firing.has(event.key));
    if (still.length === 0) return 0;
    const lastTold = await tx.$queryRaw<TLastTold[]>`
      select event_id::text, rule_id, max(created_at) as at from routing_decisions
       where event_id = any(${still.map((event) => event.row.id)}::uuid[]) and rule_id = any(${repeating.map((rule) => rule.id)}::int[]) and outcome in ('NOTIFIED', 'DEFERRED')
       group by event_id, rule_id`;
    const toldAt = new Map(lastTold.map((row) => [`${row.event_id}:${row.rule_id}`, row.at]));
    const due = (event: Event, rule: TCompiledRule & { id: number }) => {
      const at = toldAt.get(`${event.id}:${rule.id}`);
      return !at || now.getTime() - at.getTime() >= (rule.actions.repeat_interval as number) * 1000 - 1_000;
    };

    const outcomes = still.map(({ row: event, routable, since }) => {
      const outcome = applyRules(routable, [], rules);
      const dueRules = new Map(repeating.filter((rule) => outcome.matched.some((matched) => matched.id === rule.id) && due(event, rule)).map((rule) => [rule.id, rule]));
      return { event, since, outcome: { ...outcome, audience: outcome.audience.filter((entry) => entry.ruleId !== null && dueRules.has(entry.ruleId)), groupings: [], escalations: [] }, dueRules };
    });
    const directory = await loadDirectory(outcomes.flatMap(({ outcome }) => outcome.audience.map((entry) => entry.target)));
    const notifications: TNewNotification[] = [];
    const subjects = new Map(outcomes.map(({ event, outcome }) => [event.id, { eventId: event.id, groupKey: event.groupKey, severity: outcome.severity, maintenance: holdingWindow(windows, event, outcome.severity) }]));
    for (const { event, since, outcome, dueRules } of outcomes) {
      if (outcome.audience.length === 0) continue;
      const told = { event, severity: outcome.severity };
      for (const made of planDeliveries(outcome, event.type, directory, now)) {
        if (!made.delivery) continue;
        const rule = made.ruleId !== null ? dueRules.get(made.ruleId) : undefined;
        const base = toNotification(told, made, made.delivery);
        const every = formatWindow((rule?.actions.repeat_interval ?? 0) * 1000);
        notifications.push({
          ...base,
          subject: `Still firing: ${base.subject}`,
          body: `Still firing since ${since.replace("T", " ").slice(0, 16)} UTC; ${event.source ?? "its sender"} re-sent it.\n\n${base.body}`,
          metadata: { ...base.metadata, still_firing_since: since },
          decision: base.decision && { ...base.decision, reason: `${base.decision.reason}; told again: the alert is still firing and rule "${rule?.name}" repeats every ${every}` },
        });
      }
    }
    const sent = await foldNotifications(tx, notifications, subjects, now);
    if (sent.length) await insertRoutedNotifications(tx, sent, now);
    return sent.length;
  }, TRANSACTION_OPTIONS);
}
