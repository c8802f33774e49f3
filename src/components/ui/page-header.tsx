import Link from "next/link";
import type { ReactNode } from "react";
import { cx } from "./cx";

export type TPageHeaderProps = {
  /** The page's h1. */
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** A "← Notifications" link above the title on detail pages. */
  back?: { href: string; label: string };
  className?: string;
};

export function PageHeader({ title, description, actions, back, className }: TPageHeaderProps) {
  return (
    <div className={cx("page-header", className)}>
      <div className="page-header__text">
        {back && (
          <Link href={back.href} className="page-header__back">
            ← {back.label}
          </Link>
        )}
        <h1 className="page-header__title">{title}</h1>
        {description && <p className="page-header__description">{description}</p>}
      </div>
      {actions && <div className="page-header__actions">{actions}</div>}
    </div>
  );
}
