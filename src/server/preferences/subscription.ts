import picomatch from "picomatch";
import { z } from "zod";
import { severityRank, ZEventSeverity, type TEventSeverity } from "@/server/events/event-severity";
import { ZClock } from "@/server/time/wall-clock";

export const DIGEST_PERIODS = ["hourly", "daily"] as const;
export type TDigestPeriod = (typeof DIGEST_PERIODS)[number];

export const PREFERENCE_CHANNELS = ["email", "slack", "teams", "webhook", "sms"] as const;
export type TPreferenceChannel = (typeof PREFERENCE_CHANNELS)[number];

function hasBalancedBraces(pattern: string): boolean {
  let depth = 0;
  for (const char of pattern) {
    depth += char === "{" ? 1 : char === "}" ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}

export const ZSubscription = z.strictObject({
  pattern: z
    .string("must be a text such as job.* or job.failed")
    .min(1, "is required")
    .max(100, "must be at most 100 characters")
    .regex(/^[a-z0-9_.*?{},-]*$/, "may contain only lowercase letters, digits and _ . - * ? { } ,")
    .refine(hasBalancedBraces, "must close every { with a }"),
  min_severity: ZEventSeverity.default("info"),
  channels: z
    .array(z.enum(PREFERENCE_CHANNELS, `must be one of ${PREFERENCE_CHANNELS.join(", ")}`))
    .max(5, "must list at most 5 channels")
    .transform((channels) => [...new Set(channels)]),
  /** Info and warning matches are collected into one message per period instead of sent one by one; critical ones still go at once. */
  digest: z.enum(DIGEST_PERIODS, `must be one of ${DIGEST_PERIODS.join(", ")} (or left out to send each at once)`).optional(),
  /** The local time (the user's zone) of a daily digest. */
  digest_at: ZClock.optional(),
}).superRefine((subscription, context) => {
  if (subscription.digest === "daily" && !subscription.digest_at) context.addIssue({ code: "custom", path: ["digest_at"], message: "is required for a daily digest: the time HH:MM (your zone) it is sent" });
  if (subscription.digest !== "daily" && subscription.digest_at) context.addIssue({ code: "custom", path: ["digest_at"], message: "is only for a daily digest (digest: daily)" });
});
export const ZSubscriptions = z.array(ZSubscription).max(50, "must have at most 50 subscriptions");
export type TSubscription = z.output<typeof ZSubscription>;

// `dot` lets `*` match a leading dot too; `.` is otherwise ordinary in picomatch, so `*` spans
// "system.disk.full". Patterns are lowercase only, so types are compared without case.
const GLOB_OPTIONS: picomatch.PicomatchOptions = { dot: true, nocase: true, nonegate: true, noextglob: true };
// Patterns repeat across thousands of events; the cap only guards against unbounded growth.
const MATCHER_CACHE_LIMIT = 500;
const matchers = new Map<string, picomatch.Matcher>();

function matcherFor(pattern: string): picomatch.Matcher {
  let matcher = matchers.get(pattern);
  if (!matcher) {
    if (matchers.size >= MATCHER_CACHE_LIMIT) matchers.clear();
    matcher = picomatch(pattern, GLOB_OPTIONS);
    matchers.set(pattern, matcher);
  }
  return matcher;
}

export function matchesEventType(pattern: string, type: string): boolean {
  // picomatch stops `*` at "/", a path separator; event types have no paths, and "*" must match all.
  return matcherFor(pattern)(type.replaceAll("/", "\u001f"));
}

export type TSubscriptionChoice =
  | { kind: "none" }
  | { kind: "below_min"; subscription: TSubscription }
  | { kind: "channels"; subscription: TSubscription; channels: TPreferenceChannel[] };

/** The FIRST subscription whose pattern matches decides, like a firewall rule list; `channels: []` means nowhere. */
export function chooseSubscription(subscriptions: TSubscription[], type: string, severity: TEventSeverity): TSubscriptionChoice {
  const subscription = subscriptions.find((candidate) => matchesEventType(candidate.pattern, type));
  if (!subscription) return { kind: "none" };
  if (severityRank(severity) < severityRank(subscription.min_severity)) return { kind: "below_min", subscription };
  return { kind: "channels", subscription, channels: [...subscription.channels] };
}
