import type { Channel, DecisionOutcome } from "@/server/db/client";
import { organisationChannelKey, personalChannelKey } from "@/server/delivery/destination-key";
import type { TEventSeverity } from "@/server/events/event-severity";
import { nextDigest, type TDigestPlan } from "@/server/preferences/digest-schedule";
import { holdFor } from "@/server/preferences/quiet-hours";
import { chooseSubscription, PREFERENCE_CHANNELS, type TPreferenceChannel } from "@/server/preferences/subscription";
import type { TAudienceEntry, TRuleOutcome } from "./apply-rules";
import { CHANNEL_OF, type TDirectory, type TDirectoryUser } from "./directory";

/** Where a notification goes, once a decision says it goes at all. */
export type TPlannedDelivery = {
  channel: Channel;
  recipientEmail: string | null;
  recipientUserId: number | null;
  channelId: number | null;
  destinationKey: string | null;
  /** Chosen by the rule that put the recipient in the audience. */
  templateKey?: string | null;
  /** The first level of this escalation policy: the notification belongs to its incident. */
  escalationPolicyId?: number | null;
  /** The recipient's digest collects it instead of sending it now. */
  digest?: TDigestPlan | null;
};

/** One candidate recipient × channel: what routing decided and why, in words for people. */
export type TPlannedDecision = {
  recipient: string;
  userId: number | null;
  channel: Channel | null;
  outcome: DecisionOutcome;
  reason: string;
  ruleId: number | null;
  deliverAfter: Date | null;
  delivery: TPlannedDelivery | null;
};

const CHANNEL_WORD: Record<TPreferenceChannel, string> = { email: "email", slack: "Slack", teams: "Teams", webhook: "webhook", sms: "SMS" };

/**
 * Turns the audience the rules chose into decisions: expands roles, applies
 * each user's subscriptions, channel switches, quiet hours and do-not-disturb,
 * and reaches each user × channel (and each organisation channel or address)
 * once. Pure: the worker and "Test rule" make exactly the same decisions.
 */
export function planDeliveries(outcome: TRuleOutcome, eventType: string, directory: TDirectory, now: Date): TPlannedDecision[] {
  if (outcome.suppressedBy) {
    return [decision({ recipient: "Everyone", outcome: "SUPPRESSED", reason: `Suppressed by rule "${outcome.suppressedBy.name}"`, ruleId: outcome.suppressedBy.id })];
  }
  // Grouped events are sent by their group's message; their decisions are recorded as they join it.
  if (outcome.audience.length === 0 && outcome.groupings.length > 0) return [];
  if (outcome.audience.length === 0) {
    const reason = outcome.matched.length
      ? `Rule${outcome.matched.length > 1 ? "s" : ""} ${outcome.matched.map((rule) => `"${rule.name}"`).join(", ")} matched but name no recipients, and the event names none`
      : "No rule matched and the event names no recipients";
    return [decision({ recipient: "Nobody", outcome: "SUPPRESSED", reason })];
  }
  const decisions: TPlannedDecision[] = [];
  const reached = new Set<string>();
  const add = (key: string, made: TPlannedDecision) => {
    if (reached.has(key)) return;
    reached.add(key);
    decisions.push(made);
  };
  for (const entry of outcome.audience) {
    for (const made of withTemplate(decideEntry(entry, eventType, outcome.severity, directory, now), entry.templateKey, entry.escalation?.policyId ?? null)) {
      // Escalation levels are reached separately: an incident's messages carry its acknowledge link.
      add(`${made.userId ?? made.recipient}:${made.channel ?? "-"}:${entry.escalation?.policyId ?? ""}`, made);
    }
  }
  return decisions;
}

function withTemplate(decisions: TPlannedDecision[], templateKey: string | null, escalationPolicyId: number | null): TPlannedDecision[] {
  if (!templateKey && !escalationPolicyId) return decisions;
  return decisions.map((made) => (made.delivery ? { ...made, delivery: { ...made.delivery, templateKey, escalationPolicyId } } : made));
}

