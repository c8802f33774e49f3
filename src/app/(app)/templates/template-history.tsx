"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Fragment, useState } from "react";
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
import type { TTemplateView } from "@/server/templates/custom/template-view";
import { useTRPC } from "@/trpc/react";
import { actorName } from "./actor-name";
import { VersionDiff } from "./version-diff";
import styles from "./templates.module.css";

export type TTemplateHistoryProps = {
  templateKey: string;
  currentVersion: number;
  canRestore: boolean;
  /** The restored content, now the current version, for the form to show. */
  onRestored: (view: TTemplateView) => void;
};

/** Every saved version, newest first: who, when, what changed, and a restore that adds a new version. */
export function TemplateHistory({ templateKey, currentVersion, canRestore, onRestored }: TTemplateHistoryProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { toast } = useToast();
  const versions = useQuery(trpc.templates.versions.queryOptions({ key: templateKey }));
  const restore = useMutation(trpc.templates.restore.mutationOptions());
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const [restoring, setRestoring] = useState<number | null>(null);

  function toggle(version: number) {
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(version)) next.add(version);
      return next;
    });
  }

  function confirmRestore(version: number) {
    restore.mutate(
      { key: templateKey, version },
      {
        onSuccess: (view) => {
          queryClient.setQueryData(trpc.templates.byKey.queryKey({ key: templateKey }), view);
          void queryClient.invalidateQueries({ queryKey: trpc.templates.versions.queryKey({ key: templateKey }) });
          void queryClient.invalidateQueries({ queryKey: trpc.templates.list.queryKey() });
          onRestored(view);
          toast({ tone: "success", title: `Version ${version} restored`, description: `Saved as version ${view.version}, which is in use from now on.` });
        },
        onError: (error) => toast({ tone: "danger", title: `Could not restore version ${version}`, description: trpcErrorMessage(error) }),
        onSettled: () => setRestoring(null),
      },
    );
  }

  return (
    <Card>
      <CardHeader title="History" description="Every save is a version. Restoring an old one saves it again as the newest, so nothing is lost." />
      <CardBody flush>
        {versions.isPending ? (
          <SkeletonRows rows={3} columns={4} label="Loading the history…" />
        ) : versions.isError ? (
          <ErrorState message={trpcErrorMessage(versions.error)} onRetry={() => versions.refetch()} retrying={versions.isFetching} />
        ) : versions.data.length === 0 ? (
          <EmptyState title="No versions yet" />
        ) : (
          <Table caption="Versions of this template, newest first" stack>
            <THead>
              <Tr>
                <Th numeric>Version</Th>
                <Th>Saved by</Th>
                <Th>When</Th>
                <Th>Note</Th>
                <Th>
                  <span className="visually-hidden">Actions</span>
                </Th>
              </Tr>
            </THead>
            <TBody>
              {versions.data.map((item) => {
                const expanded = open.has(item.version);
                const diffId = `template-version-${item.version}-changes`;
                const labelId = `template-version-${item.version}-label`;
                return (
                  <Fragment key={item.version}>
                    <Tr>
                      <Td label="Version" numeric mono>
                        <span id={labelId}>v{item.version}</span>
                        {item.version === currentVersion && (
                          <>
                            {" "}
                            <Badge tone="success">In use</Badge>
                          </>
                        )}
                      </Td>
                      <Td label="Saved by">{actorName(item.created_by)}</Td>
                      <Td label="When" nowrap>
                        <time dateTime={item.created_at} title={formatDateTime(item.created_at)}>
                          {formatRelative(item.created_at)}
                        </time>
                      </Td>
                      <Td label="Note">{item.note ?? <span className="text-muted">—</span>}</Td>
                      <Td>
                        <div className={styles.rowActions}>
                          <Button size="sm" variant="ghost" aria-expanded={expanded} aria-controls={diffId} aria-describedby={labelId} onClick={() => toggle(item.version)}>
                            {expanded ? "Hide changes" : "Show changes"}
                          </Button>
                          {canRestore && item.version !== currentVersion && (
                            <Button size="sm" aria-describedby={labelId} onClick={() => setRestoring(item.version)}>
                              Restore
                            </Button>
                          )}
                        </div>
                      </Td>
                    </Tr>
                    {expanded && (
                      <Tr>
                        <Td colSpan={5} id={diffId} className={styles.diffCell}>
                          <VersionDiff templateKey={templateKey} version={item.version} />
                        </Td>
                      </Tr>
                    )}
                  </Fragment>
                );
              })}
            </TBody>
          </Table>
        )}
      </CardBody>
      <ConfirmDialog
        open={restoring !== null}
        title={`Restore version ${restoring ?? ""}?`}
        message="Its name, event types and bodies become the template's content again, saved as a new version. Edits in the form that are not saved are replaced."
        confirmLabel={`Restore version ${restoring ?? ""}`}
        loading={restore.isPending}
        onConfirm={() => restoring !== null && confirmRestore(restoring)}
        onCancel={() => setRestoring(null)}
      />
    </Card>
  );
}
