"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { useTRPC } from "@/trpc/react";
import { TemplatePreview } from "./template-preview";

export function TemplateGallery() {
  const trpc = useTRPC();
  const pathname = usePathname();
  const requested = useSearchParams().get("template");
  const list = useQuery(trpc.templates.builtIn.list.queryOptions());
  const selected = list.data?.find((template) => template.id === requested) ?? list.data?.[0];

  return (
    <>
      <PageHeader title="Email templates" description="Every email this service sends, rendered with sample data — as HTML, as plain text, and at phone width." />
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
    </>
  );
}
