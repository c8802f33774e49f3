import { db } from "@/server/db/client";
import type { TEscalationLevel } from "./escalation-policy-schema";

export type TPolicy = { id: number; name: string; levels: TEscalationLevel[]; repeat: number };

/** Before a repeat round when level 1 says 0: a policy must not loop without a pause. */
const DEFAULT_REPEAT_PAUSE_SECONDS = 300;

export async function loadPolicies(ids: number[]): Promise<Map<number, TPolicy>> {
  if (ids.length === 0) return new Map();
  const rows = await db().escalationPolicy.findMany({ where: { id: { in: [...new Set(ids)] } } });
  return new Map(rows.map((row) => [row.id, { id: row.id, name: row.name, levels: row.levels as TEscalationLevel[], repeat: row.repeat }]));
}

/**
 * The step after `level` of `round`: the next level after its delay, or —
 * after the last level — level 1 of the next round (while repeats remain),
 * after level 1's delay_seconds (otherwise unused: level 1 fires at once).
 */
export function nextStep(policy: TPolicy, level: number, round: number): { level: number; round: number; delaySeconds: number } | null {
  const next = policy.levels[level];
  if (next) return { level: level + 1, round, delaySeconds: next.delay_seconds };
  if (round < policy.repeat) return { level: 1, round: round + 1, delaySeconds: policy.levels[0]?.delay_seconds || DEFAULT_REPEAT_PAUSE_SECONDS };
  return null;
}
