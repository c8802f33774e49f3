import { Button, ButtonLink } from "@/components/ui/button";

export type TIncidentPagerProps = {
  /** 1 for the newest page. */
  page: number;
  /** Absent on the newest page / the last page. */
  newerHref?: string;
  olderHref?: string;
  summary?: string;
};

function Step({ href, label, text }: { href?: string; label: string; text: string }) {
  return href ? (
    <ButtonLink href={href} size="sm" aria-label={label} scroll={false}>
      {text}
    </ButtonLink>
  ) : (
    <Button size="sm" aria-label={label} disabled>
      {text}
    </Button>
  );
}

/** Newer / Older for cursor pages (there is no total, so no "of N"); nothing when one page holds everything. */
export function IncidentPager({ page, newerHref, olderHref, summary }: TIncidentPagerProps) {
  if (!newerHref && !olderHref) return null;
  return (
    <nav className="pagination" aria-label="Pagination">
      <p className="pagination__status" aria-live="polite">
        Page {page}
        {summary ? <> · {summary}</> : null}
      </p>
      <div className="pagination__controls">
        <Step href={newerHref} label="Newer incidents" text="← Newer" />
        <Step href={olderHref} label="Older incidents" text="Older →" />
      </div>
    </nav>
  );
}
