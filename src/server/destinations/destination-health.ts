import { db, type DestinationState } from "@/server/db/client";

/** The breaker's view of one destination, as pages show it next to the channel. */
export type TDestinationHealth = {
  destination_key: string;
  disabled: boolean;
  disabled_at: string | null;
  disabled_reason: string | null;
  consecutive_failures: number;
};

export function toDestinationHealth(state: DestinationState): TDestinationHealth {
  return {
    destination_key: state.destinationKey,
    disabled: state.disabledAt !== null,
    disabled_at: state.disabledAt?.toISOString() ?? null,
    disabled_reason: state.disabledReason,
    consecutive_failures: state.consecutiveFailures,
  };
}

/** One state per organisation channel that has sent at least once; a disabled state wins over a healthy one. */
export async function healthByChannelId(channelIds: number[]): Promise<Map<number, TDestinationHealth>> {
  const states = channelIds.length ? await db().destinationState.findMany({ where: { channelId: { in: channelIds } }, orderBy: { disabledAt: { sort: "asc", nulls: "first" } } }) : [];
  return new Map(states.flatMap((state) => (state.channelId === null ? [] : [[state.channelId, toDestinationHealth(state)] as const])));
}

/** The user's personal destinations' states by channel. */
export async function healthOfUser(userId: number): Promise<Map<DestinationState["channel"], TDestinationHealth>> {
  const states = await db().destinationState.findMany({ where: { ownerUserId: userId }, orderBy: { disabledAt: { sort: "asc", nulls: "first" } } });
  return new Map(states.map((state) => [state.channel, toDestinationHealth(state)] as const));
}
