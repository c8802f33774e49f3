"use client";

import { useQuery } from "@tanstack/react-query";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { PageHeader } from "@/components/ui/page-header";
import { SkeletonRows } from "@/components/ui/skeleton";
import { useTRPC } from "@/trpc/react";
import { CustomTemplatesTable } from "./custom-templates-table";
import { CustomVariablesCard } from "./custom-variables-card";
import { useIsAdmin } from "./use-is-admin";

const DESCRIPTION =
  "The words of every notification. A custom template applies when a rule names it or its event types match; otherwise the built-in template below is sent.";

/** The Templates page's own part: the custom templates and the custom variables they may use. */
export function CustomTemplatesPanel() {
  const trpc = useTRPC();
  const isAdmin = useIsAdmin();
  const list = useQuery(trpc.templates.list.queryOptions());
  const newButton = (
    <ButtonLink href="/templates/new" variant="primary">
      New template
    </ButtonLink>
  );

  return (
    <>
      <PageHeader title="Templates" description={DESCRIPTION} actions={isAdmin ? newButton : null} />
      <Card>
        <CardHeader title="Custom templates" description="Written here in Liquid, with the event's variables; every save is kept as a version." />
        <CardBody flush>
          {list.isPending ? (
            <SkeletonRows rows={3} columns={6} label="Loading templates…" />
          ) : list.isError ? (
            <ErrorState message={trpcErrorMessage(list.error)} onRetry={() => list.refetch()} retrying={list.isFetching} />
          ) : list.data.length === 0 ? (
            <EmptyState
              title="No custom templates yet"
              description={
                isAdmin
                  ? "Every notification uses the built-in templates below. Write one to change the words for an event type or a channel."
                  : "Every notification uses the built-in templates below. An admin can write custom ones."
              }
              action={isAdmin ? <ButtonLink href="/templates/new">Create template</ButtonLink> : undefined}
            />
          ) : (
            <CustomTemplatesTable templates={list.data} />
          )}
        </CardBody>
      </Card>
      <CustomVariablesCard canEdit={isAdmin === true} />
    </>
  );
}
