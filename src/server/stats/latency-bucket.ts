import { Prisma } from "@/server/db/client";

/** Quarter-octaves: bucket b holds latencies in [2^(b/4), 2^((b+1)/4)) ms, about 19% wide. */
export const LATENCY_BUCKETS_PER_OCTAVE = 4;

/** A notification's created → sent latency bucket, in SQL (under 1 ms counts as bucket 0). */
export const LATENCY_BUCKET_SQL = Prisma.sql`floor(${LATENCY_BUCKETS_PER_OCTAVE} * ln(greatest(extract(epoch from sent_at - created_at) * 1000, 1)) / ln(2))::smallint`;

export type THistogramBucket = { bucket: number; count: number };

/**
 * A percentile (0..1) of a latency histogram in ms, placed inside its bucket
 * as percentile_cont places it between rows: rank p·(n−1), spread evenly on
 * the bucket's log scale. Null for an empty histogram.
 */
export function percentileFromHistogram(buckets: THistogramBucket[], p: number): number | null {
  const total = buckets.reduce((sum, bucket) => sum + bucket.count, 0);
  if (total === 0) return null;
  const rank = p * (total - 1);
  let before = 0;
  for (const { bucket, count } of [...buckets].sort((a, b) => a.bucket - b.bucket)) {
    if (count > 0 && rank < before + count) {
      const within = Math.min(1, Math.max(0, (rank - before + 0.5) / count));
      return 2 ** ((bucket + within) / LATENCY_BUCKETS_PER_OCTAVE);
    }
    before += count;
  }
  const last = Math.max(...buckets.map((bucket) => bucket.bucket));
  return 2 ** ((last + 1) / LATENCY_BUCKETS_PER_OCTAVE);
}
