import { db, type Event } from "@/server/db/client";
import { ZAudience } from "@/server/events/audience-target";
import type { TEventSeverity } from "@/server/events/event-severity";
import { eventFromRow } from "@/server/events/event-from-row";
import { insertRoutedNotifications, type TNewNotification } from "@/server/notifications/insert-notification";
import { insertDecisions, type TDecisionRow } from "./insert-decisions";
import { applyRules, type TCompiledRule, type TGroupingRequest, type TRuleOutcome } from "./apply-rules";
import { joinGroups } from "@/server/groups/join-groups";
import { foldNotifications, type TFoldSubject } from "@/server/folds/fold-notifications";
import { activeMaintenanceWindows, type TActiveMaintenanceWindow } from "@/server/maintenance/active-maintenance-windows";
import { toNotification } from "./planned-notification";
import { holdingWindow } from "@/server/maintenance/holding-window";
import { loadDirectory } from "./load-directory";
import { loadEnabledRules } from "./load-rules";
import { planDeliveries, type TPlannedDecision } from "./plan-deliveries";
import { firstLevelAudience } from "./first-level-audience";
import { loadPolicies, type TPolicy } from "@/server/incidents/incident-policy";
import { conditionOf, type TCondition } from "@/server/incidents/condition";
import { lockJobs } from "@/server/incidents/lock-jobs";
import { recordJobOutcomes } from "@/server/incidents/record-job-outcomes";
import { quietFlapping } from "@/server/incidents/flapping-messages";
import { key as startKey, startIncidents, type TIncidentStart, type TIncidentStarted } from "@/server/incidents/start-incidents";

const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 60_000 };

export type TRoutingSummary = { routed: number; failed: number; skipped: number; notifications: number };

type TPlan = {
  event: Event;
  severity: TEventSeverity;
  decisions: TPlannedDecision[];
  escalations: { policy: TPolicy; ruleId: number | null; ruleName: string }[];
  groupings: TGroupingRequest[];
  /** The maintenance window that holds this event's notifications, if one does. */
  maintenance: TActiveMaintenanceWindow | null;
  /** The job or alert whose state this event reports, if any. */
  condition: TCondition | null;
};
type TFailed = { event: Event; error: string };
type TPlanned = TPlan | TFailed;

/**
 * Routes the events of one ingest request: rules and preferences decide who
 * is told on which channel and when; the notifications, their delivery jobs
 * and every decision (also the suppressed ones) are committed with the
 * events' ROUTED status in one transaction. Events already routed (a re-run
 * job) are left alone, so nobody is told twice.
 */
