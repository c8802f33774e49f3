import type { TEscalationPolicyView } from "@/server/incidents/escalation-policies";

// A policy's view in the page's words: "Level 2 · after 5 min: role OPERATOR, channel ops-slack".

type TTarget = TEscalationPolicyView["levels"][number]["targets"][number];
export type TUserLabel = (user: number | string) => string | undefined;

/** The server's pause before a repeat when level 1 says 0 (incident-policy.ts). */
const DEFAULT_REPEAT_PAUSE_SECONDS = 300;

/** 300 → "5 min", 5400 → "1 h 30 min", 45 → "45 s". */
export function durationText(seconds: number): string {
  const parts: string[] = [];
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  if (days) parts.push(`${days} d`);
  if (hours) parts.push(`${hours} h`);
  if (minutes) parts.push(`${minutes} min`);
  if (rest || parts.length === 0) parts.push(`${rest} s`);
  return parts.join(" ");
}

/** When level `index` (0-based) is notified: level 1 with the event, the others after their wait. */
export function levelTimingText(index: number, delaySeconds: number): string {
  return index === 0 ? "at once" : `${durationText(delaySeconds)} later`;
}

export function targetText(target: TTarget, userLabel: TUserLabel = () => undefined): string {
  if ("user" in target) return `user ${userLabel(target.user) ?? target.user}`;
  if ("role" in target) return `everyone with role ${target.role}`;
  if ("channel_name" in target) return `channel ${target.channel_name}`;
  return target.email;
}

/** "Once" or "3 times in all, 5 min apart". */
export function repeatText(policy: Pick<TEscalationPolicyView, "repeat" | "levels">): string {
  if (policy.repeat === 0) return "Once, no repeat";
  const pause = policy.levels[0]?.delay_seconds || DEFAULT_REPEAT_PAUSE_SECONDS;
  return `${policy.repeat + 1} times in all, ${durationText(pause)} after the last level`;
}
