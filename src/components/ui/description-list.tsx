import { Fragment, type ReactNode } from "react";
import { cx } from "./cx";

export type TDescriptionItem = {
  label: ReactNode;
  /** null/undefined/"" render as a muted dash so gaps are visible rather than blank. */
  value: ReactNode;
  mono?: boolean;
  /** Needed when label is not a string. */
  key?: string;
};

export type TDescriptionListProps = {
  items: readonly TDescriptionItem[];
  /** Two label/value pairs per row on wide screens. */
  columns?: 1 | 2;
  className?: string;
};

export function DescriptionList({ items, columns = 1, className }: TDescriptionListProps) {
  return (
    <dl className={cx("dl", columns === 2 && "dl--two-column", className)}>
      {items.map((item, index) => {
        const empty = item.value === null || item.value === undefined || item.value === "";
        return (
          <Fragment key={item.key ?? (typeof item.label === "string" ? item.label : index)}>
            <dt className="dl__term">{item.label}</dt>
            <dd className={cx("dl__details", item.mono && "dl__details--mono")}>
              {empty ? <span className="dl__empty">—</span> : item.value}
            </dd>
          </Fragment>
        );
      })}
    </dl>
  );
}