export async function routeEvents(eventIds: string[], now = new Date()): Promise<TRoutingSummary> {
  const events = await db().event.findMany({ where: { id: { in: eventIds }, status: "RECEIVED" }, orderBy: { id: "asc" } });
  if (events.length === 0) return { routed: 0, failed: 0, skipped: eventIds.length, notifications: 0 };
  const plans = await planEvents(events, await loadEnabledRules(), now);
  return db().$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      select id::text from events where id = any(${events.map((event) => event.id)}::uuid[]) and status = 'RECEIVED' for update`;
    const stillReceived = new Set(locked.map((row) => row.id));
    const mine = plans.filter((plan) => stillReceived.has(plan.event.id));
    const routed = mine.filter((plan): plan is TPlan => !("error" in plan));

    // Everything that concerns no job's state first; the jobs are locked last, held only for the little that needs them.
    const late = (plan: TPlan) => plan.escalations.length > 0 || plan.condition?.outcome === "succeeded";
    const early = routed.filter((plan) => !late(plan));
    const decisionsAlone: TDecisionRow[] = [];
    const earlyNotifications = collect(early, new Map(), decisionsAlone);
    decisionsAlone.push(...(await joinGroups(tx, routed.flatMap((plan) => plan.groupings.map((grouping) => ({ eventId: plan.event.id, grouping }))), now)));
    if (routed.length) await tx.event.updateMany({ where: { id: { in: routed.map((plan) => plan.event.id) } }, data: { status: "ROUTED", routedAt: now } });
    for (const plan of mine) {
      if ("error" in plan) await tx.event.update({ where: { id: plan.event.id }, data: { status: "FAILED", routingError: plan.error } });
    }

    // A suppressed notification is final before any job's state is read (flapping and noise control leave it as it is):
    // it and the decisions made so far are stored before the job locks, which then cover only what they decide.
    const decidedEarly = earlyNotifications.filter((notification) => notification.status === "SUPPRESSED");
    const openEarly = earlyNotifications.filter((notification) => notification.status !== "SUPPRESSED");
    if (decidedEarly.length) await insertRoutedNotifications(tx, decidedEarly, now);
    if (decisionsAlone.length) await insertDecisions(tx, decisionsAlone.splice(0), now);

    const starts = routed.flatMap(incidentStarts);
    await lockJobs(tx, [...starts.map((start) => start.incidentKey), ...routed.flatMap((plan) => plan.condition?.key ?? [])]);
    const incidents = await startIncidents(tx, starts, now);
    const lateNotifications = collect(routed.filter(late), incidents, decisionsAlone);
    const outcomes = await recordJobOutcomes(tx, routed.map((plan) => ({ event: plan.event, severity: plan.severity })), now);
    const recovered = new Set(outcomes.notifications.map(recipientKey));
    // Whoever hears that a job recovered does not also get the routine "completed" message; a resolved alert tells nobody else.
    const recoveryOnly = new Set(routed.filter((plan) => plan.condition?.recoveryOnly && plan.condition.outcome === "succeeded").map((plan) => plan.event.id));
    const routine = lateNotifications.filter((notification) => !recovered.has(recipientKey(notification)));
    const lateSent = [...routine.filter((notification) => !recoveryOnly.has(notification.eventId ?? "")), ...outcomes.notifications];
    decisionsAlone.push(...routine.filter((notification) => recoveryOnly.has(notification.eventId ?? "")).flatMap(notToldOfRecovery));
    // Noise control last: its budget and fold rows are taken after the job locks, in every routing transaction alike.
    const quieted = quietFlapping([...openEarly, ...lateSent], outcomes.flapping);
    const notifications = await foldNotifications(tx, quieted, new Map(routed.map((plan) => [plan.event.id, foldSubject(plan)])), now);
    if (notifications.length) await insertRoutedNotifications(tx, notifications, now);
    decisionsAlone.push(...outcomes.decisions);
    if (decisionsAlone.length) await insertDecisions(tx, decisionsAlone, now);
    return { routed: routed.length, failed: mine.length - routed.length, skipped: eventIds.length - mine.length, notifications: decidedEarly.length + notifications.length };
  }, TRANSACTION_OPTIONS);
}

const foldSubject = (plan: TPlan): TFoldSubject => ({ eventId: plan.event.id, groupKey: plan.event.groupKey, severity: plan.severity, maintenance: plan.maintenance });

/** The plans' notifications (an event joining an open incident tells nobody again), and their decisions that send nothing. */
function collect(plans: TPlan[], incidents: Map<string, TIncidentStarted>, decisionsAlone: TDecisionRow[]): TNewNotification[] {
  const notifications: TNewNotification[] = [];
  for (const plan of plans) {
    for (const planned of plan.decisions) {
      const made = joinedIncident(planned, plan.event.id, incidents);
      const incidentId = made.delivery?.escalationPolicyId ? (incidents.get(startKey(plan.event.id, made.delivery.escalationPolicyId))?.incidentId ?? null) : null;
      if (made.delivery) notifications.push({ ...toNotification(plan, made, made.delivery), incidentId });
      else decisionsAlone.push({ event_id: plan.event.id, user_id: made.userId, recipient: made.recipient, channel: made.channel, outcome: made.outcome, reason: made.reason, rule_id: made.ruleId });
    }
  }
  return notifications;
}

/** A rule's audience for a resolved alert who never heard it fire: told nothing, and the trail says why. */
function notToldOfRecovery(notification: TNewNotification): TDecisionRow[] {
  const made = notification.decision;
  const eventId = notification.eventId ?? made?.eventId;
  if (!made || !eventId) return [];
  const reason = `${made.reason.split(";")[0]}, but the alert resolved and they were not told it was firing: only those told of an alert hear it resolved`;
  return [{ event_id: eventId, user_id: made.userId, recipient: made.recipient, channel: notification.channel, outcome: "SUPPRESSED", reason, rule_id: made.ruleId }];
}

const recipientKey = (notification: TNewNotification) => `${notification.eventId}:${notification.channel}:${notification.channelId ?? notification.recipientUserId ?? notification.recipientEmail}`;

/** The incidents the event's escalations open or join. */
function incidentStarts(plan: TPlan): TIncidentStart[] {
  return plan.escalations.map(({ policy, ruleId, ruleName }) => ({
    eventId: plan.event.id,
    policy,
    ruleId,
    ruleName,
    title: plan.event.title,
    severity: plan.severity,
    incidentKey: plan.condition?.key ?? plan.event.groupKey,
  }));
}

/** An event that joins an incident already open tells nobody again: the incident's escalation goes on. */
function joinedIncident(made: TPlannedDecision, eventId: string, incidents: Map<string, TIncidentStarted>): TPlannedDecision {
  const policyId = made.delivery?.escalationPolicyId;
  const incident = policyId ? incidents.get(startKey(eventId, policyId)) : undefined;
  if (!incident?.joined) return made;
  return { ...made, outcome: "SUPPRESSED", deliverAfter: null, delivery: null, reason: `${made.reason.split(";")[0]}, but incident #${incident.incidentId} for this job is already open; its escalation goes on` };
}

