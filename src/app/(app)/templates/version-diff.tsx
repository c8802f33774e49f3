"use client";

import { useQuery } from "@tanstack/react-query";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { useTRPC } from "@/trpc/react";
import { diffHunks } from "./diff-hunks";
import { diffFieldLabel } from "./diff-field-label";
import styles from "./templates.module.css";

/** What one version changed against the one before, field by field, as +/− lines. */
export function VersionDiff({ templateKey, version }: { templateKey: string; version: number }) {
  const trpc = useTRPC();
  const diff = useQuery({ ...trpc.templates.diff.queryOptions({ key: templateKey, version }), staleTime: Infinity });

  if (diff.isPending) return <LoadingState label="Loading the changes…" />;
  if (diff.isError) return <ErrorState message={trpcErrorMessage(diff.error)} onRetry={() => diff.refetch()} retrying={diff.isFetching} />;
  const { previous, changes } = diff.data;
  if (changes.length === 0) return <p className="text-sm text-muted">Nothing changed against version {previous}: saved again as it was.</p>;

  return (
    <div className="stack">
      <p className="text-sm text-muted">{previous === null ? "The first version: everything was added." : `Changes against version ${previous}:`}</p>
      {changes.map((change) => (
        <section key={change.field} className={styles.diffField} aria-label={`Changes to ${diffFieldLabel(change.field)}`}>
          <h4 className={styles.diffTitle}>{diffFieldLabel(change.field)}</h4>
          <pre className={styles.diff} tabIndex={0}>
            {diffHunks(change.lines).map((line, index) =>
              line.kind === "gap" ? (
                <span key={index} className={styles.diffGap}>
                  … {line.count} unchanged {line.count === 1 ? "line" : "lines"}
                  {"\n"}
                </span>
              ) : line.kind === "added" ? (
                <ins key={index} className={styles.diffAdded}>
                  <span aria-hidden="true">+ </span>
                  <span className="visually-hidden">Added: </span>
                  {line.text}
                  {"\n"}
                </ins>
              ) : line.kind === "removed" ? (
                <del key={index} className={styles.diffRemoved}>
                  <span aria-hidden="true">− </span>
                  <span className="visually-hidden">Removed: </span>
                  {line.text}
                  {"\n"}
                </del>
              ) : (
                <span key={index} className={styles.diffSame}>
                  {"  "}
                  {line.text}
                  {"\n"}
                </span>
              ),
            )}
          </pre>
        </section>
      ))}
    </div>
  );
}
