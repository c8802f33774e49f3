"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { useToast } from "@/components/ui/toast";
import { DEFAULT_SECRET_GRACE_HOURS } from "@/server/destinations/channel-input-schema";
import { CHANNEL_KIND_LABEL, type TChannelKind } from "@/server/destinations/channel-kind";
import type { TChannelTestResult } from "@/server/destinations/channel-test-result";
import type { TChannelView } from "@/server/destinations/channel-view";
import type { TChannelSaveResult } from "@/server/destinations/create-channel";
import { useTRPC } from "@/trpc/react";
import { ChannelForm } from "./channel-form";
import { ChannelTable } from "./channel-table";
import { SigningSecretDialog } from "./signing-secret-dialog";
import { TestResultAlert } from "./test-result-alert";

const DESCRIPTION: Record<TChannelKind, string> = {
  slack: "Incoming webhooks that post to a Slack channel.",
  teams: "Teams Workflows that post an Adaptive Card to a channel.",
  webhook: "Your own endpoints, receiving signed JSON (Standard Webhooks).",
  sms: "Text messages through Twilio or an HTTP gateway. Users' own numbers go through the first enabled one.",
};

/** One tab of the Channels page: the channels of one type, their tests, and the add/edit form. */
export function ChannelKindSection({ kind, channels }: { kind: TChannelKind; channels: TChannelView[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { toast } = useToast();
  const [editing, setEditing] = useState<TChannelView | null>(null);
  const [deleting, setDeleting] = useState<TChannelView | null>(null);
  const [rotating, setRotating] = useState<TChannelView | null>(null);
  const [secret, setSecret] = useState<{ title: string; value: string } | null>(null);
  const [tested, setTested] = useState<{ name: string; result: TChannelTestResult } | null>(null);
  const [testingId, setTestingId] = useState<number | null>(null);
  const refreshList = () => queryClient.invalidateQueries({ queryKey: trpc.channels.list.queryKey() });

  const test = useMutation(trpc.channels.test.mutationOptions());
  const remove = useMutation(trpc.channels.delete.mutationOptions());
  const rotate = useMutation(trpc.channels.rotateSecret.mutationOptions());
  const reenable = useMutation(trpc.channels.reenable.mutationOptions());

  function sendTest(channel: TChannelView) {
    setTestingId(channel.id);
    setTested(null);
    test.mutate(
      { channel: kind, request: { channel_id: channel.id } },
      {
        onSuccess: (result) => setTested({ name: channel.name, result }),
        onError: (error) => toast({ tone: "danger", title: `Could not test "${channel.name}"`, description: trpcErrorMessage(error) }),
        onSettled: () => setTestingId(null),
      },
    );
  }

  function saved(result: TChannelSaveResult) {
    toast({ tone: "success", title: editing ? `"${result.channel.name}" saved` : `"${result.channel.name}" added` });
    if (result.signing_secret) setSecret({ title: `Signing secret of "${result.channel.name}"`, value: result.signing_secret });
    setEditing(null);
  }

  function confirmDelete(channel: TChannelView) {
    remove.mutate(
      { id: channel.id },
      {
        onSuccess: () => {
          toast({ tone: "success", title: `"${channel.name}" deleted` });
          if (editing?.id === channel.id) setEditing(null);
          void refreshList();
        },
        onError: (error) => toast({ tone: "danger", title: "Could not delete the channel", description: trpcErrorMessage(error) }),
        onSettled: () => setDeleting(null),
      },
    );
  }

  function confirmRotate(channel: TChannelView) {
    rotate.mutate(
      { id: channel.id },
      {
        onSuccess: (result) => {
          setSecret({ title: `New signing secret of "${channel.name}"`, value: result.signing_secret });
          void refreshList();
        },
        onError: (error) => toast({ tone: "danger", title: "Could not rotate the secret", description: trpcErrorMessage(error) }),
        onSettled: () => setRotating(null),
      },
    );
  }

  function reenableDestination(destinationKey: string) {
    reenable.mutate(
      { destination_key: destinationKey },
      {
        onSuccess: () => {
          toast({ tone: "success", title: "Re-enabled", description: "The next notification for it is sent again." });
          void refreshList();
        },
        onError: (error) => toast({ tone: "danger", title: "Could not re-enable", description: trpcErrorMessage(error) }),
      },
    );
  }

  const label = CHANNEL_KIND_LABEL[kind];
  return (
    <div className="stack stack--lg">
      <Card>
        <CardHeader title={`${label} channels`} description={DESCRIPTION[kind]} />
        <CardBody flush>
          {channels.length === 0 ? (
            <EmptyState title={`No ${label} channels yet`} description="Add one below, then send a test to check it." />
          ) : (
            <ChannelTable
              kind={kind}
              channels={channels}
              testingId={testingId}
              reenablingKey={reenable.isPending ? (reenable.variables?.destination_key ?? null) : null}
              onTest={sendTest}
              onEdit={setEditing}
              onRotate={setRotating}
              onDelete={setDeleting}
              onReenable={reenableDestination}
            />
          )}
        </CardBody>
      </Card>
      {tested && (
        <section aria-label={`Test result for ${tested.name}`}>
          <TestResultAlert result={tested.result} />
        </section>
      )}
      <ChannelForm key={editing?.id ?? "new"} kind={kind} editing={editing} onCancel={() => setEditing(null)} onSaved={saved} />
      <SigningSecretDialog secret={secret?.value ?? null} title={secret?.title ?? ""} onClose={() => setSecret(null)} />
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete "${deleting?.name}"?`}
        message="Notifications that name this channel will be refused. Notifications already sent keep their history."
        confirmLabel="Delete channel"
        tone="danger"
        loading={remove.isPending}
        onConfirm={() => deleting && confirmDelete(deleting)}
        onCancel={() => setDeleting(null)}
      />
      <ConfirmDialog
        open={rotating !== null}
        title={`Rotate the signing secret of "${rotating?.name}"?`}
        message={`A new secret signs from now on. The current one keeps signing alongside it for ${DEFAULT_SECRET_GRACE_HOURS} hours, so the receiver can switch without losing messages.`}
        confirmLabel="Rotate secret"
        loading={rotate.isPending}
        onConfirm={() => rotating && confirmRotate(rotating)}
        onCancel={() => setRotating(null)}
      />
    </div>
  );
}
