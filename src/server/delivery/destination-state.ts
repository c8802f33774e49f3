import { env } from "@/env";
import { db, type Channel } from "@/server/db/client";

/** Sends per minute when the organisation channel doesn't say (Slack allows about one per second per webhook). */
const DEFAULT_PER_MINUTE: Record<Channel, number> = { EMAIL: 6000, SLACK: 60, TEAMS: 60, WEBHOOK: 600, SMS: 60 };

export type TDestinationInfo = { channel: Channel; label: string; channelId: number | null; ownerUserId: number | null; perMinute?: number };

export async function ensureDestinationState(destinationKey: string, info: TDestinationInfo) {
  return db().destinationState.upsert({
    where: { destinationKey },
    create: { destinationKey, channel: info.channel, label: info.label, channelId: info.channelId, ownerUserId: info.ownerUserId },
    update: { label: info.label },
  });
}

/**
 * Reserves the destination's next send slot, spacing sends by its rate limit
 * (queue, never drop). Returns null when the slot is now, else the reserved time.
 */
export async function claimSendSlot(destinationKey: string, channel: Channel, perMinute?: number): Promise<Date | null> {
  const intervalMs = Math.ceil(60_000 / (perMinute ?? DEFAULT_PER_MINUTE[channel]));
  const rows = await db().$queryRaw<{ slot: Date }[]>`
    update destination_states
       set next_send_at = greatest(next_send_at, now()) + ${intervalMs} * interval '1 millisecond'
     where destination_key = ${destinationKey}
 returning next_send_at - ${intervalMs} * interval '1 millisecond' as slot`;
  const slot = rows[0]?.slot;
  return slot && slot.getTime() > Date.now() + 50 ? slot : null;
}

export async function recordDestinationSuccess(destinationKey: string): Promise<void> {
  await db().destinationState.updateMany({ where: { destinationKey, consecutiveFailures: { gt: 0 } }, data: { consecutiveFailures: 0, firstFailureAt: null } });
}

/**
 * Counts a failure; disables the destination when `disableReason` is given (it
 * is gone for good) or when it has failed without a success for
 * DESTINATION_DISABLE_AFTER. Returns the state when this call disabled it.
 */
export async function recordDestinationFailure(destinationKey: string, failure: { reason: string; disable: boolean }) {
  const state = await db().destinationState.findUnique({ where: { destinationKey } });
  if (!state || state.disabledAt) return null;
  const firstFailureAt = state.firstFailureAt ?? new Date();
  const failingTooLong = Date.now() - firstFailureAt.getTime() >= env().DESTINATION_DISABLE_AFTER;
  const disable = failure.disable || failingTooLong;
  const updated = await db().destinationState.update({
    where: { destinationKey },
    data: {
      consecutiveFailures: { increment: 1 },
      firstFailureAt,
      ...(disable ? { disabledAt: new Date(), disabledReason: failingTooLong && !failure.disable ? `Failing since ${firstFailureAt.toISOString()}: ${failure.reason}` : failure.reason } : {}),
    },
  });
  return disable ? updated : null;
}

export function findDestinationState(destinationKey: string) {
  return db().destinationState.findUnique({ where: { destinationKey } });
}
