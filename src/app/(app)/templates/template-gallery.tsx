"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { useTRPC } from "@/trpc/react";
import { TemplatePreview } from "./template-preview";
import styles from "./templates.module.css";

/** The built-in templates: what is sent when no custom template applies, rendered with sample data. */
export function TemplateGallery() {
  const trpc = useTRPC();
  const pathname = usePathname();
  const requested = useSearchParams().get("template");
  const list = useQuery(trpc.templates.builtIn.list.queryOptions());
  const selected = list.data?.find((template) => template.id === requested) ?? list.data?.[0];

  return (
    <section aria-labelledby="built-in-templates-title" className="stack">
      <div>
        <h2 id="built-in-templates-title" className={styles.sectionTitle}>
          Built-in templates
        </h2>
        <p className="text-muted">
          What is sent when no custom template applies: every email this service sends, rendered with sample data — as HTML, as plain text, and at phone width.
        </p>
      </div>
      {list.isPending ? (
        <LoadingState label="Loading templates…" />
      ) : list.isError ? (
        <ErrorState message={trpcErrorMessage(list.error)} onRetry={() => list.refetch()} retrying={list.isFetching} />
      ) : !selected ? (
        <EmptyState title="No templates" description="No email templates are registered." />
      ) : (
        <div className="template-gallery">
          <nav aria-label="Templates" className="template-gallery__nav">
            <ul className="template-gallery__list">
              {list.data.map((template) => (
                <li key={template.id}>
                  <Link
                    href={`${pathname}?template=${template.id}`}
                    className="template-gallery__link"
                    aria-current={template.id === selected.id ? "page" : undefined}
                    scroll={false}
                    replace
                  >
                    <span>{template.name}</span>
                    <span className="mono text-sm text-muted">{template.id}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <TemplatePreview key={selected.id} id={selected.id} name={selected.name} />
        </div>
      )}
    </section>
  );
}
