"use client";

import { useQuery } from "@tanstack/react-query";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { useTRPC } from "@/trpc/react";
import { CustomVariablesForm } from "./custom-variables-form";

/** Admin-defined values every template can use as {{ custom.<key> }}, such as a runbook base URL. */
export function CustomVariablesCard({ canEdit }: { canEdit: boolean }) {
  const trpc = useTRPC();
  const variables = useQuery(trpc.templates.variables.list.queryOptions());

  return (
    <Card>
      <CardHeader
        title="Custom variables"
        description={
          <>
            Values every template can use as <code>{"{{ custom.<key> }}"}</code>, e.g. <code>{"{{ custom.runbook_base }}/disk-full"}</code>. Change one here and every
            template that uses it follows.
          </>
        }
      />
      {variables.isPending ? (
        <CardBody>
          <SkeletonRows rows={2} columns={3} label="Loading custom variables…" />
        </CardBody>
      ) : variables.isError ? (
        <CardBody>
          <ErrorState message={trpcErrorMessage(variables.error)} onRetry={() => variables.refetch()} retrying={variables.isFetching} />
        </CardBody>
      ) : canEdit ? (
        // Keyed by the content, so a save (or another admin's change) starts the form afresh.
        <CustomVariablesForm key={JSON.stringify(variables.data)} initial={variables.data} />
      ) : variables.data.length === 0 ? (
        <CardBody>
          <EmptyState title="No custom variables" description="An admin can add values such as a runbook URL for templates to use." />
        </CardBody>
      ) : (
        <CardBody flush>
          <Table caption="Custom variables" stack>
            <THead>
              <Tr>
                <Th>Variable</Th>
                <Th>Value</Th>
                <Th>Description</Th>
              </Tr>
            </THead>
            <TBody>
              {variables.data.map((variable) => (
                <Tr key={variable.key}>
                  <Td label="Variable" mono>
                    custom.{variable.key}
                  </Td>
                  <Td label="Value" mono>
                    {variable.value}
                  </Td>
                  <Td label="Description">{variable.description ?? <span className="text-muted">—</span>}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        </CardBody>
      )}
    </Card>
  );
}
