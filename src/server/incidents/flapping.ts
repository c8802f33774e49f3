/** How many status changes of `transitions` fall within the window that ends at `now`. */
export function changesWithin(transitions: Date[], now: Date, windowMs: number): number {
  const since = now.getTime() - windowMs;
  return transitions.filter((at) => new Date(at).getTime() > since).length;
}

/** Flapping: more than `maxChanges` status changes within the window. */
export function isFlapping(transitions: Date[], now: Date, options: { maxChanges: number; windowMs: number }): boolean {
  return changesWithin(transitions, now, options.windowMs) > options.maxChanges;
}

/** Stable again: no status change for a whole window after the last one. */
export function isStableAgain(transitions: Date[], now: Date, windowMs: number): boolean {
  const last = transitions.at(-1);
  return !last || now.getTime() - new Date(last).getTime() >= windowMs;
}
