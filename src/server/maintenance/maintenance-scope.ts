import type { TRoutableEvent } from "@/server/events/routable-event";
import { compileRuleGlob } from "@/server/rules/rule-match-schema";

/** What a window covers: every part given must match; none given covers every event. */
export type TWindowScope = {
  source: string | null;
  jobGlob: string | null;
  /** Label names and the values they must have; a stored JSON value that is not a string map covers nothing extra. */
  labels: unknown;
};

export type TEventMatcher = (event: TRoutableEvent) => boolean;

/** The label pairs of a stored window, ignoring anything that is not a string. */
export function scopeLabels(labels: unknown): Record<string, string> {
  if (!labels || typeof labels !== "object" || Array.isArray(labels)) return {};
  return Object.fromEntries(Object.entries(labels).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

/**
 * Compiles a window's scope once (the glob runs on RE2, like a rule's). A glob
 * that no longer compiles matches nothing rather than everything: a broken
 * scope must not silence every job.
 */
export function compileWindowScope(scope: TWindowScope): TEventMatcher {
  const glob = scope.jobGlob ? compileRuleGlob(scope.jobGlob) : null;
  const labels = Object.entries(scopeLabels(scope.labels));
  return (event) => {
    if (scope.source !== null && event.source !== scope.source) return false;
    if (glob) {
      const name = event.job?.name;
      if (!glob.ok || name === undefined || !glob.test(name)) return false;
    }
    return labels.every(([key, value]) => event.labels[key] === value);
  };
}

/** True when `event` lies in `window`'s scope (not whether the window is active). */
export function windowMatches(window: TWindowScope, event: TRoutableEvent): boolean {
  return compileWindowScope(window)(event);
}
