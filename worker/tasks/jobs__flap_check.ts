import type { Task } from "graphile-worker";
import { checkFlappingJob } from "@/server/incidents/check-flapping-job";
import { TASKS } from "@/server/jobs/tasks";

export const jobsFlapCheck: Task = async (payload, helpers) => {
  const { jobKey } = TASKS.jobsFlapCheck.payload.parse(payload);
  const told = await checkFlappingJob(jobKey);
  helpers.logger.debug(`flap check ${jobKey}: ${told} stable-again message(s)`);
};