function decideEntry(entry: TAudienceEntry, eventType: string, severity: TEventSeverity, directory: TDirectory, now: Date): TPlannedDecision[] {
  const { target, because, ruleId } = entry;
  const escalated = Boolean(entry.escalation);
  const forUser = (user: TDirectoryUser) => decideForUser(user, { channels: entry.channels, because, ruleId, eventType, severity, now, smsProvider: directory.smsProvider, escalated });
  if ("user" in target) {
    const user = typeof target.user === "number" ? directory.userById.get(target.user) : directory.userByEmail.get(target.user);
    if (user) return forUser(user);
    const deactivated = directory.deactivated.has(typeof target.user === "number" ? target.user : target.user.toLowerCase());
    return [decision({ recipient: `user ${target.user}`, outcome: "SUPPRESSED", reason: `${because}, but ${deactivated ? "that user is deactivated" : "there is no such user"}`, ruleId })];
  }
  if ("role" in target) {
    const users = directory.usersByRole.get(target.role) ?? [];
    if (users.length === 0) return [decision({ recipient: `role ${target.role}`, outcome: "SUPPRESSED", reason: `${because}, but no user has the ${target.role} role`, ruleId })];
    return users.flatMap((user) => decideForUser(user, { channels: entry.channels, because: `${because} (role ${target.role})`, ruleId, eventType, severity, now, smsProvider: directory.smsProvider, escalated }));
  }
  if ("email" in target) {
    const user = directory.userByEmail.get(target.email);
    if (user) return forUser(user);
    return [
      decision({
        recipient: target.email,
        channel: "EMAIL",
        outcome: "NOTIFIED",
        reason: `${because}; an address without a user account, so no preferences apply`,
        ruleId,
        delivery: { channel: "EMAIL", recipientEmail: target.email, recipientUserId: null, channelId: null, destinationKey: null },
      }),
    ];
  }
  const channel = directory.channelByName.get(target.channel_name);
  const recipient = `channel ${target.channel_name}`;
  if (!channel) return [decision({ recipient, outcome: "SUPPRESSED", reason: `${because}, but no channel is named "${target.channel_name}"`, ruleId })];
  if (!channel.enabled) return [decision({ recipient, channel: channel.type, outcome: "SUPPRESSED", reason: `${because}, but the channel is disabled`, ruleId })];
  if (channel.type === "SMS" && !channel.hasDefaultNumber) {
    return [decision({ recipient, channel: "SMS", outcome: "SUPPRESSED", reason: `${because}, but the SMS channel has no default number to text`, ruleId })];
  }
  return [
    decision({
      recipient,
      channel: channel.type,
      outcome: "NOTIFIED",
      reason: `${because}; organisation channel`,
      ruleId,
      delivery: { channel: channel.type, recipientEmail: null, recipientUserId: null, channelId: channel.id, destinationKey: organisationChannelKey(channel.type, channel.id) },
    }),
  ];
}

type TUserContext = {
  channels: TPreferenceChannel[] | null;
  because: string;
  ruleId: number | null;
  eventType: string;
  severity: TEventSeverity;
  now: Date;
  smsProvider: boolean;
  /** An incident's page: it is never collected into a digest. */
  escalated: boolean;
};

/** One user: their subscriptions decide whether and where (unless the rule names the channels), then each channel on its own. */
export function decideForUser(user: TDirectoryUser, context: TUserContext): TPlannedDecision[] {
  const { because, ruleId, eventType, severity } = context;
  const base = { recipient: user.email, userId: user.id, ruleId };
  const choice = chooseSubscription(user.subscriptions, eventType, severity);
  if (choice.kind === "below_min") {
    const reason = `${because}, but their subscription "${choice.subscription.pattern}" asks for ${choice.subscription.min_severity} or above (this is ${severity})`;
    return [decision({ ...base, outcome: "SUPPRESSED", reason })];
  }
  if (choice.kind === "channels" && choice.channels.length === 0) {
    return [decision({ ...base, outcome: "SUPPRESSED", reason: `${because}, but their subscription "${choice.subscription.pattern}" chooses no channel` })];
  }
  const chosenBy = context.channels ? "the rule" : choice.kind === "channels" ? `their subscription "${choice.subscription.pattern}"` : "their preferences";
  const channels =
    context.channels ?? (choice.kind === "channels" ? choice.channels : PREFERENCE_CHANNELS.filter((channel) => user.channels[channel].enabled && user.channels[channel].hasDestination));
  if (channels.length === 0) {
    // Email is everyone's default channel: name it when that is the one they turned off.
    if (!user.channels.email.enabled) return [decision({ ...base, channel: "EMAIL", outcome: "SUPPRESSED", reason: `${because}, but email is turned off in their preferences and no other channel is on` })];
    return [decision({ ...base, outcome: "SUPPRESSED", reason: `${because}, but they have no channel turned on` })];
  }
  const digest = digestOf(user, choice, context);
  return channels.map((channel) => withDigest(decideUserChannel(user, channel, { ...context, because: `${because}; ${CHANNEL_WORD[channel]} chosen by ${chosenBy}` }), digest));
}

