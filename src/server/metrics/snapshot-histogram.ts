import { Histogram, type Registry } from "prom-client";

/** One labelled histogram as PostgreSQL counted it: cumulative counts per bound (`le`), the count of all and their sum. */
export type THistogramSeries = { labels: Record<string, string>; buckets: number[]; count: number; sum: number };

type TSample = { metricName: string; labels: Record<string, string | number>; value: number };

/**
 * A prom-client histogram filled from SQL aggregates instead of observe().
 * prom-client can only build buckets one observation at a time, and the
 * observations (millions of sends) live in the database, in other processes'
 * rows. This subclass hands the registry the finished buckets; it is a real
 * Histogram, so the registry formats it like any other (HELP, TYPE, `le`,
 * `_sum`, `_count`). The registry asks `getForPromString()` for the text
 * format; the inherited `get()` (JSON) reads it too, and needs each sample's
 * `sharedLabels`.
 */
export class SnapshotHistogram<T extends string> extends Histogram<T> {
  private readonly snapshot: { name: string; help: string; bounds: readonly number[]; series: THistogramSeries[] };

  constructor(config: { name: string; help: string; labelNames: readonly T[]; buckets: readonly number[]; registers: Registry[] }, series: THistogramSeries[]) {
    super({ ...config, buckets: [...config.buckets] });
    this.snapshot = { name: config.name, help: config.help, bounds: config.buckets, series };
  }

  async getForPromString() {
    const { name, help, bounds, series } = this.snapshot;
    const values = series.flatMap((one): TSample[] => [
      ...bounds.map((bound, index) => ({ metricName: `${name}_bucket`, labels: { ...one.labels, le: bound }, value: one.buckets[index] ?? 0 })),
      { metricName: `${name}_bucket`, labels: { ...one.labels, le: "+Inf" }, value: one.count },
      { metricName: `${name}_sum`, labels: one.labels, value: one.sum },
      { metricName: `${name}_count`, labels: one.labels, value: one.count },
    ]);
    return { name, help, type: "histogram", values: values.map((value) => ({ ...value, sharedLabels: {} })), aggregator: "sum" };
  }
}
