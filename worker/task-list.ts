import type { CronItem, TaskList } from "graphile-worker";
import { TASKS } from "@/server/jobs/tasks";
import { alertsRepeat } from "./tasks/alerts__repeat";
import { deliverySend } from "./tasks/delivery__send";
import { eventsRoute } from "./tasks/events__route";
import { foldsRelease } from "./tasks/folds__release";
import { groupsFlush } from "./tasks/groups__flush";
import { incidentsEscalate } from "./tasks/incidents__escalate";
import { jobsFlapCheck } from "./tasks/jobs__flap_check";
import { noisePrune } from "./tasks/noise__prune";
import { statsRollUp } from "./tasks/stats__roll_up";

export const taskList: TaskList = {
  [TASKS.deliverySend.id]: deliverySend,
  [TASKS.eventsRoute.id]: eventsRoute,
  [TASKS.alertsRepeat.id]: alertsRepeat,
  [TASKS.incidentsEscalate.id]: incidentsEscalate,
  [TASKS.groupsFlush.id]: groupsFlush,
  [TASKS.foldsRelease.id]: foldsRelease,
  [TASKS.noisePrune.id]: noisePrune,
  [TASKS.jobsFlapCheck.id]: jobsFlapCheck,
  [TASKS.statsRollUp.id]: statsRollUp,
};

/** Scheduled tasks (graphile-worker cron: one run per slot across every worker). */
export const cronItems: CronItem[] = [
  { task: TASKS.noisePrune.id, match: "*/10 * * * *", identifier: TASKS.noisePrune.id },
  { task: TASKS.statsRollUp.id, match: "*/10 * * * *", identifier: TASKS.statsRollUp.id },
];