/** A subscription with a digest collects what is not critical: a critical event or an incident's page still goes at once. */
function digestOf(user: TDirectoryUser, choice: ReturnType<typeof chooseSubscription>, context: Pick<TUserContext, "severity" | "now" | "escalated">): TDigestPlan | null {
  if (choice.kind !== "channels" || !choice.subscription.digest || context.severity === "critical" || context.escalated) return null;
  return nextDigest({ period: choice.subscription.digest, at: choice.subscription.digest_at, timezone: user.hold.timezone, now: context.now });
}

function withDigest(made: TPlannedDecision, digest: TDigestPlan | null): TPlannedDecision {
  if (!digest || !made.delivery) return made;
  return { ...made, reason: `${made.reason}; collected into their ${digest.label}`, delivery: { ...made.delivery, digest } };
}

/** One user on one channel: switched on, reachable, and not held — or held until when. */
export function decideUserChannel(user: TDirectoryUser, channel: TPreferenceChannel, context: Pick<TUserContext, "because" | "ruleId" | "severity" | "now" | "smsProvider">): TPlannedDecision {
  const { because, ruleId, severity, now } = context;
  const base = { recipient: user.email, userId: user.id, channel: CHANNEL_OF[channel], ruleId };
  const state = user.channels[channel];
  if (!state.enabled) return decision({ ...base, outcome: "SUPPRESSED", reason: `${because}, but ${CHANNEL_WORD[channel]} is turned off in their preferences` });
  if (!state.hasDestination) return decision({ ...base, outcome: "SUPPRESSED", reason: `${because}, but they saved no ${CHANNEL_WORD[channel]} destination` });
  if (channel === "sms" && !context.smsProvider) return decision({ ...base, outcome: "SUPPRESSED", reason: `${because}, but no SMS provider is configured` });
  const delivery: TPlannedDelivery = {
    channel: CHANNEL_OF[channel],
    recipientEmail: user.email,
    recipientUserId: user.id,
    channelId: null,
    destinationKey: channel === "email" ? null : personalChannelKey(CHANNEL_OF[channel], user.id),
  };
  const hold = holdOf(user, now, severity);
  if (hold) return decision({ ...base, outcome: "DEFERRED", reason: `${because}; held by ${hold.description}`, deliverAfter: hold.until, delivery });
  const unheld = severity === "critical" ? holdOf(user, now, "info") : null;
  const reason = unheld ? `${because}; critical, so it breaks through ${unheld.description}` : because;
  return decision({ ...base, outcome: "NOTIFIED", reason, delivery });
}

/** A user's hold is the same on every channel of one batch: computed once (time-zone arithmetic is the dearest step of routing). */
const holds = new WeakMap<TDirectoryUser, Map<string, ReturnType<typeof holdFor>>>();

function holdOf(user: TDirectoryUser, now: Date, severity: TEventSeverity) {
  const key = `${now.getTime()}:${severity}`;
  let known = holds.get(user);
  if (!known) holds.set(user, (known = new Map()));
  if (!known.has(key)) known.set(key, holdFor(user.hold, now, severity));
  return known.get(key) ?? null;
}

function decision(fields: Partial<TPlannedDecision> & Pick<TPlannedDecision, "recipient" | "outcome" | "reason">): TPlannedDecision {
  return { userId: null, channel: null, ruleId: null, deliverAfter: null, delivery: null, ...fields };
}
