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
import { PageHeader } from "@/components/ui/page-header";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { useToast } from "@/components/ui/toast";
import { useTRPC } from "@/trpc/react";
import { ApiKeySecretDialog, type TNewApiKey } from "./api-key-secret-dialog";
import { CreateApiKeyForm } from "./create-api-key-form";

export function ApiKeyList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { toast } = useToast();
  const [created, setCreated] = useState<TNewApiKey | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);
  const list = useQuery(trpc.apiKeys.list.queryOptions());
  const revoke = useMutation(
    trpc.apiKeys.revoke.mutationOptions({
      onSuccess: (_result, { name }) => {
        setRevoking(null);
        void queryClient.invalidateQueries({ queryKey: trpc.apiKeys.list.queryKey() });
        toast({ tone: "success", title: `API key "${name}" revoked`, description: "Requests with it are now refused." });
      },
      onError: (error) => {
        setRevoking(null);
        toast({ tone: "danger", title: "Could not revoke the key", description: trpcErrorMessage(error) });
      },
    }),
  );

  return (
    <>
      <PageHeader title="API keys" description="Keys let the executor and other systems call the REST API. Each key carries only the scopes it needs." />
      <ApiKeySecretDialog apiKey={created} onClose={() => setCreated(null)} />
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke "${revoking}"?`}
        message="The key stops working immediately: every request with it gets 403 Forbidden. This cannot be undone."
        confirmLabel="Revoke key"
        tone="danger"
        loading={revoke.isPending}
        onConfirm={() => revoking && revoke.mutate({ name: revoking })}
        onCancel={() => setRevoking(null)}
      />
      <div className="stack stack--lg">
        <Card>
          <CardHeader title="Keys" />
          <CardBody flush>
            {list.isPending ? (
              <SkeletonRows rows={3} columns={5} label="Loading API keys…" />
            ) : list.isError ? (
              <ErrorState message={trpcErrorMessage(list.error)} onRetry={() => list.refetch()} retrying={list.isFetching} />
            ) : list.data.length === 0 ? (
              <EmptyState title="No API keys yet" description="Create one below and give its secret to the executor." />
            ) : (
              <Table caption="API keys" stack>
                <THead>
                  <Tr>
                    <Th>Name</Th>
                    <Th>Prefix</Th>
                    <Th>Scopes</Th>
                    <Th>Status</Th>
                    <Th>Last used</Th>
                    <Th>Created</Th>
                    <Th>
                      <span className="visually-hidden">Actions</span>
                    </Th>
                  </Tr>
                </THead>
                <TBody>
                  {list.data.map((key) => (
                    <Tr key={key.id}>
                      <Td label="Name">{key.name}</Td>
                      <Td label="Prefix" mono nowrap>
                        {key.prefix}…
                      </Td>
                      <Td label="Scopes">
                        <span className="cluster">
                          {key.scopes.map((scope) => (
                            <Badge key={scope} tone={scope === "admin" ? "warning" : "neutral"} className="mono">
                              {scope}
                            </Badge>
                          ))}
                        </span>
                      </Td>
                      <Td label="Status">
                        {key.revoked_at ? (
                          <Badge tone="neutral" title={`Revoked ${formatDateTime(key.revoked_at)}`}>
                            Revoked
                          </Badge>
                        ) : (
                          <Badge tone="success" dot>
                            Active
                          </Badge>
                        )}
                      </Td>
                      <Td label="Last used" nowrap title={key.last_used_at ? formatDateTime(key.last_used_at) : undefined}>
                        {key.last_used_at ? formatRelative(key.last_used_at) : <span className="text-muted">Never</span>}
                      </Td>
                      <Td label="Created" nowrap>
                        {formatDateTime(key.created_at)}
                      </Td>
                      <Td numeric>
                        {!key.revoked_at && (
                          <Button size="sm" aria-label={`Revoke ${key.name}`} onClick={() => setRevoking(key.name)}>
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
        </Card>
        <Card>
          <CardHeader title="Create a key" description="The secret is shown once, right after you create the key." />
          <CardBody>
            <CreateApiKeyForm onCreated={setCreated} />
          </CardBody>
        </Card>
      </div>
    </>
  );
}
