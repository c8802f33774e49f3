"use client";

import { useQuery } from "@tanstack/react-query";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { CHANNEL_KIND_LABEL } from "@/server/destinations/channel-kind";
import { useTRPC } from "@/trpc/react";
import type { TPickerSource } from "../rules/recipient-row";

function sourceOf<T>(query: { status: "pending" | "error" | "success"; data?: T[]; error: unknown; refetch: () => unknown }, option: (item: T) => { value: string; label: string }): TPickerSource {
  const retry = () => void query.refetch();
  if (query.status === "pending") return { status: "loading", options: [], retry };
  if (query.status === "error") return { status: "error", options: [], error: trpcErrorMessage(query.error), retry };
  return { status: "ready", options: (query.data ?? []).map(option), retry };
}

/** The users and organisation channels a level may page, loaded once for every level's pickers (as the rule editor does). */
export function useTargetSources(): { users: TPickerSource; channels: TPickerSource } {
  const trpc = useTRPC();
  const users = useQuery(trpc.users.list.queryOptions());
  const channels = useQuery(trpc.channels.list.queryOptions());
  return {
    users: sourceOf(users, (user) => ({ value: String(user.id), label: user.name ? `${user.name} (${user.email})` : user.email })),
    channels: sourceOf(channels, (channel) => ({ value: channel.name, label: `${channel.name} · ${CHANNEL_KIND_LABEL[channel.type]}${channel.enabled ? "" : " (switched off)"}` })),
  };
}
