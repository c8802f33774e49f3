import type { ReactNode } from "react";
import { cx } from "./cx";

export type TEmptyStateProps = {
  title: ReactNode;
  description?: ReactNode;
  /** Usually a Button or ButtonLink that fixes the emptiness ("Create API key"). */
  action?: ReactNode;
  className?: string;
};

export function EmptyState({ title, description, action, className }: TEmptyStateProps) {
  return (
    <div className={cx("empty-state", className)}>
      <p className="empty-state__title">{title}</p>
      {description && <p className="empty-state__description">{description}</p>}
      {action && <div className="empty-state__action">{action}</div>}
    </div>
  );
}
