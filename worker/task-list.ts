import type { TaskList } from "graphile-worker";
import { TASKS } from "@/server/jobs/tasks";
import { deliverySend } from "./tasks/delivery__send";
import { eventsRoute } from "./tasks/events__route";
import { groupsFlush } from "./tasks/groups__flush";
import { incidentsEscalate } from "./tasks/incidents__escalate";

export const taskList: TaskList = {
  [TASKS.deliverySend.id]: deliverySend,
  [TASKS.eventsRoute.id]: eventsRoute,
  [TASKS.incidentsEscalate.id]: incidentsEscalate,
  [TASKS.groupsFlush.id]: groupsFlush,
};
