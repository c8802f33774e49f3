"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { formatDateTime, formatRelative } from "@/components/format/format-date";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { useToast } from "@/components/ui/toast";
import type { Role } from "@/server/db/client";
import { useTRPC } from "@/trpc/react";
import { ApiKeySecretDialog, type TNewApiKey } from "../api-keys/api-key-secret-dialog";
import { PersonalApiKeyForm } from "./personal-api-key-form";

/** The user's own keys: they stop working while the user is deactivated and never carry more than the role. */
export function PersonalApiKeys({ allowedScopes, role }: { allowedScopes: string[]; role: Role }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { toast } = useToast();
  const [created, setCreated] = useState<TNewApiKey | null>(null);
  const [revoking, setRevoking] = useState<{ id: number; name: string } | null>(null);
  const keys = useQuery(trpc.users.apiKeys.queryOptions());
  const revoke = useMutation(
    trpc.users.revokeApiKey.mutationOptions({
      onSuccess: () => {
        toast({ tone: "success", title: `API key "${revoking?.name}" revoked`, description: "Requests with it are now refused." });
        setRevoking(null);
        void queryClient.invalidateQueries({ queryKey: trpc.users.apiKeys.queryKey() });
      },
      onError: (error) => {
        setRevoking(null);
        toast({ tone: "danger", title: "Could not revoke the key", description: trpcErrorMessage(error) });
      },
    }),
  );
  return (
    <>
      <ApiKeySecretDialog apiKey={created} onClose={() => setCreated(null)} />
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke "${revoking?.name}"?`}
        message="The key stops working immediately: every request with it gets 403 Forbidden. This cannot be undone."
        confirmLabel="Revoke key"
        tone="danger"
        loading={revoke.isPending}
        onConfirm={() => revoking && revoke.mutate({ id: revoking.id })}
        onCancel={() => setRevoking(null)}
      />
      <Card>
        <CardHeader
          title="My API keys"
          description={`For your own scripts. They work only while your account is active, and never with more than your role (${role.toLowerCase()}) allows.`}
        />
        <CardBody flush>
          {keys.isPending ? (
            <SkeletonRows rows={2} columns={5} label="Loading your API keys…" />
          ) : keys.isError ? (
            <ErrorState message={trpcErrorMessage(keys.error)} onRetry={() => keys.refetch()} retrying={keys.isFetching} />
          ) : keys.data.length === 0 ? (
            <EmptyState title="No personal API keys" description="Create one below to call the REST API as yourself." />
          ) : (
            <Table caption="My API keys" stack>
              <THead>
                <Tr>
                  <Th>Name</Th>
                  <Th>Prefix</Th>
                  <Th>Scopes</Th>
                  <Th>Last used</Th>
                  <Th>Created</Th>
                  <Th>
                    <span className="visually-hidden">Actions</span>
                  </Th>
                </Tr>
              </THead>
              <TBody>
                {keys.data.map((key) => (
                  <Tr key={key.id}>
                    <Td label="Name">
                      {key.name} {key.revoked_at && <Badge tone="neutral">Revoked</Badge>}
                    </Td>
                    <Td label="Prefix" mono nowrap>
                      {key.prefix}…
                    </Td>
                    <Td label="Scopes">
                      <span className="cluster">
                        {key.scopes.map((scope) => (
                          <Badge key={scope} tone={allowedScopes.includes(scope) ? "neutral" : "warning"} className="mono" title={allowedScopes.includes(scope) ? undefined : "Beyond your role now: not honoured"}>
                            {scope}
                          </Badge>
                        ))}
                      </span>
                    </Td>
                    <Td label="Last used" nowrap>
                      {key.last_used_at ? formatRelative(key.last_used_at) : <span className="text-muted">Never</span>}
                    </Td>
                    <Td label="Created" nowrap>
                      {formatDateTime(key.created_at)}
                    </Td>
                    <Td numeric>
                      {!key.revoked_at && (
                        <Button size="sm" aria-label={`Revoke ${key.name}`} onClick={() => setRevoking({ id: key.id, name: key.name })}>
                          Revoke
                        </Button>
                      )}
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
        </CardBody>
        <CardBody>
          <PersonalApiKeyForm allowedScopes={allowedScopes} onCreated={setCreated} />
        </CardBody>
      </Card>
    </>
  );
}
