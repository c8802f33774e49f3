import type { Task } from "graphile-worker";
import { escalateIncident } from "@/server/incidents/escalate-incident";
import { TASKS } from "@/server/jobs/tasks";

export const incidentsEscalate: Task = async (payload, helpers) => {
  const step = TASKS.incidentsEscalate.payload.parse(payload);
  const outcome = await escalateIncident(step);
  helpers.logger.debug(`incident ${step.incidentId} level ${step.level}: ${outcome}`);
};
