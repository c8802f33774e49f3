import type { ForbiddenFlagsFn } from "graphile-worker";
import { circuitFlag, waitingCircuitKeys } from "@/server/delivery/transport-circuit";
import { DELIVERY_FLAG, isDeliveryPaused } from "@/server/delivery/worker-control";

/**
 * Tells graphile-worker which jobs to leave in the queue: every delivery job
 * while sending is paused, and those of destinations whose circuit is open.
 * Read at most once per `maxAgeMs` — it is consulted before every job fetch.
 * Nothing to forbid is `null`, not `[]`: with any flags graphile-worker
 * fetches jobs one at a time instead of from its local batch.
 */
export function forbiddenFlags(maxAgeMs = 1_000): ForbiddenFlagsFn {
  let cached: { at: number; flags: Promise<string[] | null> } | undefined;
  return () => {
    if (!cached || Date.now() - cached.at > maxAgeMs) {
      const flags = readForbiddenFlags()
        .then((list) => (list.length ? list : null))
        .catch((error: unknown) => {
          console.error("[worker] could not read pause/circuit state:", error);
          return null;
        });
      cached = { at: Date.now(), flags };
    }
    return cached.flags;
  };
}

async function readForbiddenFlags(): Promise<string[]> {
  if (await isDeliveryPaused()) return [DELIVERY_FLAG];
  return (await waitingCircuitKeys()).map(circuitFlag);
}
