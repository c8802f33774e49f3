import { STATS_CHANNELS, STATS_RANGES, type TStatsQueryInput, type TStatsRange } from "@/server/stats/stats-query-schema";

const isRange = (value: string | null): value is TStatsRange => STATS_RANGES.some((range) => range === value);
const isChannel = (value: string | null): value is (typeof STATS_CHANNELS)[number] => STATS_CHANNELS.some((channel) => channel === value);

/** The dashboard's filters live in the URL (a reload or a shared link shows the same view); unknown values fall back to the defaults. */
export function readDashboardParams(params: URLSearchParams): Required<Pick<TStatsQueryInput, "range">> & Pick<TStatsQueryInput, "channel" | "type"> {
  const range = params.get("range");
  const channel = params.get("channel");
  const type = params.get("type")?.trim();
  return { range: isRange(range) ? range : "24h", channel: isChannel(channel) ? channel : undefined, type: type || undefined };
}
