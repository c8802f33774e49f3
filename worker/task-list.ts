import type { TaskList } from "graphile-worker";
import { TASKS } from "@/server/jobs/tasks";
import { deliverySend } from "./tasks/delivery__send";
import { eventsRoute } from "./tasks/events__route";

export const taskList: TaskList = {
  [TASKS.deliverySend.id]: deliverySend,
  [TASKS.eventsRoute.id]: eventsRoute,
};
