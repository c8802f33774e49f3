import { z } from "zod";
import { recordAudit } from "@/server/audit/record-audit";
import { db } from "@/server/db/client";

/** Flag on every delivery job; forbidding it pauses sending cluster-wide while jobs wait. */
export const DELIVERY_FLAG = "delivery";

export async function isDeliveryPaused(): Promise<boolean> {
  const control = await db().workerControl.findUnique({ where: { id: 1 } });
  return control?.paused ?? false;
}

/** The answer of POST /api/v1/notification/worker/stop and /start. */
export const ZDeliveryPauseState = z.object({ paused: z.boolean() });

export async function setDeliveryPaused(paused: boolean, changedBy: string): Promise<z.output<typeof ZDeliveryPauseState>> {
  await db().$transaction(async (tx) => {
    const before = await tx.workerControl.findUnique({ where: { id: 1 } });
    await tx.workerControl.upsert({ where: { id: 1 }, create: { id: 1, paused, changedBy }, update: { paused, changedBy } });
    await recordAudit(tx, { action: paused ? "delivery.paused" : "delivery.resumed", target: { type: "delivery", label: "delivery (all workers)" }, before: { paused: before?.paused ?? false }, after: { paused } });
  });
  return { paused };
}
