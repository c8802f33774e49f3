"use client";

import { useQuery } from "@tanstack/react-query";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { ButtonLink } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/error-state";
import { PageHeader } from "@/components/ui/page-header";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Tabs } from "@/components/ui/tabs";
import { CHANNEL_KINDS, CHANNEL_KIND_LABEL } from "@/server/destinations/channel-kind";
import { useTRPC } from "@/trpc/react";
import { ChannelKindSection } from "./channel-kind-section";

const TAB_LABEL = { ...CHANNEL_KIND_LABEL, teams: "Teams", webhook: "Webhooks" };

export function ChannelsPanel() {
  const trpc = useTRPC();
  const list = useQuery(trpc.channels.list.queryOptions());

  return (
    <div className="stack stack--lg">
      <PageHeader
        title="Channels"
        description="Organisation-wide Slack, Teams, webhook and SMS destinations. Secrets are stored encrypted and shown masked."
        actions={
          <ButtonLink href="/channels/test" variant="secondary">
            Test all channels
          </ButtonLink>
        }
      />
      {list.isPending ? (
        <SkeletonRows rows={3} columns={4} label="Loading channels…" />
      ) : list.isError ? (
        <ErrorState message={trpcErrorMessage(list.error)} onRetry={() => list.refetch()} retrying={list.isFetching} />
      ) : (
        <Tabs
          label="Channel type"
          items={CHANNEL_KINDS.map((kind) => {
            const channels = list.data.filter((channel) => channel.type === kind);
            return {
              id: kind,
              label: channels.length ? `${TAB_LABEL[kind]} (${channels.length})` : TAB_LABEL[kind],
              content: <ChannelKindSection kind={kind} channels={channels} />,
            };
          })}
        />
      )}
    </div>
  );
}
