import type { Task } from "graphile-worker";
import { pruneNoiseCounters } from "@/server/folds/prune-noise-counters";

export const noisePrune: Task = async (_payload, helpers) => {
  const pruned = await pruneNoiseCounters();
  helpers.logger.debug(`pruned ${pruned.floodCounters} flood counter(s) and ${pruned.budgets} rate-limit window(s)`);
};
