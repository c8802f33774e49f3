import { z } from "zod";

/**
 * Every background task: its graphile-worker identifier and the zod schema of
 * its payload. The worker parses payloads with these (old jobs may sit in the
 * queue across deploys) and enqueueJob only accepts payloads that fit them.
 */
export const TASKS = {
  deliverySend: {
    id: "delivery__send",
    payload: z.object({
      notificationId: z.number().int().positive(),
      /** Set when the job was deferred to a send slot already reserved for it by the destination's rate limit. */
      slotReserved: z.boolean().optional(),
    }),
  },
  /** Decides who hears about the events of one ingest request; one job per request, so a batch routes together. */
  eventsRoute: {
    id: "events__route",
    payload: z.object({ eventIds: z.array(z.uuid()).min(1).max(1_000) }),
  },
  /** Firing alerts their monitoring tool re-sent: the rules with repeat_interval tell their recipients again when it is due. */
  alertsRepeat: {
    id: "alerts__repeat",
    payload: z.object({ eventIds: z.array(z.uuid()).min(1).max(1_000) }),
  },
  /** The next level (or round) of an incident's escalation; does nothing once it is acknowledged or resolved. */
  incidentsEscalate: {
    id: "incidents__escalate",
    payload: z.object({ incidentId: z.number().int().positive(), level: z.number().int().positive(), round: z.number().int().nonnegative() }),
  },
  /** Sends what a group gathered since its last message (one job per group at a time: job key group:<id>). */
  groupsFlush: {
    id: "groups__flush",
    payload: z.object({ groupId: z.number().int().positive(), repeat: z.boolean().optional() }),
  },
  /** Sends the one summary of what a fold (rate limit, maintenance window, flood) held back; job key fold:<id>. */
  foldsRelease: {
    id: "folds__release",
    payload: z.object({ foldId: z.number().int().positive() }),
  },
  /** A flapping job is stable again once FLAP_WINDOW passes without a change; job key flap:<job key>, moved on every change. */
  jobsFlapCheck: {
    id: "jobs__flap_check",
    payload: z.object({ jobKey: z.string().min(1).max(1_000) }),
  },
  /** Every 10 minutes (graphile-worker cron): sums the six-hour periods closed since into the dashboard's rollups, so no visit pays for them. */
  statsRollUp: {
    id: "stats__roll_up",
    payload: z.object({}).loose(),
  },
  /** Every 10 minutes (graphile-worker cron): forgets flood counters and rate-limit windows long over. */
  noisePrune: {
    id: "noise__prune",
    payload: z.object({}).loose(),
  },
} as const;

export type TTaskName = keyof typeof TASKS;
export type TTaskPayload<T extends TTaskName> = z.infer<(typeof TASKS)[T]["payload"]>;
