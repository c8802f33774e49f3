"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { formatDateTime, formatRelative } from "@/components/format/format-date";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorState } from "@/components/ui/error-state";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { useToast } from "@/components/ui/toast";
import { roleLabels } from "@/components/user-menu";
import { useTRPC } from "@/trpc/react";

/** Invitations nobody has accepted yet; shown only while there are some. */
export function InvitationList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { toast } = useToast();
  const [revoking, setRevoking] = useState<{ id: number; email: string } | null>(null);
  const invitations = useQuery(trpc.users.invitations.queryOptions());
  const revoke = useMutation(
    trpc.users.revokeInvitation.mutationOptions({
      onSuccess: (invitation) => {
        void queryClient.invalidateQueries({ queryKey: trpc.users.invitations.queryKey() });
        toast({ tone: "success", title: `Invitation for ${invitation.email} withdrawn`, description: "Its link no longer works." });
        setRevoking(null);
      },
    }),
  );
  if (invitations.isSuccess && invitations.data.length === 0) return null;
  return (
    <Card>
      <ConfirmDialog
        open={revoking !== null}
        title={`Withdraw the invitation for ${revoking?.email ?? ""}?`}
        message="Its link stops working at once. You can invite the address again later."
        confirmLabel="Withdraw"
        tone="danger"
        loading={revoke.isPending}
        onConfirm={() => revoking && revoke.mutate({ id: revoking.id })}
        onCancel={() => {
          revoke.reset();
          setRevoking(null);
        }}
      >
        {revoke.isError && <p className="field__error">{trpcErrorMessage(revoke.error)}</p>}
      </ConfirmDialog>
      <CardHeader title="Pending invitations" description="Not accepted yet. Inviting an address again replaces its earlier link." />
      <CardBody flush>
        {invitations.isPending ? (
          <SkeletonRows rows={2} columns={5} label="Loading invitations…" />
        ) : invitations.isError ? (
          <ErrorState message={trpcErrorMessage(invitations.error)} onRetry={() => invitations.refetch()} retrying={invitations.isFetching} />
        ) : (
          <Table caption="Pending invitations" stack>
            <THead>
              <Tr>
                <Th>Email</Th>
                <Th>Role</Th>
                <Th>Invited by</Th>
                <Th>Link works until</Th>
                <Th>
                  <span className="visually-hidden">Actions</span>
                </Th>
              </Tr>
            </THead>
            <TBody>
              {invitations.data.map((invitation) => (
                <Tr key={invitation.id}>
                  <Td label="Email">{invitation.email}</Td>
                  <Td label="Role">{roleLabels[invitation.role]}</Td>
                  <Td label="Invited by">{invitation.invited_by.replace(/^(user|api_key):/, "")}</Td>
                  <Td label="Link works until" nowrap title={formatDateTime(invitation.expires_at)}>
                    {invitation.status === "expired" ? <Badge tone="warning">Expired</Badge> : formatRelative(invitation.expires_at)}
                  </Td>
                  <Td numeric>
                    <Button size="sm" aria-label={`Withdraw the invitation for ${invitation.email}`} onClick={() => setRevoking({ id: invitation.id, email: invitation.email })}>
                      Withdraw
                    </Button>
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </CardBody>
    </Card>
  );
}
