import { Button, ButtonLink } from "@/components/ui/button";

export type TCursorPagerProps = {
  /** 1 for the newest page. */
  page: number;
  /** Absent when this is the newest page / the last page. */
  newerHref?: string;
  olderHref?: string;
  summary?: string;
};

/** Newer / Older for cursor pages: there is no total, so no "of N". Renders nothing when one page holds everything. */
export function CursorPager({ page, newerHref, olderHref, summary }: TCursorPagerProps) {
  if (!newerHref && !olderHref) return null;
  return (
    <nav className="pagination" aria-label="Pagination">
      <p className="pagination__status" aria-live="polite">
        Page {page}
        {summary ? <> · {summary}</> : null}
      </p>
      <div className="pagination__controls">
        {newerHref ? (
          <ButtonLink href={newerHref} size="sm" aria-label="Newer events" scroll={false}>
            ← Newer
          </ButtonLink>
        ) : (
          <Button size="sm" aria-label="Newer events" disabled>
            ← Newer
          </Button>
        )}
        {olderHref ? (
          <ButtonLink href={olderHref} size="sm" aria-label="Older events" scroll={false}>
            Older →
          </ButtonLink>
        ) : (
          <Button size="sm" aria-label="Older events" disabled>
            Older →
          </Button>
        )}
      </div>
    </nav>
  );
}
