import type { CSSProperties } from "react";
import { cx } from "./cx";

export type TSkeletonProps = {
  width?: CSSProperties["width"];
  height?: CSSProperties["height"];
  className?: string;
};

/** A shimmering placeholder bar; decorative, so pair it with a status message (SkeletonRows does). */
export function Skeleton({ width, height, className }: TSkeletonProps) {
  return <span className={cx("skeleton", className)} style={{ width, height }} aria-hidden="true" />;
}

export type TSkeletonRowsProps = {
  rows?: number;
  columns?: number;
  label?: string;
  className?: string;
};

// Varying widths make the placeholder read as text rather than a grid of identical bars.
const widths = ["70%", "45%", "85%", "55%", "35%", "60%"];

/** Placeholder rows shaped like a table while its data loads. */
export function SkeletonRows({ rows = 5, columns = 4, label = "Loading…", className }: TSkeletonRowsProps) {
  return (
    <div
      className={cx("skeleton-rows", className)}
      role="status"
      aria-live="polite"
      style={{ "--skeleton-columns": columns } as CSSProperties}
    >
      <span className="visually-hidden">{label}</span>
      {Array.from({ length: rows }, (_, row) => (
        <div key={row} className="skeleton-rows__row" aria-hidden="true">
          {Array.from({ length: columns }, (_, column) => (
            <Skeleton key={column} width={widths[(row + column * 2) % widths.length]} />
          ))}
        </div>
      ))}
    </div>
  );
}
