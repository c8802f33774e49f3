import type { Priority } from "@/server/db/client";

/** graphile-worker runs lower numbers first, so critical alerts overtake routine mail. */
export const JOB_PRIORITY: Record<Priority, number> = { CRITICAL: -10, HIGH: -5, NORMAL: 0, LOW: 5 };
