import type { ReactNode } from "react";
import { Button, ButtonLink } from "./button";
import { cx } from "./cx";

export type TPaginationProps = {
  /** 1-based. */
  page: number;
  pageCount: number;
  /** Client-side paging. */
  onPageChange?: (page: number) => void;
  /** Link-based paging (works from server components); takes precedence over onPageChange. */
  hrefForPage?: (page: number) => string;
  /** Extra text after "Page x of y", e.g. "124 notifications". */
  summary?: ReactNode;
  className?: string;
};

/** Prev/next pager; renders nothing when everything fits on one page. */
export function Pagination({ page, pageCount, onPageChange, hrefForPage, summary, className }: TPaginationProps) {
  if (pageCount <= 1) return null;
  const hasPrev = page > 1;
  const hasNext = page < pageCount;

  function control(target: number, enabled: boolean, label: string, text: string) {
    if (hrefForPage && enabled) {
      return (
        <ButtonLink href={hrefForPage(target)} size="sm" aria-label={label} scroll={false}>
          {text}
        </ButtonLink>
      );
    }
    return (
      <Button size="sm" aria-label={label} disabled={!enabled} onClick={onPageChange && (() => onPageChange(target))}>
        {text}
      </Button>
    );
  }

  return (
    <nav className={cx("pagination", className)} aria-label="Pagination">
      <p className="pagination__status" aria-live="polite">
        Page {page} of {pageCount}
        {summary ? <> · {summary}</> : null}
      </p>
      <div className="pagination__controls">
        {control(page - 1, hasPrev, "Previous page", "← Previous")}
        {control(page + 1, hasNext, "Next page", "Next →")}
      </div>
    </nav>
  );
}
