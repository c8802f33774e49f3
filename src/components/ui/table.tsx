import Link from "next/link";
import { useId, type ComponentProps, type ReactNode } from "react";
import { cx } from "./cx";

export type TTableProps = ComponentProps<"table"> & {
  /** Names the table for assistive tech; visually hidden unless showCaption. */
  caption: ReactNode;
  showCaption?: boolean;
  /** Under 720px, turn rows into stacked cards (give each Td a `label`) instead of scrolling sideways. */
  stack?: boolean;
};

export function Table({ caption, showCaption = false, stack = false, className, children, ...rest }: TTableProps) {
  const captionId = useId();
  // The wrapper scrolls on narrow screens, so it must be focusable and named for keyboard users.
  return (
    <div className={cx("table-wrap", stack && "table-wrap--stack")} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={cx("table", stack && "table--stack", className)} {...rest}>
        <caption id={captionId} className={showCaption ? "table__caption" : "visually-hidden"}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

export function THead(props: ComponentProps<"thead">) {
  return <thead {...props} />;
}

export function TBody(props: ComponentProps<"tbody">) {
  return <tbody {...props} />;
}

export function Tr(props: ComponentProps<"tr">) {
  return <tr {...props} />;
}

type TCellStyleProps = {
  /** Right-aligned, for counts and durations. */
  numeric?: boolean;
  nowrap?: boolean;
  mono?: boolean;
};

function cellClassName({ numeric, nowrap, mono }: TCellStyleProps, className?: string) {
  return cx(
    numeric && "table__cell--numeric",
    nowrap && "table__cell--nowrap",
    mono && "table__cell--mono",
    className,
  ) || undefined;
}

export function Th({ numeric, nowrap, mono, scope = "col", className, ...rest }: ComponentProps<"th"> & TCellStyleProps) {
  return <th scope={scope} className={cellClassName({ numeric, nowrap, mono }, className)} {...rest} />;
}

export type TTdProps = ComponentProps<"td"> &
  TCellStyleProps & {
    /** Column name shown beside the value when a `stack` table collapses into cards. */
    label?: string;
  };

export function Td({ label, numeric, nowrap, mono, className, ...rest }: TTdProps) {
  return <td data-label={label} className={cellClassName({ numeric, nowrap, mono }, className)} {...rest} />;
}

/** A link that makes its whole row clickable (put it in the row's first cell); the row stays one tab stop. */
export function RowLink({ className, ...rest }: ComponentProps<typeof Link>) {
  return <Link className={cx("table__row-link", className)} {...rest} />;
}
