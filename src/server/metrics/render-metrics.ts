import { buildMetricsRegistry } from "./build-metrics-registry";
import { readMetricsSnapshot } from "./read-metrics-snapshot";

export type TMetricsExposition = { contentType: string; body: string };

let inFlight: Promise<TMetricsExposition> | null = null;

/**
 * The Prometheus text exposition of the whole service. Scrapes arriving while
 * one is being computed (an HA pair of Prometheus servers, a curl beside it)
 * share its answer, so they cost the database one set of aggregates.
 */
export function renderMetrics(): Promise<TMetricsExposition> {
  inFlight ??= (async () => {
    const registry = buildMetricsRegistry(await readMetricsSnapshot());
    return { contentType: registry.contentType, body: await registry.metrics() };
  })().finally(() => {
    inFlight = null;
  });
  return inFlight;
}
