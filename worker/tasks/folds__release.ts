import type { Task } from "graphile-worker";
import { releaseFold } from "@/server/folds/release-fold";
import { TASKS } from "@/server/jobs/tasks";

export const foldsRelease: Task = async (payload, helpers) => {
  const { foldId } = TASKS.foldsRelease.payload.parse(payload);
  const listed = await releaseFold(foldId);
  helpers.logger.debug(`fold ${foldId}: summary of ${listed} notification(s)`);
};