/** Rules first (they decide whom to look up), then one directory read for the whole batch. */
async function planEvents(events: Event[], rules: TCompiledRule[], now: Date): Promise<TPlanned[]> {
  const evaluated = events.map((event): { event: Event; outcome: TRuleOutcome } | TFailed => {
    try {
      const explicit = ZAudience.safeParse(event.recipients);
      return { event, outcome: applyRules(eventFromRow(event), explicit.success ? explicit.data : [], rules) };
    } catch (error) {
      return { event, error: `Routing failed: ${String(error)}` };
    }
  });
  const policies = await loadPolicies(evaluated.flatMap((item) => ("outcome" in item ? item.outcome.escalations.map((escalation) => escalation.policyId) : [])));
  for (const item of evaluated) if ("outcome" in item) item.outcome.audience.push(...firstLevelAudience(item.outcome, policies));
  const windows = await activeMaintenanceWindows(now);
  const directory = await loadDirectory(evaluated.flatMap((item) => ("outcome" in item ? item.outcome.audience.map((entry) => entry.target) : [])));
  return evaluated.map((item): TPlanned => {
    if ("error" in item) return item;
    try {
      const maintenance = holdingWindow(windows, item.event, item.outcome.severity);
      const condition = conditionOf(eventFromRow(item.event));
      // A resolved alert neither opens an incident nor joins a group: it only answers its firing one.
      const answersOnly = condition?.recoveryOnly === true && condition.outcome === "succeeded";
      // An event a maintenance window holds pages nobody: its messages wait for the window's summary, and no incident is opened.
      const escalations = maintenance || answersOnly
        ? []
        : item.outcome.escalations.flatMap((escalation) => {
            const policy = policies.get(escalation.policyId);
            return policy ? [{ policy, ruleId: escalation.ruleId, ruleName: escalation.ruleName }] : [];
          });
      const groupings = answersOnly ? [] : item.outcome.groupings;
      return { event: item.event, severity: item.outcome.severity, decisions: planDeliveries(item.outcome, item.event.type, directory, now), escalations, groupings, maintenance, condition };
    } catch (error) {
      return { event: item.event, error: `Routing failed: ${String(error)}` };
    }
  });
}
