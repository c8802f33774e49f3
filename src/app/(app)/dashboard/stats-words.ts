import type { TStatsChannel, TStatsRange } from "@/server/stats/stats-query-schema";

export const RANGE_LABEL: Record<TStatsRange, string> = { "1h": "1 h", "24h": "24 h", "7d": "7 d", "30d": "30 d" };
export const RANGE_WORDS: Record<TStatsRange, string> = { "1h": "the last hour", "24h": "the last 24 hours", "7d": "the last 7 days", "30d": "the last 30 days" };

export const CHANNEL_LABEL: Record<TStatsChannel, string> = { email: "Email", slack: "Slack", teams: "Microsoft Teams", webhook: "Webhook", sms: "SMS" };

const count = new Intl.NumberFormat(undefined);
export const formatCount = (value: number) => count.format(value);

export function formatRate(rate: number | null): string {
  if (rate === null) return "—";
  // 99.95% must not read as 100%: one decimal, and "100%" only when nothing failed.
  return `${rate === 1 ? "100" : (Math.floor(rate * 1000) / 10).toFixed(1)}%`;
}

export function formatLatency(ms: number | null): string {
  if (ms === null) return "—";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
  if (ms < 3_600_000) return `${(ms / 60_000).toFixed(1)} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}

/** A chart bucket's start as the axis shows it: times for the short ranges, dates for the long ones. */
export function formatBucket(start: string, range: TStatsRange): string {
  const at = new Date(start);
  if (range === "1h" || range === "24h") return at.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });
  if (range === "7d") return at.toLocaleString(undefined, { weekday: "short", hour: "2-digit" });
  return at.toLocaleDateString(undefined, { month: "short", day: "numeric" });
}
