"use client";

import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { STATS_CHANNELS } from "@/server/stats/stats-query-schema";
import type { TStatsOverview } from "@/server/stats/stats-overview-schema";
import { CHANNEL_LABEL, formatBucket, formatCount, RANGE_WORDS } from "./stats-words";
import styles from "./dashboard.module.css";

// Series colours are CSS variables (dashboard.module.css), so light and dark mode each get readable ones.
const SERIES_COLOUR = { email: "var(--chart-email)", slack: "var(--chart-slack)", teams: "var(--chart-teams)", webhook: "var(--chart-webhook)", sms: "var(--chart-sms)" } as const;

/** Deliveries per channel in each bucket of the range, stacked. */
export function SendsChart({ stats }: { stats: TStatsOverview }) {
  const buckets = stats.sends_over_time;
  const channels = STATS_CHANNELS.filter((channel) => (stats.channel ? channel === stats.channel : buckets.some((bucket) => bucket[channel] > 0)));
  const total = buckets.reduce((sum, bucket) => sum + STATS_CHANNELS.reduce((inner, channel) => inner + bucket[channel], 0), 0);
  const bucketWords = stats.bucket_seconds >= 86_400 ? "day" : stats.bucket_seconds >= 3_600 ? `${stats.bucket_seconds / 3_600} h` : `${stats.bucket_seconds / 60} min`;

  return (
    <Card className={styles.chartCard}>
      <CardHeader title="Sends per channel" description={`${formatCount(total)} delivered over ${RANGE_WORDS[stats.range]}, per ${bucketWords}.`} />
      <CardBody>
        {total === 0 ? (
          <EmptyState title="Nothing was sent in this range" description="Deliveries appear here per channel as soon as the worker sends them." />
        ) : (
          <div className={styles.chart} role="img" aria-label={`Chart of ${formatCount(total)} deliveries per channel over ${RANGE_WORDS[stats.range]}`}>
            <ResponsiveContainer width="100%" height="100%">
              <AreaChart data={buckets} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
                <CartesianGrid stroke="var(--color-border)" strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="start" tickFormatter={(start: string) => formatBucket(start, stats.range)} stroke="var(--color-text-subtle)" tick={{ fill: "var(--color-text-muted)", fontSize: 12 }} minTickGap={24} />
                <YAxis allowDecimals={false} width={48} stroke="var(--color-text-subtle)" tick={{ fill: "var(--color-text-muted)", fontSize: 12 }} />
                <Tooltip
                  labelFormatter={(start) => new Date(String(start)).toLocaleString()}
                  formatter={(value, name) => [formatCount(Number(value)), CHANNEL_LABEL[name as keyof typeof CHANNEL_LABEL] ?? String(name)]}
                  contentStyle={{ background: "var(--color-surface)", border: "1px solid var(--color-border-strong)", borderRadius: 6, color: "var(--color-text)" }}
                  labelStyle={{ color: "var(--color-text)" }}
                  cursor={{ stroke: "var(--color-border-strong)" }}
                />
                <Legend formatter={(name: string) => <span className={styles.legend}>{CHANNEL_LABEL[name as keyof typeof CHANNEL_LABEL] ?? name}</span>} />
                {channels.map((channel) => (
                  <Area key={channel} type="monotone" dataKey={channel} stackId="sends" stroke={SERIES_COLOUR[channel]} fill={SERIES_COLOUR[channel]} fillOpacity={0.25} strokeWidth={2} isAnimationActive={false} />
                ))}
              </AreaChart>
            </ResponsiveContainer>
          </div>
        )}
      </CardBody>
    </Card>
  );
}
