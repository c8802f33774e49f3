import type { Task } from "graphile-worker";
import { rollUpClosedPeriods } from "@/server/stats/roll-up-periods";

export const statsRollUp: Task = async (_payload, helpers) => {
  await rollUpClosedPeriods();
  helpers.logger.debug("dashboard rollups up to date");
};
