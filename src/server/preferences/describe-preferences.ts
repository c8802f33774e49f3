import { DateTime } from "luxon";
import type { TEventSeverity } from "@/server/events/event-severity";
import { formatClock } from "@/server/time/wall-clock";
import { effectiveTimeZone, quietHoursOf } from "./quiet-hours";
import { PREFERENCE_CHANNELS, type TPreferenceChannel, type TSubscription } from "./subscription";

export type TPreferenceSummaryInput = {
  /** Channels switched on AND with a destination (email needs none). */
  enabledChannels: TPreferenceChannel[];
  subscriptions: TSubscription[];
  quietHoursStart: string | null;
  quietHoursEnd: string | null;
  quietHoursDays: number[];
  timezone: string;
  criticalBypassesQuietHours: boolean;
  dndUntil: Date | null;
};

const CHANNEL_WORDS: Record<TPreferenceChannel, string> = { email: "email", slack: "Slack", teams: "Teams", webhook: "your webhook", sms: "SMS" };
const PATTERN_WORDS: Record<string, string> = {
  "job.failed": "job failures",
  "job.timeout": "job timeouts",
  "job.*": "job events",
  "alert.*": "alerts",
  "system.*": "system events",
};
const SEVERITY_WORDS: Record<TEventSeverity, string> = { info: "", warning: "warning and critical ", critical: "critical " };
const DAY_WORDS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

function joinWords(words: string[]): string {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

function channelWords(channels: TPreferenceChannel[]): string {
  return joinWords(PREFERENCE_CHANNELS.filter((channel) => channels.includes(channel)).map((channel) => CHANNEL_WORDS[channel]));
}

/** Only stars matches every type; later subscriptions can then never decide anything. */
function isCatchAll(pattern: string): boolean {
  return /^\*+$/.test(pattern);
}

function subscriptionClause(subscription: TSubscription, enabled: TPreferenceChannel[]): string {
  const reachable = subscription.channels.filter((channel) => enabled.includes(channel));
  const off = subscription.channels.filter((channel) => !enabled.includes(channel));
  // With no channel the severity makes no difference: every matching event goes nowhere.
  const severity = reachable.length > 0 ? subscription.min_severity : "info";
  const catchAll = isCatchAll(subscription.pattern);
  const noun = catchAll ? (severity === "info" ? "everything" : "events") : (PATTERN_WORDS[subscription.pattern] ?? `"${subscription.pattern}" events`);
  const verb = noun === "everything" ? "reaches" : "reach";
  const where = reachable.length > 0 ? `by ${channelWords(reachable)}` : "nowhere";
  // The first matching subscription decides, so events below its minimum do not fall through to "everything else".
  const below = severity === "info" ? "" : " (lower severities nowhere)";
  const offNote = off.length > 0 ? ` (${channelWords(off)} ${off.length === 1 ? "is" : "are"} off)` : "";
  const digest = reachable.length === 0 || !subscription.digest ? "" : subscription.digest === "hourly" ? " in an hourly digest (critical at once)" : ` in a daily digest at ${subscription.digest_at} (critical at once)`;
  return `${SEVERITY_WORDS[severity]}${noun} ${verb} you ${where}${digest}${below}${offNote}`;
}

function routingSentence(input: TPreferenceSummaryInput): string {
  const clauses: string[] = [];
  const seen = new Set<string>();
  let coversEverything = false;
  for (const subscription of input.subscriptions) {
    if (seen.has(subscription.pattern)) continue;
    seen.add(subscription.pattern);
    clauses.push(subscriptionClause(subscription, input.enabledChannels));
    if (isCatchAll(subscription.pattern)) {
      coversEverything = true;
      break;
    }
  }
  if (!coversEverything) {
    const channels = channelWords(input.enabledChannels);
    if (clauses.length === 0) clauses.push(channels ? `everything reaches you by ${channels}` : "nothing reaches you");
    else clauses.push(channels ? `everything else by ${channels}` : "nothing else reaches you");
  }
  const sentence = clauses.join("; ");
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

function daysWords(days: ReadonlySet<number>): string {
  const unique = [...days].sort((a, b) => a - b);
  const key = unique.join("");
  if (key === "1234567") return "";
  if (key === "12345") return " on weekdays";
  if (key === "67") return " at weekends";
  return ` on ${joinWords(unique.map((day) => DAY_WORDS[day - 1] ?? String(day)))}`;
}

function localTimeWords(instant: Date, now: Date, zone: string): string {
  const local = DateTime.fromJSDate(instant, { zone });
  const today = DateTime.fromJSDate(now, { zone }).startOf("day");
  const day = local.hasSame(today, "day") ? "today" : local.hasSame(today.plus({ days: 1 }), "day") ? "tomorrow" : local.toFormat("yyyy-MM-dd");
  return `${day} ${local.toFormat("HH:mm")} ${zone}`;
}

/** One live paragraph stating what the settings do, in the order a person asks: where, when not, and right now. */
export function describePreferences(input: TPreferenceSummaryInput, now: Date): string {
  const zone = effectiveTimeZone(input.timezone);
  const except = input.criticalBypassesQuietHours ? ", except critical alerts" : "";
  const sentences = [routingSentence(input)];
  const quiet = quietHoursOf(input);
  if (quiet) {
    sentences.push(`Notifications are held from ${formatClock(quiet.start)} to ${formatClock(quiet.end)} ${zone}${daysWords(quiet.days)}${except}.`);
  }
  if (input.dndUntil && input.dndUntil > now) {
    sentences.push(`Do not disturb is on until ${localTimeWords(input.dndUntil, now, zone)}${except}.`);
  }
  return sentences.join(" ");
}
