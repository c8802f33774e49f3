import type { ComponentProps, ReactNode } from "react";
import { cx } from "./cx";
import { toneClassName, type TTone } from "./tone";

export type TAlertProps = Omit<ComponentProps<"div">, "title"> & {
  tone?: TTone;
  title?: ReactNode;
  /** Buttons on the right, e.g. a dismiss or "View logs". */
  actions?: ReactNode;
};

/** Inline message box. Danger and warning use role="alert" so they are announced immediately. */
export function Alert({ tone = "info", title, actions, className, children, ...rest }: TAlertProps) {
  const urgent = tone === "danger" || tone === "warning";
  return (
    <div role={urgent ? "alert" : "status"} className={cx("alert", toneClassName(tone), className)} {...rest}>
      <div className="alert__content">
        {title && <p className="alert__title">{title}</p>}
        {children && <div>{children}</div>}
      </div>
      {actions && <div className="alert__actions">{actions}</div>}
    </div>
  );
}
