import { describe, expect, it } from "vitest";
import { percentileFromHistogram } from "./latency-bucket";

describe("percentileFromHistogram", () => {
  it("is null for no deliveries", () => {
    expect(percentileFromHistogram([], 0.5)).toBeNull();
    expect(percentileFromHistogram([{ bucket: 40, count: 0 }], 0.5)).toBeNull();
  });

  it("places a percentile inside the bucket that holds its rank", () => {
    // Bucket 40 holds [1024, 1218) ms; 44 holds [2048, 2435).
    const histogram = [
      { bucket: 44, count: 10 },
      { bucket: 40, count: 90 },
    ];
    const p50 = percentileFromHistogram(histogram, 0.5)!;
    expect(p50).toBeGreaterThanOrEqual(1024);
    expect(p50).toBeLessThan(1218);
    const p95 = percentileFromHistogram(histogram, 0.95)!;
    expect(p95).toBeGreaterThanOrEqual(2048);
    expect(p95).toBeLessThan(2435);
  });

  it("stays within one bucket (~19%) of the exact percentile", () => {
    const latencies = Array.from({ length: 1000 }, (_, index) => 50 * Math.exp((index / 1000) * 6));
    const counts = new Map<number, number>();
    for (const ms of latencies) {
      const bucket = Math.floor(4 * Math.log2(ms));
      counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
    }
    const histogram = [...counts].map(([bucket, count]) => ({ bucket, count }));
    for (const p of [0.5, 0.95, 0.99]) {
      const exact = latencies[Math.round(p * (latencies.length - 1))]!;
      expect(Math.abs(percentileFromHistogram(histogram, p)! / exact - 1)).toBeLessThan(0.19);
    }
  });
});
