import type { TaskList } from "graphile-worker";
import { TASKS } from "@/server/jobs/tasks";
import { deliverySend } from "./tasks/delivery__send";

export const taskList: TaskList = {
  [TASKS.deliverySend.id]: deliverySend,
};
