import type { Task } from "graphile-worker";
import { flushGroup } from "@/server/groups/flush-group";
import { TASKS } from "@/server/jobs/tasks";

export const groupsFlush: Task = async (payload, helpers) => {
  const options = TASKS.groupsFlush.payload.parse(payload);
  const sent = await flushGroup(options);
  helpers.logger.debug(`group ${options.groupId}${options.repeat ? " (repeat)" : ""}: ${sent} notification(s)`);
};
