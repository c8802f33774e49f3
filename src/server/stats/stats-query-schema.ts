import { z } from "zod";

export const STATS_RANGES = ["1h", "24h", "7d", "30d"] as const;
export type TStatsRange = (typeof STATS_RANGES)[number];

export const STATS_CHANNELS = ["email", "slack", "teams", "webhook", "sms"] as const;
export type TStatsChannel = (typeof STATS_CHANNELS)[number];

/** What the dashboard asks for: one schema for GET /api/v1/stats, tRPC `stats.overview` and the page's filters. */
export const ZStatsQuery = z.object({
  range: z.enum(STATS_RANGES, "must be 1h, 24h, 7d or 30d").default("24h"),
  channel: z.enum(STATS_CHANNELS, "must be email, slack, teams, webhook or sms").optional(),
  /** An exact notification/event type, or a prefix ending in `*` (job.*). */
  type: z
    .string()
    .trim()
    .min(1)
    .max(101)
    .regex(/^[A-Za-z0-9_.:-]+\*?$|^\*$/, "must be a type, or a prefix ending in * such as job.*")
    .optional(),
});
export type TStatsQueryInput = z.input<typeof ZStatsQuery>;
export type TStatsQuery = z.output<typeof ZStatsQuery>;
