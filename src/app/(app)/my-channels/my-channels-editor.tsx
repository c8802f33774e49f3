"use client";

import { useQuery } from "@tanstack/react-query";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { useTRPC } from "@/trpc/react";
import { MyChannelsForm, type TMyChannelsFormProps } from "./my-channels-form";

/** The signed-in user's Slack, Teams, webhook and SMS cards with their loading and error states, without a page header. */
export function MyChannelsEditor(props: Omit<TMyChannelsFormProps, "saved">) {
  const trpc = useTRPC();
  const channels = useQuery(trpc.channels.personal.get.queryOptions());
  if (channels.isPending) return <LoadingState label="Loading your channels…" />;
  if (channels.isError) {
    return <ErrorState message={trpcErrorMessage(channels.error)} onRetry={() => channels.refetch()} retrying={channels.isFetching} />;
  }
  return <MyChannelsForm saved={channels.data} {...props} />;
}
